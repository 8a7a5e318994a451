// For `check-config` and the WordPress settings page: the center's words given in a language in some fields
// and not in others. A visitor who reads that language sees those fields in another one (center-words.ts).
// Apart from center-words.ts so that the widget's first screen does not carry it.
import type { ConfigWarning } from './center-warnings.ts';
import { TEXT_FIELDS, base, isWords, stepsOf } from './center-words.ts';

/**
 * For `check-config`: a language some of the center's words are given in and others are not (a visitor who
 * reads it sees those fields in another language).
 */
export function languageWarnings(json: unknown): ConfigWarning[] {
  if (json === null || typeof json !== 'object') return [];
  const stated = (json as { language?: unknown }).language;
  const fileLanguage = base(typeof stated === 'string' && stated ? stated : 'en');
  const texts: { field: string; value: unknown; languages: string[] }[] = [];
  const visit = (value: unknown, steps: string[], field: string): void => {
    if (steps.length === 0) {
      if (typeof value === 'string') texts.push({ field, value, languages: [fileLanguage] });
      else if (isWords(value)) texts.push({ field, value, languages: Object.keys(value).map(base) });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const [step, ...rest] = steps as [string, ...string[]];
    if (step === '[]') {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, rest, `${field}.${i}`));
    } else if (!Array.isArray(value) && step in value) {
      visit((value as Record<string, unknown>)[step], rest, field ? `${field}.${step}` : step);
    }
  };
  for (const field of TEXT_FIELDS) visit(json, stepsOf(field), '');

  const warnings: ConfigWarning[] = [];
  const every = new Set(texts.flatMap((text) => text.languages));
  if (every.size < 2) return warnings;
  for (const text of texts) {
    const missing = [...every].filter((language) => !text.languages.includes(language));
    if (missing.length) {
      warnings.push({
        field: text.field,
        value: text.value,
        message: `has no words in ${missing.map((l) => `"${l}"`).join(', ')}, which other fields have: a page in ${missing.length === 1 ? 'that language' : 'those languages'} shows this field in another language`,
      });
    }
  }
  return warnings;
}

// A center's own words (its name, program names, call to action, disclaimer, sliding-scale band names) may be
// written once, in the file's `language`, or per language: { "en": "Talk to a counselor", "es": "Hable con un
// consejero" }. Before a configuration is checked, each such field is given in the one language the widget
// speaks (centerInLanguage); the schema then sees plain words, as it always has.
import * as z from 'zod/mini';

/** The fields that hold a center's words, `[]` standing for a list's items. The schema's `centerText` fields. */
export const TEXT_FIELDS = [
  'name',
  'disclaimer',
  'separatelyBilled[].name',
  'separatelyBilled[].note',
  'slidingScale.bands[].label',
  'programs[].name',
  'programs[].description',
  'contact.label',
  'contact.selfPayLabel',
  'assistance.stateFunded[].name',
  'assistance.stateFunded[].note',
  'assistance.scholarships[].name',
  'assistance.scholarships[].conditions',
  'assistance.financing[].name',
  'assistance.financing[].note',
] as const;

/** "es", "en-US", "zh-Hant": a language tag (BCP 47's common forms). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z\d]{2,8})*$/;
const TEXT_MESSAGE = 'must be words, or the same words per language, like {"en": "Talk to a counselor", "es": "Hable con un consejero"}';

/**
 * A field of the center's words, as the widget checks it: text, once centerInLanguage has chosen a language.
 * (The published JSON Schema also says the per-language form: src/cli/center-config-schema.ts.)
 */
export function centerText(message = TEXT_MESSAGE) {
  return z.string({ error: message });
}

/** For the published JSON Schema: words per language tag, such as {"en": "...", "es": "..."}. */
export const WORDS_PER_LANGUAGE = {
  type: 'object',
  propertyNames: { pattern: LANGUAGE_TAG.source },
  additionalProperties: { type: 'string' },
  minProperties: 1,
} as const;

type Words = Record<string, string>;

/** Words per language as the schema takes them: at least one language, only text. */
export function isWords(value: unknown): value is Words {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([tag, text]) => LANGUAGE_TAG.test(tag) && typeof text === 'string');
}

export const base = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Which of `words`' languages to show to a person who reads `language`: that language exactly, else the same
 * language of another region ("es-MX" for "es"), else the file's own language, else the one written first.
 */
function chooseLanguage(words: Words, language: string, fileLanguage: string): string {
  const tags = Object.keys(words);
  const exactly = (wanted: string) => tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  const sameBase = (wanted: string) => tags.find((tag) => base(tag) === base(wanted));
  return exactly(language) ?? sameBase(language) ?? exactly(fileLanguage) ?? sameBase(fileLanguage) ?? tags[0]!;
}

/** The value at `steps` of `value`, changed by `change`; objects on the way are copied, never changed. */
function changeAt(value: unknown, steps: string[], change: (text: unknown) => unknown): unknown {
  if (steps.length === 0) return change(value);
  if (value === null || typeof value !== 'object') return value;
  const [step, ...rest] = steps as [string, ...string[]];
  // Array.from, not map: a list's own `constructor` key (a file can have one) must not choose what map builds.
  if (step === '[]') return Array.isArray(value) ? Array.from(value, (item) => changeAt(item, rest, change)) : value;
  if (Array.isArray(value) || !(step in value)) return value;
  return { ...value, [step]: changeAt((value as Record<string, unknown>)[step], rest, change) };
}

export const stepsOf = (field: string) => field.replace(/\[\]/g, '.[]').split('.');

/**
 * The configuration `json` with each of the center's words in one language, for a person who reads `language`.
 * Its `language` then says which: the one every field was found in, or the file's own when they differ (the
 * widget marks the center's words with it for screen readers). Anything that is not a configuration, or not
 * words, is left as it is for the schema to name.
 */
export function centerInLanguage(json: unknown, language: string | undefined): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  const stated = (json as { language?: unknown }).language;
  const fileLanguage = typeof stated === 'string' && stated ? stated : 'en';
  const found = new Set<string>();
  let resolved: unknown = json;
  for (const field of TEXT_FIELDS) {
    resolved = changeAt(resolved, stepsOf(field), (text) => {
      if (typeof text === 'string') found.add(base(fileLanguage));
      if (!isWords(text)) return text;
      const tag = chooseLanguage(text, language ?? fileLanguage, fileLanguage);
      found.add(base(tag));
      return text[tag];
    });
  }
  if (resolved === json) return json;
  const [only] = found;
  return found.size === 1 && only !== base(fileLanguage) ? { ...(resolved as object), language: only } : resolved;
}

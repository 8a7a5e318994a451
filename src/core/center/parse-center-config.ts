// Reading a center's configuration, apart from the estimate: the widget's first screen needs the center's
// questions and prices before it needs any rules of coverage (which load when the person chooses one).
import { CenterConfigSchema, type CenterConfig } from './center-config.ts';
import { centerInLanguage } from './center-words.ts';
import { toFieldErrors, type FieldError } from '../validation.ts';
import exampleCenter from '../../../data/centers/example.json';

/** The embedded default: a fictional example center, labelled as such in every result. */
export const EXAMPLE_CENTER = exampleCenter as unknown;

/**
 * Checks a center configuration; errors name the field, prefixed "center.". The center's words given per
 * language come out in `language` where the file has it (default: the file's own language).
 */
export function parseCenterConfig(config: unknown, language?: string): { ok: true; center: CenterConfig } | { ok: false; errors: FieldError[] } {
  const parsed = CenterConfigSchema.safeParse(centerInLanguage(config, language));
  return parsed.success ? { ok: true, center: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues, config, 'center') };
}

// Reading a center's configuration, apart from the estimate: the widget's first screen needs the center's
// questions and prices before it needs any rules of coverage (which load when the person chooses one).
import { CenterConfigSchema, type CenterConfig } from './center-config.ts';
import { toFieldErrors, type FieldError } from '../validation.ts';
import exampleCenter from '../../../data/centers/example.json';

/** The embedded default: a fictional example center, labelled as such in every result. */
export const EXAMPLE_CENTER = exampleCenter as unknown;

/** Checks a center configuration; errors name the field, prefixed "center.". */
export function parseCenterConfig(config: unknown): { ok: true; center: CenterConfig } | { ok: false; errors: FieldError[] } {
  const parsed = CenterConfigSchema.safeParse(config);
  return parsed.success ? { ok: true, center: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues, config, 'center') };
}

// For a page that checks a center's configuration before it goes live (the WordPress plugin's settings page): the
// widget's own checks, without the widget (`import { checkCenterConfig } from '.../iop-check-config.js'`). A third
// entry of the embed build, loaded only by such pages. Its errors are what would make the widget refuse the
// configuration; its warnings what is unusual but priced (as `npm run check-config` says them).
import { centerWarnings, type ConfigWarning } from './core/center/center-warnings.ts';
import { parseCenterConfig } from './core/center/parse-center-config.ts';
import { languageWarnings } from './core/center/language-warnings.ts';
import type { FieldError } from './core/validation.ts';

export type { ConfigWarning, FieldError };

export function checkCenterConfig(json: unknown): { errors: FieldError[]; warnings: ConfigWarning[] } {
  const parsed = parseCenterConfig(json);
  return parsed.ok ? { errors: [], warnings: [...centerWarnings(parsed.center), ...languageWarnings(json)] } : { errors: parsed.errors, warnings: [] };
}

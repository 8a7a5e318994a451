// The languages whose words sit beside the embed: a widget asked for one (its `language`, or its page's `lang`)
// loads them by itself, so `language="es"` needs no second script tag. A page may still add the translation's
// script itself (translations/es.js); either way the words meet in the registry of translations.ts.
import { translationFor } from './translations.ts';

const BUNDLED: Record<string, () => Promise<unknown>> = {
  es: () => import('../translations/es.ts'),
};

/** Starts loading a bundled language's words, unless they are there already; widgets switch when they arrive. */
export function loadWords(baseLanguage: string): void {
  if (!translationFor(baseLanguage)) BUNDLED[baseLanguage]?.().catch(() => console.error(`<iop-cost-estimator>: the words for "${baseLanguage}" could not be loaded; showing English.`));
}

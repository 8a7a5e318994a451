// Where translation modules leave their words. A translation module and the widget may come from two script
// tags, each its own bundle with its own copy of this file, so they meet in one registry on globalThis.
import type { Messages } from './messages.ts';

/** A language's words: any of the English messages, the rest stays English. */
export type Translation = Partial<Messages>;

/** Fired on window when a language is added, so widgets already on the page switch to it. */
export const TRANSLATION_ADDED = 'iop-translation-added';

const KEY = Symbol.for('iop-cost-estimator.translations');

function registry(): Map<string, Translation> {
  const global = globalThis as typeof globalThis & { [KEY]?: Map<string, Translation> };
  return (global[KEY] ??= new Map());
}

/** Adds (or replaces) the words for a language such as "es" or "fr". */
export function registerTranslation(lang: string, words: Translation): void {
  registry().set(lang.toLowerCase(), words);
  globalThis.dispatchEvent(new Event(TRANSLATION_ADDED));
}

export function translationFor(lang: string): Translation | undefined {
  return registry().get(lang.toLowerCase());
}

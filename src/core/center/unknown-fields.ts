// Fields a center configuration does not have: a misspelt key ("selfPayPerUnt") is ignored by the widget, so
// the price the center meant to set is silently not used. `npm run check-config` warns about each one, with
// the field it most likely meant. Known fields are those the published schema describes (center-config-docs.ts).
import leven from 'leven';
import type { ConfigWarning } from './center-warnings.ts';
import { CENTER_CONFIG_DOCS } from './center-config-docs.ts';
import { TEXT_FIELDS } from './center-words.ts';

const KNOWN = new Set(Object.keys(CENTER_CONFIG_DOCS));
/** The center's words: their keys, given per language, are language tags, not fields (center-words.ts). */
const WORDS = new Set<string>(TEXT_FIELDS);

/** Every key of `json` (a parsed configuration file) that is not a field, outermost first; not below one. */
export function unknownFields(json: unknown): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const visit = (value: unknown, field: string, known: string) => {
    if (Array.isArray(value)) {
      // Only into lists the schema has: the walk goes no deeper than the schema does, however deep the file.
      if (KNOWN.has(`${known}[]`)) value.forEach((item, i) => visit(item, `${field}.${i}`, `${known}[]`));
      return;
    }
    if (value === null || typeof value !== 'object' || WORDS.has(known)) return;
    for (const [key, child] of Object.entries(value)) {
      const childField = field ? `${field}.${key}` : key;
      const childKnown = known ? `${known}.${key}` : key;
      if (KNOWN.has(childKnown)) {
        visit(child, childField, childKnown);
        continue;
      }
      const meant = likelyField(known, key);
      warnings.push({
        field: childField,
        value: child,
        message: `is not a field of a center configuration, so the widget ignores it${meant ? `: did you mean ${meant.replace(/^(.*\.)?/, field ? `${field}.` : '')}?` : ''}`,
      });
    }
  };
  visit(json, '', '');
  return warnings;
}

/**
 * The field beside `key` (same parent) it most likely misspells: letters added, dropped or changed, case aside,
 * at most one in four of the field's (Levenshtein), so that "notes" is not taken for "rates".
 */
function likelyField(parent: string, key: string): string | undefined {
  const prefix = parent ? `${parent}.` : '';
  const siblings = [...KNOWN].filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('.') && !f.endsWith('[]'));
  let best: { field: string; distance: number } | undefined;
  for (const sibling of siblings) {
    const name = sibling.slice(prefix.length);
    const distance = leven(name.toLowerCase(), key.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 4)) && (!best || distance < best.distance)) best = { field: sibling, distance };
  }
  return best?.field;
}

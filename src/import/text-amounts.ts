// Dollar amounts a price file states in words: a negotiated algorithm or a note ("$319.65 per diem for 1-3
// services; $485.13 for 4 or more"). The importer quotes them for the center to confirm and never uses one as a
// rate on its own: the text says what they are for, and only a person can read that.

/** A "$" and an amount with optional thousands commas and cents; a bounded pattern, safe on any text's length. */
const STATED = /\$\s?(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,2})?/g;

/** The amounts a text states, as written ("$319.65"), each once, in order. */
export function statedAmounts(text: string): string[] {
  return [...new Set([...text.matchAll(STATED)].map(([amount]) => amount.replace(/\s/g, '')))];
}

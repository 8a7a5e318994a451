// Reading the numbers a price file writes as text: dollar amounts ("1,234.50", "$1234.5", " 650 ") and percentages
// ("60", "62.5%"). Everything stays decimal.js from the file's text to the two-decimal string; no float is involved.
import { formatAmount, money } from '../core/money.ts';

/** What one numeric cell held: nothing, a number (as a normalized decimal string), or text that is not a number. */
export type NumberCell = { kind: 'absent' } | { kind: 'number'; value: string } | { kind: 'bad'; text: string };

const ABSENT: NumberCell = { kind: 'absent' };

/** Ways files write "no value": blank, N/A, n/a, NA, none, null, "-", "--". */
const NO_VALUE = /^(?:n\/?a|none|null|-+)$/i;
/** Digits with optional thousands commas, optional decimals and exponent (JSON numbers arrive as their own text). */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;

function readNumber(text: string | undefined, stripPercent: boolean): NumberCell {
  if (text === undefined) return ABSENT;
  let cell = text.trim();
  if (cell === '' || NO_VALUE.test(cell)) return ABSENT;
  if (cell.startsWith('$')) cell = cell.slice(1).trim();
  if (stripPercent && cell.endsWith('%')) cell = cell.slice(0, -1).trim();
  if (cell === '' || !/\d/.test(cell) || !NUMBER.test(cell)) return { kind: 'bad', text: text.trim() };
  const value = money(cell.replaceAll(',', '').replace(/\.(?=e|$)/i, ''));
  // CMS: every numeric element must be positive; files write 0 where they have no figure, so 0 reads as none.
  if (value.isZero()) return ABSENT;
  return { kind: 'number', value: value.toString() };
}

/** A dollar amount as a two-decimal string ("1234.50"), rounded half-up to the cent. */
export function readAmount(text: string | undefined): NumberCell {
  const cell = readNumber(text, false);
  return cell.kind === 'number' ? { kind: 'number', value: formatAmount(money(cell.value)) } : cell;
}

/** A percentage as written, normalized ("62.50%" -> "62.5"); 70.5% is 70.5, never 0.705 (CMS data dictionary). */
export function readPercent(text: string | undefined): NumberCell {
  return readNumber(text, true);
}

/** Text cells: trimmed, with the "no value" spellings read as absent. */
export function readText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cell = text.trim();
  return cell === '' || NO_VALUE.test(cell) ? undefined : cell;
}

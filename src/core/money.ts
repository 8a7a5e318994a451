// Money is decimal.js from input to display. Rounding is a named step (`toCents`), done where a bill
// would round: each billed unit's share, each installment, each displayed percentage.
import Decimal from 'decimal.js';

/** A private Decimal constructor so a host page's own decimal.js settings cannot change our rounding. */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ZERO = new Money(0);

/** An amount given as a decimal string ("1500.00") or a whole/decimal number from JSON. */
export function money(value: Decimal.Value): Decimal {
  return new Money(value);
}

/** Rounds half-up to the cent: the one place an amount is rounded. */
export function toCents(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The contract's form of an amount: a decimal string with exactly two places. */
export function formatAmount(amount: Decimal): string {
  return toCents(amount).toFixed(2);
}

/** "$1,234.56": an amount in the core's English messages, grouped by inserting commas into its string (never a float). */
export function dollars(amount: Decimal.Value): string {
  const [whole, cents] = formatAmount(new Money(amount)).split('.');
  return `$${grouped(whole!)}.${cents}`;
}

/**
 * "10,000,000": whole digits grouped in threes with commas, as written in the US. Not toLocaleString: its
 * first call loads the browser's number formats, tens of milliseconds on a phone.
 */
export function grouped(digits: string): string {
  // Each run of digits, by counting from its end: "\B(?=(\d{3})+(?!\d))" said the same, but looked ahead to the
  // end of the run from every digit, seconds for a few hundred thousand digits (a typed amount, printed).
  return digits.replace(/\d+/g, (run: string, at: number) => {
    // A comma before the run too when a letter or _ comes before it and it divides into threes, as \B did.
    let out = at > 0 && run.length % 3 === 0 && /\w/.test(digits[at - 1]!) ? ',' : '';
    const head = run.length % 3 || 3;
    out += run.slice(0, head);
    for (let i = head; i < run.length; i += 3) out += `,${run.slice(i, i + 3)}`;
    return out;
  });
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function sum(amounts: readonly Decimal[]): Decimal {
  return amounts.reduce<Decimal>((total, amount) => total.plus(amount), ZERO);
}

/** `percent` of `amount`, unrounded (20 -> 20%). */
export function percentOf(amount: Decimal, percent: Decimal.Value): Decimal {
  return amount.times(percent).dividedBy(100);
}

/**
 * Splits `total` into `parts` installments of `total / parts` rounded to the cent, the last one
 * adjusted so they add up to `total` exactly (a 0% payment plan, RULES.md §15).
 */
export function allocateEvenly(total: Decimal, parts: number): Decimal[] {
  const each = toCents(total.dividedBy(parts));
  const shares = Array.from({ length: parts }, () => each);
  shares[parts - 1] = total.minus(each.times(parts - 1));
  return shares;
}

// The kinds of field the request and the center configuration share, each with its message in plain words:
// amounts of money, percentages, whole numbers, choices, and when the checks across fields run.
import * as z from 'zod/mini';
import { grouped } from './money.ts';

export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
export const NOT_AN_AMOUNT = 'must be an amount in dollars and cents, like "1500.00"';
export const AMOUNT_FORMAT = `${NOT_AN_AMOUNT} (no minus sign, at most two decimals)`;

/**
 * Money in: a decimal string ("1500.00") or a JSON number with at most two decimals, never negative, at most
 * `maximum`. A malformed amount stops its own checks (so it is said once, without "at most"), and the union
 * then names what is wrong with the value as given.
 */
export function amount(maximum: number) {
  const atMost = `must be at most ${grouped(String(maximum))}`;
  const malformed = { error: AMOUNT_FORMAT, abort: true };
  return z.union(
    [
      z.string().check(z.regex(AMOUNT, malformed), z.refine((text) => Number(text) <= maximum, atMost)),
      z.number().check(
        z.minimum(0, malformed),
        z.multipleOf(0.01, malformed),
        // multipleOf allows for rounding (0.30000000000000004); the number as written must have two decimals at most.
        z.refine((value) => AMOUNT.test(String(value)), malformed),
        z.maximum(maximum, atMost),
      ),
    ],
    { error: (issue) => (typeof issue.input === 'string' || typeof issue.input === 'number' ? AMOUNT_FORMAT : NOT_AN_AMOUNT) },
  );
}
export const planAmount = amount(10_000_000);
export const incomeAmount = amount(100_000_000);

/** A number from `min` to `max` inclusive, with one message for any number outside. */
export function between(min: number, max: number, message: string) {
  return [z.minimum(min, message), z.maximum(max, message)] as const;
}

export function percent(label = 'a percentage') {
  const message = `must be ${label} from 0 to 100`;
  return z.number({ error: message }).check(...between(0, 100, message));
}

export function wholeNumber(min: number, max: number, what: string) {
  const message = `must be a whole number of ${what} from ${min} to ${max}`;
  // `abort`: a number past the safe integers is said once, not once more by the maximum.
  return z.int({ error: message, abort: true }).check(...between(min, max, message));
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

/**
 * The checks across fields run, as before zod's own types were used here, unless a value has the wrong type:
 * a choice that is none of its values or an amount that is neither text nor a number holds them back, a
 * malformed amount or a number out of range does not. (A fraction where a whole number belongs now holds
 * them back too: z.int() always aborts.)
 */
export const unlessMistyped = {
  when: (payload: z.core.ParsePayload) =>
    payload.issues.every(
      (issue) => issue.continue || (issue.code === 'invalid_union' && (typeof issue.input === 'string' || typeof issue.input === 'number')),
    ),
};

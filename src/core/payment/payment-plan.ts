// RULES.md §15: installments that add up exactly, at 0% or with an APR, and "how many months".
import type Decimal from 'decimal.js';
import { addMonths } from '../dates.ts';
import { allocateEvenly, money, toCents, ZERO } from '../money.ts';

export interface Installment {
  due: string;
  amount: Decimal;
  /** The part of the installment that is interest (zero at 0% APR). */
  interest: Decimal;
}

export interface Schedule {
  installments: Installment[];
  totalInterest: Decimal;
  /** The regular monthly payment (the last one may differ by the rounding). */
  monthly: Decimal;
}

function monthlyRate(aprPercent: Decimal.Value): Decimal {
  return money(aprPercent).dividedBy(100).dividedBy(12);
}

/** (1 + i)^n by repeated squaring: all a loan needs, so the embed can leave out decimal.js's general `pow`. */
function growth(i: Decimal, months: number): Decimal {
  let result = money(1);
  let square = i.plus(1);
  for (let n = months; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = result.times(square);
    square = square.times(square);
  }
  return result;
}

/** The level payment that repays `financed` in `months`: L*i / (1 - (1+i)^-n), rounded half-up to the cent. */
export function levelPayment(financed: Decimal, months: number, aprPercent: Decimal.Value): Decimal {
  const i = monthlyRate(aprPercent);
  if (i.isZero()) return toCents(financed.dividedBy(months));
  return toCents(financed.times(i).dividedBy(money(1).minus(money(1).dividedBy(growth(i, months)))));
}

/**
 * Installments due monthly after `startDate`. At 0% the amount is split evenly with the last one
 * adjusted; with an APR, each month's interest is rounded to the cent and the last payment clears the balance.
 */
export function installments(financed: Decimal, months: number, aprPercent: Decimal.Value, startDate: string): Schedule {
  const due = (k: number) => addMonths(startDate, k);
  const i = monthlyRate(aprPercent);
  if (i.isZero()) {
    const amounts = allocateEvenly(financed, months);
    return {
      installments: amounts.map((amount, k) => ({ due: due(k + 1), amount, interest: ZERO })),
      totalInterest: ZERO,
      monthly: amounts[0] ?? ZERO,
    };
  }
  const payment = levelPayment(financed, months, aprPercent);
  let balance = financed;
  let totalInterest = ZERO;
  const list: Installment[] = [];
  for (let k = 1; k <= months; k++) {
    const interest = toCents(balance.times(i));
    const amount = k === months ? balance.plus(interest) : payment;
    balance = balance.plus(interest).minus(amount);
    totalInterest = totalInterest.plus(interest);
    list.push({ due: due(k), amount, interest });
  }
  return { installments: list, totalInterest, monthly: payment };
}

/**
 * "I can pay $X a month: how many months?" The fewest months whose payment fits the budget, or null
 * when the budget does not even cover the first month's interest.
 */
export function monthsForBudget(financed: Decimal, budget: Decimal, aprPercent: Decimal.Value, maxMonths = 600): number | null {
  if (financed.isZero()) return 0;
  if (budget.isZero()) return null;
  const i = monthlyRate(aprPercent);
  if (i.isZero()) return financed.dividedBy(budget).ceil().toNumber();
  if (budget.lessThanOrEqualTo(toCents(financed.times(i)))) return null;
  for (let months = 1; months <= maxMonths; months++) {
    if (levelPayment(financed, months, aprPercent).lessThanOrEqualTo(budget)) return months;
  }
  return null;
}

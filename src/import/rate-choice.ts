// One payer and plan's rate, when a file gives it more than once (DMC lists each BCBS plan at its real per diem and
// again at $1.00), and which rates are too low to be one. The worst thing the importer could do is write a $1.00
// placeholder as a day's rate: a 36-day program would be estimated at $36. So a rate below FLOOR_PERCENT of the gross
// charge, or of the same plan's other rate, is never used, and the report names it.
import { formatAmount, money, toCents } from '../core/money.ts';

/** A rate below this percentage of the gross charge (or of the same plan's other rate) is a placeholder, not a rate. */
export const FLOOR_PERCENT = 5;

export interface Candidate {
  /** Dollars a unit, two decimals. */
  amount: string;
  /** "row 12", or a JSON path. */
  where: string;
  /** How it was worked out when the file does not give it in dollars ("60% of the row's gross charge, 1250.00"). */
  derived?: string;
}

export interface SetAside {
  candidate: Candidate;
  why: string;
}

export interface RateChoice {
  chosen: Candidate | null;
  /** Below the floor: never used. */
  implausible: SetAside[];
  /** Plausible, but not the one chosen. */
  others: SetAside[];
}

/** The floor of a reference amount: FLOOR_PERCENT of it, to the cent. */
export function floorOf(reference: string): string {
  return formatAmount(toCents(money(reference).times(FLOOR_PERCENT).dividedBy(100)));
}

const below = (amount: string, reference: string) => money(amount).lessThan(money(floorOf(reference)));

/** The middle amount, or half-way between the two middle ones rounded half-up to the cent. */
export function median(amounts: readonly string[]): string {
  const sorted = amounts.map(money).sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : toCents(sorted[middle - 1]!.plus(sorted[middle]!).dividedBy(2));
  return formatAmount(value);
}

/**
 * Chooses among one payer and plan's rates. `gross` is the gross charge a unit; `reference` the middle of the
 * other plans' rates. Rates under the floor of the gross charge, or of this plan's highest rate, are set aside as
 * implausible. Of the rest, one not above the gross charge is preferred, then the one nearest the reference, then
 * the first found.
 */
export function chooseRate(candidates: readonly Candidate[], { gross, reference }: { gross?: string; reference?: string }): RateChoice {
  const implausible: SetAside[] = [];
  const highest = candidates.reduce<string | undefined>((max, c) => (max === undefined || money(c.amount).greaterThan(money(max)) ? c.amount : max), undefined);
  const plausible = candidates.filter((candidate) => {
    if (gross !== undefined && below(candidate.amount, gross)) {
      implausible.push({ candidate, why: `below ${FLOOR_PERCENT}% of the gross charge (${gross}): a placeholder, not a rate` });
      return false;
    }
    if (highest !== undefined && below(candidate.amount, highest)) {
      implausible.push({ candidate, why: `below ${FLOOR_PERCENT}% of this plan's other rate (${highest}): a placeholder, not a rate` });
      return false;
    }
    return true;
  });
  if (plausible.length === 0) return { chosen: null, implausible, others: [] };
  const distinct = new Set(plausible.map((c) => c.amount));
  if (distinct.size === 1) return { chosen: plausible[0]!, implausible, others: [] };

  let pool = plausible;
  let reason = 'the first found';
  if (gross !== undefined) {
    const underGross = pool.filter((c) => !money(c.amount).greaterThan(money(gross)));
    if (underGross.length && underGross.length < pool.length) {
      pool = underGross;
      reason = `not above the gross charge (${gross})`;
    }
  }
  if (reference !== undefined && new Set(pool.map((c) => c.amount)).size > 1) {
    const distance = (c: Candidate) => money(c.amount).minus(money(reference)).abs();
    const nearest = pool.reduce((best, c) => (distance(c).lessThan(distance(best)) ? c : best));
    pool = [nearest];
    reason = `the nearest to the other plans' rates (their middle, ${reference})`;
  }
  const chosen = pool[0]!;
  const others = plausible
    .filter((c) => c !== chosen && c.amount !== chosen.amount)
    .map((candidate) => ({ candidate, why: `${chosen.amount} (${chosen.where}) is used: ${reason}` }));
  return { chosen, implausible, others };
}

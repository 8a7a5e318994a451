// RULES.md §3-§7: cost sharing day by day, in date order, as a claims system adjudicates it.
import type Decimal from 'decimal.js';
import type { PricedDay } from './allowed.ts';
import { max, min, percentOf, toCents, ZERO } from '../money.ts';
import { followingPlanYear, planYearStartOn } from './plan-year.ts';

export interface CostSharingTerms {
  /** The person's deductible for the plan year starting on the given date; null means "everything until the maximum". */
  deductibleFor(planYearStart: string): Decimal | null;
  coinsurancePercent: Decimal;
  /** A copay per billed unit, charged before the coinsurance; null (or zero) when the plan has none. */
  copayPerUnit: Decimal | null;
  /** The copay is owed from the first day and the deductible does not apply. */
  copayBeforeDeductible: boolean;
  /** The person's out-of-pocket maximum for the plan year starting on the given date; null when there is none. */
  oopMaxFor(planYearStart: string): Decimal | null;
  /** Family coverage's own deductible and maximum, met by the whole family (RULES.md §6). */
  family?: FamilyTerms;
  /** Days past this many a plan year are not covered (RULES.md §7). */
  coveredDays?: CoveredDays;
  /** "MM-DD" */
  planYearStart: string;
}

export interface FamilyTerms {
  /** embedded: the person's deductible ends at their own or the family's, whichever comes first; aggregate: only the family's applies. */
  kind: 'embedded' | 'aggregate';
  /** null: no family deductible is known (embedded: no limit; aggregate: everything until the maximum). */
  deductible: Decimal | null;
  oopMaxFor(planYearStart: string): Decimal | null;
}

export interface CoveredDays {
  perYear: number;
  /** The day priced as the person pays for it when the plan does not cover it (the center's self-pay price). */
  notCovered(day: PricedDay): PricedDay;
}

export interface Accumulators {
  deductibleMet: Decimal;
  oopMet: Decimal;
  familyDeductibleMet?: Decimal;
  familyOopMet?: Decimal;
  /** Covered days already used this plan year. */
  coveredDaysUsed?: number;
}

export interface AdjudicatedDay extends PricedDay {
  deductible: Decimal;
  coinsurance: Decimal;
  copay: Decimal;
  /** What the person owes for a day the plan does not cover (past its covered-day limit). */
  notCovered: Decimal;
  /** What the person owes for the day: cost sharing, balance billing, or the day not covered. */
  patient: Decimal;
  planPays: Decimal;
}

export interface Adjudication {
  days: AdjudicatedDay[];
  /** Plan-year starts the program crossed, when the accumulators went back to zero. */
  resets: string[];
  /** The first day the out-of-pocket maximum was reached, if it was. */
  oopMaxReachedOn: string | null;
  /** The first day the deductible (the person's or the family's) was met, if it was met during the program. */
  deductibleMetOn: string | null;
  /** The first day not covered in each plan year where the covered-day limit ran out. */
  notCoveredFrom: string[];
}

/** What is left of a limit; null when there is no limit. */
function left(limit: Decimal | null, met: Decimal): Decimal | null {
  return limit === null ? null : max(limit.minus(met), ZERO);
}

/** The smaller of two limits, where null is no limit. */
function tighter(a: Decimal | null, b: Decimal | null): Decimal | null {
  return a === null ? b : b === null ? a : min(a, b);
}

export function adjudicate(days: readonly PricedDay[], terms: CostSharingTerms, start: Accumulators): Adjudication {
  const resets: string[] = [];
  const notCoveredFrom: string[] = [];
  const family = terms.family;
  let oopMaxReachedOn: string | null = null;
  let deductibleMetOn: string | null = null;
  let planYear = days[0] ? planYearStartOn(days[0].date, terms.planYearStart) : '';
  let nextPlanYear = followingPlanYear(planYear);
  let deductible = terms.deductibleFor(planYear);
  let oopMax = terms.oopMaxFor(planYear);
  let familyOopMax = family ? family.oopMaxFor(planYear) : null;
  let { deductibleMet, oopMet } = start;
  let familyDeductibleMet = start.familyDeductibleMet ?? ZERO;
  let familyOopMet = start.familyOopMet ?? ZERO;
  let coveredDaysUsed = start.coveredDaysUsed ?? 0;

  const adjudicated = days.map((day): AdjudicatedDay => {
    // A new plan year: every accumulator starts over, the covered days too (RULES.md §4).
    if (day.date >= nextPlanYear) {
      planYear = planYearStartOn(day.date, terms.planYearStart);
      nextPlanYear = followingPlanYear(planYear);
      resets.push(planYear);
      deductible = terms.deductibleFor(planYear);
      oopMax = terms.oopMaxFor(planYear);
      familyOopMax = family ? family.oopMaxFor(planYear) : null;
      deductibleMet = oopMet = familyDeductibleMet = familyOopMet = ZERO;
      coveredDaysUsed = 0;
    }

    // Past the covered-day limit the plan pays nothing and nothing accumulates (RULES.md §7).
    if (terms.coveredDays) {
      if (coveredDaysUsed >= terms.coveredDays.perYear) {
        const priced = terms.coveredDays.notCovered(day);
        // The first day not covered in this plan year (a day of an earlier plan year is before it).
        const last = notCoveredFrom[notCoveredFrom.length - 1];
        if (!last || last < planYear) notCoveredFrom.push(day.date);
        return { ...priced, deductible: ZERO, coinsurance: ZERO, copay: ZERO, notCovered: priced.allowed, patient: priced.allowed, planPays: ZERO };
      }
      coveredDaysUsed++;
    }

    const allowed = day.allowed;
    // The maximum the person can still pay: their own and the family's, whichever is less.
    const oopLeft = tighter(left(oopMax, oopMet), family ? left(familyOopMax, familyOopMet) : null);
    if (oopLeft?.isZero()) {
      // Past the maximum the plan pays the whole allowed amount: nothing to adjudicate.
      return { ...day, deductible: ZERO, coinsurance: ZERO, copay: ZERO, notCovered: ZERO, patient: day.balanceBilled, planPays: allowed };
    }

    // 1. The deductible: the person's own, the family's, or the first of the two to be met. An unknown
    // deductible of the person's is no limit: everything is deductible until the maximum.
    const ownLeft = family?.kind === 'aggregate' || deductible === null ? null : left(deductible, deductibleMet);
    const familyLeft = family?.deductible ? left(family.deductible, familyDeductibleMet) : null;
    const deductibleLeft = tighter(ownLeft, familyLeft);
    let deductiblePart = terms.copayBeforeDeductible ? ZERO : deductibleLeft === null ? allowed : min(allowed, deductibleLeft);
    // 2. The copay for the day, then 3. the coinsurance on what is left of the allowed amount.
    const rest = allowed.minus(deductiblePart);
    let copay = terms.copayPerUnit?.greaterThan(0) ? min(toCents(terms.copayPerUnit.times(day.units)), rest) : ZERO;
    let coinsurance = toCents(percentOf(rest.minus(copay), terms.coinsurancePercent));

    // 4. The out-of-pocket maximum caps the person's share; the plan pays the rest of the year in full.
    if (oopLeft !== null) {
      let room = oopLeft;
      deductiblePart = min(deductiblePart, room);
      room = room.minus(deductiblePart);
      copay = min(copay, room);
      room = room.minus(copay);
      coinsurance = min(coinsurance, room);
    }

    // 5. The share is already in cents (allowed and limits are in cents; coinsurance was rounded half-up).
    // Everything paid counts for the person and, on family coverage, for the family too.
    const share = deductiblePart.plus(copay).plus(coinsurance);
    deductibleMet = deductibleMet.plus(deductiblePart);
    oopMet = oopMet.plus(share);
    familyDeductibleMet = familyDeductibleMet.plus(deductiblePart);
    familyOopMet = familyOopMet.plus(share);
    if (deductibleMetOn === null && deductibleLeft?.greaterThan(0) && deductiblePart.greaterThanOrEqualTo(deductibleLeft)) deductibleMetOn = day.date;
    if (oopMaxReachedOn === null && oopLeft !== null && share.greaterThanOrEqualTo(oopLeft)) oopMaxReachedOn = day.date;

    // 6. Balance billing comes on top, after the cap, and never counts toward it.
    return { ...day, deductible: deductiblePart, coinsurance, copay, notCovered: ZERO, patient: share.plus(day.balanceBilled), planPays: allowed.minus(share) };
  });

  return { days: adjudicated, resets, oopMaxReachedOn, deductibleMetOn, notCoveredFrom };
}

// ESTIMATION.md section 3: cost sharing day by day, in date order, as a claims system adjudicates it.
import type Decimal from 'decimal.js';
import type { PricedDay } from './allowed.ts';
import { max, min, percentOf, toCents, ZERO } from './money.ts';
import { followingPlanYear, planYearStartOn } from './plan-year.ts';

export interface CostSharingTerms {
  /** The deductible for the plan year starting on the given date; null means "everything until the maximum". */
  deductibleFor(planYearStart: string): Decimal | null;
  coinsurancePercent: Decimal;
  /** A copay per billed unit; when set it replaces coinsurance. */
  copayPerUnit: Decimal | null;
  /** The copay is owed from the first day and the deductible does not apply. */
  copayBeforeDeductible: boolean;
  /** The out-of-pocket maximum for the plan year starting on the given date; null when there is none. */
  oopMaxFor(planYearStart: string): Decimal | null;
  /** "MM-DD" */
  planYearStart: string;
}

export interface Accumulators {
  deductibleMet: Decimal;
  oopMet: Decimal;
}

export interface AdjudicatedDay extends PricedDay {
  deductible: Decimal;
  coinsurance: Decimal;
  copay: Decimal;
  /** What the person owes for the day: cost sharing plus balance billing. */
  patient: Decimal;
  planPays: Decimal;
}

export interface Adjudication {
  days: AdjudicatedDay[];
  /** Plan-year starts the program crossed, when the accumulators went back to zero. */
  resets: string[];
  /** The first day the out-of-pocket maximum was reached, if it was. */
  oopMaxReachedOn: string | null;
  /** The first day the deductible was met, if it was met during the program. */
  deductibleMetOn: string | null;
}

export function adjudicate(days: readonly PricedDay[], terms: CostSharingTerms, start: Accumulators): Adjudication {
  const resets: string[] = [];
  let oopMaxReachedOn: string | null = null;
  let deductibleMetOn: string | null = null;
  let planYear = days[0] ? planYearStartOn(days[0].date, terms.planYearStart) : '';
  let deductibleLimit = terms.deductibleFor(planYear);
  let oopMax = terms.oopMaxFor(planYear);
  let nextPlanYear = followingPlanYear(planYear);
  let { deductibleMet, oopMet } = start;

  const adjudicated = days.map((day) => {
    // 1. A new plan year: both accumulators start over.
    if (day.date >= nextPlanYear) {
      planYear = planYearStartOn(day.date, terms.planYearStart);
      nextPlanYear = followingPlanYear(planYear);
      resets.push(planYear);
      deductibleLimit = terms.deductibleFor(planYear);
      oopMax = terms.oopMaxFor(planYear);
      deductibleMet = ZERO;
      oopMet = ZERO;
    }
    const allowed = day.allowed;
    if (oopMax !== null && oopMet.greaterThanOrEqualTo(oopMax)) {
      // Past the maximum the plan pays the whole allowed amount: nothing to adjudicate.
      return { ...day, deductible: ZERO, coinsurance: ZERO, copay: ZERO, patient: day.balanceBilled, planPays: allowed };
    }

    let deductible = ZERO;
    let coinsurance = ZERO;
    let copay = ZERO;
    if (terms.copayPerUnit && terms.copayBeforeDeductible) {
      // 2. A copay the deductible does not apply to.
      copay = min(terms.copayPerUnit.times(day.units), allowed);
    } else {
      // 3. Deductible first, then coinsurance or a copay on the rest.
      const deductibleLeft = deductibleLimit === null ? allowed : max(deductibleLimit.minus(deductibleMet), ZERO);
      deductible = min(allowed, deductibleLeft);
      const rest = allowed.minus(deductible);
      if (terms.copayPerUnit) copay = min(terms.copayPerUnit.times(day.units), rest);
      else coinsurance = toCents(percentOf(rest, terms.coinsurancePercent));
    }

    // 4. The out-of-pocket maximum caps the person's share; the plan pays the rest of the year in full.
    if (oopMax !== null) {
      let left = max(oopMax.minus(oopMet), ZERO);
      deductible = min(deductible, left);
      left = left.minus(deductible);
      coinsurance = min(coinsurance, left);
      left = left.minus(coinsurance);
      copay = min(copay, left);
    }

    // 5. The share is already in cents (allowed and limits are in cents; coinsurance was rounded half-up).
    const share = deductible.plus(coinsurance).plus(copay);
    const deductibleBefore = deductibleMet;
    deductibleMet = deductibleMet.plus(deductible);
    oopMet = oopMet.plus(share);
    if (deductibleLimit !== null && deductibleMetOn === null && deductibleBefore.lessThan(deductibleLimit) && deductibleMet.greaterThanOrEqualTo(deductibleLimit)) {
      deductibleMetOn = day.date;
    }
    if (oopMax !== null && oopMaxReachedOn === null && oopMet.greaterThanOrEqualTo(oopMax)) oopMaxReachedOn = day.date;

    // 6. Balance billing comes on top, after the cap, and never counts toward it.
    return {
      ...day,
      deductible,
      coinsurance,
      copay,
      patient: share.plus(day.balanceBilled),
      planPays: allowed.minus(share),
    };
  });

  return { days: adjudicated, resets, oopMaxReachedOn, deductibleMetOn };
}

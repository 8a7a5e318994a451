// Private, ACA and Medicare Advantage plans (RULES.md §2-§9, §11): allowed amounts by network, the terms
// of that network, cost sharing day by day, legal limits, cost-sharing reductions, and a range for unknown details.
import type Decimal from 'decimal.js';
import { adjudicate, type CostSharingTerms, type CoveredDays } from '../claims/adjudicate.ts';
import { priceDays, type PricedDay } from '../claims/allowed.ts';
import { inNetworkRate, networkFor, outOfNetworkRate, type Network } from '../claims/rates.ts';
import { costSharingReductionLimit, familyOopLimit, legalOopLimit } from './cost-sharing-reductions.ts';
import { usDate } from '../dates.ts';
import { termsFor, type NetworkTerms } from '../claims/network-terms.ts';
import { addFigure, addWarning } from '../reference/figures.ts';
import { dollars, formatAmount, max, min, money, sum, ZERO } from '../money.ts';
import { CALENDAR_YEAR, planYearStartOn } from '../claims/plan-year.ts';
import { povertyLevel } from '../reference/poverty.ts';
import { asLines, centerFigure, milestonesOf, formatPercent, oopMetAtStart, reportAdjudication, unitName, type Context, type Priced } from './context.ts';
import { advantageLimit, advantageOutOfNetwork, cappedAdvantageMaximum, isMedicareAdvantage, priceAdvantageOutOfNetwork } from './medicare-advantage.ts';
import { medicaidHelp, medicaidPaysCostSharing } from './medicare-supplements.ts';
import { listTypicalFigures, typicalPlanFor } from './typical-plan.ts';

export function priceCommercial(ctx: Context): Priced {
  const { request, center, warnings } = ctx;
  const coverage = request.coverage;
  const network = networkFor(coverage, center);
  const advantage = isMedicareAdvantage(request);
  centerFigure(ctx, `Charge per ${unitName(ctx)}`, money(center.rates.chargePerUnit));
  const priced = advantageOutOfNetwork(request, center) ? priceAdvantageOutOfNetwork(ctx) : priceNetwork(ctx, network);
  const terms = termsFor(coverage, network);
  const family = terms.family;

  // A Medicare Advantage plan's year is the calendar year, its contract year with CMS.
  const planYearStart = advantage ? CALENDAR_YEAR : coverage.planYearStart ?? CALENDAR_YEAR;
  // Cost-sharing reductions lower the in-network maximum only.
  const csrPercent = network === 'in' && !advantage ? costSharingReductionPercent(ctx, priced) : null;
  // RULES.md §8: in network, ACA and employer plans cap one person's cost sharing (even on family
  // coverage) at the year's self-only limit, and the family's at the other-than-self-only limit.
  // RULES.md §11: CMS caps a Medicare Advantage plan's maximum in network, and in and out of network together.
  const legalBound = (pyStart: string, whole: 'person' | 'family'): Decimal | null => {
    if (advantage) return whole === 'person' ? advantageLimit(ctx, pyStart, network)?.limit ?? null : null;
    if (network !== 'in') return null;
    const { limit, entry } = legalOopLimit(pyStart, ctx);
    if (whole === 'family') return familyOopLimit(entry, csrPercent, ctx.figures);
    const reduced = csrPercent ? costSharingReductionLimit(entry, csrPercent, ctx.figures, warnings) : null;
    return reduced ? min(limit, reduced) : limit;
  };
  const capped = (entered: Decimal, bound: Decimal | null, code: string): Decimal => {
    if (bound === null || entered.lessThanOrEqualTo(bound)) return entered;
    addWarning(warnings, {
      code,
      message: `The ${code === 'family-oop-max-above-legal-limit' ? "family's " : ''}out-of-pocket maximum you entered (${dollars(entered)}) is above the legal limit for your coverage (${dollars(bound)}); the estimate uses the limit. A grandfathered plan may differ: check your plan documents.`,
      params: { entered: entered.toFixed(2), limit: bound.toFixed(2) },
    });
    return bound;
  };

  const oopMax = terms.oopMax;
  // An unknown maximum is the legal limit where there is one, at both ends of a range: the law binds either way.
  const oopMaxFor = (pyStart: string): Decimal | null => {
    if (oopMax === null || oopMax === 'none') return legalBound(pyStart, 'person');
    return advantage ? cappedAdvantageMaximum(ctx, oopMax, pyStart, network) : capped(oopMax, legalBound(pyStart, 'person'), 'oop-max-above-legal-limit');
  };
  // Medicare Advantage has no family coverage limit in law; ACA and employer plans do.
  const familyOopMaxFor = (pyStart: string): Decimal | null =>
    family?.oopMax && !advantage ? capped(family.oopMax, legalBound(pyStart, 'family'), 'family-oop-max-above-legal-limit') : family?.oopMax ?? null;

  const { deductible, copayPerUnit: copay } = terms;
  const aggregate = family?.kind === 'aggregate';
  // A copay alone is the plan's whole share (no coinsurance); a copay of 0 is no copay (RULES.md §3).
  const hasCopay = copay?.greaterThan(0) ?? false;
  const coinsurance = terms.coinsurancePercent ?? (hasCopay ? ZERO : null);
  // What was paid toward a deductible counts toward the maximum it sits under (RULES.md §3).
  const fields = terms.ownOutOfNetworkTerms ? 'coverage.outOfNetwork' : 'coverage';
  const deductibleMet = terms.deductibleMet ?? ZERO;
  const familyDeductibleMet = family?.deductibleMet ?? ZERO;
  const start = {
    deductibleMet,
    oopMet: oopMetAtStart(ctx, deductibleMet, terms.oopMet, fields),
    familyDeductibleMet,
    familyOopMet: oopMetAtStart(ctx, familyDeductibleMet, family?.oopMet, `${fields}.family`),
    coveredDaysUsed: coverage.coveredDaysUsed ?? 0,
  };
  // With no out-of-network benefit nothing is adjudicated: the whole charge is the person's, no range.
  const noBenefit = network === 'out' && coverage.outOfNetworkCovered === false;
  const deductibleKnown = aggregate ? family.deductible !== null : deductible !== null;
  // Medicaid pays all the cost sharing of a QMB (or of full Medicaid at a center that takes it), whatever the
  // plan's numbers are: no range (RULES.md §11).
  const medicaidPays = advantage && medicaidPaysCostSharing(center, coverage.supplement);
  const known = noBenefit || medicaidPays || (deductibleKnown && coinsurance !== null && oopMax !== null);

  // The worst case: what is unknown costs the most it can (everything until the maximum).
  const worst: CostSharingTerms = {
    deductibleFor: () => deductible,
    coinsurancePercent: coinsurance ?? money(100),
    copayPerUnit: copay,
    copayBeforeDeductible: coverage.copayBeforeDeductible === true,
    oopMaxFor,
    ...(family ? { family: { kind: family.kind, deductible: family.deductible, oopMaxFor: familyOopMaxFor } } : {}),
    ...(coverage.coveredDaysPerYear && !noBenefit ? { coveredDays: coveredDays(ctx, coverage.coveredDaysPerYear) } : {}),
    planYearStart,
  };
  const main = adjudicate(priced, worst, start);
  reportAdjudication(ctx, main.resets, main.oopMaxReachedOn, network);
  planWarnings(ctx, terms, main.notCoveredFrom, network === 'out' && !noBenefit);

  let range: Priced['range'];
  if (!known) {
    // The best case: the deductible already met (unless the person said how much is met), and no
    // coinsurance where it is unknown. What was paid toward the deductible counts toward the maximum.
    const deductibleMetLow = terms.deductibleMet ?? deductible ?? ZERO;
    const familyDeductibleMetLow = family?.deductibleMet ?? family?.deductible ?? ZERO;
    const best: CostSharingTerms = {
      ...worst,
      deductibleFor: () => deductible ?? ZERO,
      coinsurancePercent: coinsurance ?? ZERO,
      // An unknown aggregate deductible is met, as the person's own is; an unknown embedded one is no limit.
      ...(family ? { family: { kind: family.kind, deductible: family.deductible ?? (aggregate ? ZERO : null), oopMaxFor: familyOopMaxFor } } : {}),
    };
    const low = adjudicate(priced, best, {
      ...start,
      deductibleMet: deductibleMetLow,
      oopMet: max(start.oopMet, deductibleMetLow),
      familyDeductibleMet: familyDeductibleMetLow,
      familyOopMet: max(start.familyOopMet, familyDeductibleMetLow),
    });
    range = { low: sum(low.days.map((d) => d.patient)), high: sum(main.days.map((d) => d.patient)) };
    // The maximum of the first plan year, as the high end used it: the plan's own (held to the law) or the legal limit.
    const firstPlanYear = priced[0] ? planYearStartOn(priced[0].date, planYearStart) : null;
    const maximum = firstPlanYear ? oopMaxFor(firstPlanYear) : null;
    const bounded = maximum !== null;

    // RULES.md §9, the middle figure: a typical plan of this kind fills only the numbers the person did not give;
    // what they typed stays, and the law caps the typical maximum as it caps any plan's. Its figures are single
    // coverage, so an unknown aggregate family deductible has no middle figure; nor has a range of one amount.
    const typical = range.low.equals(range.high) || (aggregate && family.deductible === null) ? null : typicalPlanFor(coverage.planType, advantage, network);
    if (typical) {
      const fill = { deductible: !deductibleKnown, coinsurance: coinsurance === null, oopMax: oopMax === null };
      const { deductible: typicalDeductible, coinsurancePercent: typicalPercent, oopMax: typicalMax } = typical.terms;
      const typicalOopMaxFor = (pyStart: string): Decimal | null => {
        const bound = legalBound(pyStart, 'person');
        if (typicalMax.value === null) return bound;
        return bound === null ? money(typicalMax.value) : min(money(typicalMax.value), bound);
      };
      const middleTerms: CostSharingTerms = {
        ...worst,
        deductibleFor: () => (fill.deductible ? money(typicalDeductible.value) : deductible),
        coinsurancePercent: coinsurance ?? money(typicalPercent.value),
        oopMaxFor: fill.oopMax ? typicalOopMaxFor : oopMaxFor,
      };
      const middle = sum(adjudicate(priced, middleTerms, start).days.map((d) => d.patient));
      const typicalMaxUsed = fill.oopMax && firstPlanYear ? typicalOopMaxFor(firstPlanYear) : null;
      listTypicalFigures(ctx.figures, typical, fill);
      range.typical = {
        // Held between the two ends, which bound whatever the plan's numbers are.
        total: max(range.low, min(middle, range.high)),
        plan: {
          kind: typical.kind,
          network: typical.network,
          label: typical.label,
          ...(fill.deductible ? { deductible: formatAmount(money(typicalDeductible.value)) } : {}),
          ...(fill.coinsurance ? { coinsurancePercent: typicalPercent.value } : {}),
          ...(typicalMaxUsed ? { oopMax: formatAmount(typicalMaxUsed) } : {}),
        },
      };
    }
    warnings.push({
      code: 'plan-details-unknown',
      message: `Without your plan's ${terms.ownOutOfNetworkTerms ? 'out-of-network ' : ''}${unknownParts(deductibleKnown, coinsurance, oopMax)}, the estimate is a range: from what you would pay with the deductible already met, to the most you could pay${bounded ? ' (up to your out-of-pocket maximum)' : ''}. The total shown is the high end.`,
      params: {
        deductible: !deductibleKnown, share: coinsurance === null, oopMax: oopMax === null, bounded, outOfNetwork: terms.ownOutOfNetworkTerms,
        // The first plan year's maximum: the legal limit when the plan's is unknown (RULES.md §8, §11), else the plan's.
        ...(maximum ? { maximum: formatAmount(maximum) } : {}),
      },
    });
  }
  if (network === 'out') {
    const balance = sum(main.days.map((d) => d.balanceBilled));
    if (balance.greaterThan(0) && coverage.outOfNetworkCovered !== false) {
      warnings.push({
        code: 'balance-billing',
        message: `This center is out of network for your plan: it can bill you the difference between its charge and what your plan allows, about ${dollars(balance)} here, on top of your cost sharing. That balance does not count toward your out-of-pocket maximum.`,
        params: { amount: formatAmount(balance) },
      });
    }
  }
  const lines = (advantage ? medicaidHelp(ctx, main.days, coverage.supplement) : null) ?? asLines(main.days);
  if (advantage && coverage.supplement?.startsWith('medigap')) {
    warnings.push({ code: 'medigap-with-medicare-advantage', message: 'A Medigap plan does not pay the cost sharing of a Medicare Advantage plan, so the estimate leaves it out.' });
  }
  return { lines, resets: main.resets, milestones: milestonesOf(main), ...(range ? { range } : {}) };
}

/** Each day's charge and allowed amount in the network, with the rate's source listed as a figure (RULES.md §2). */
function priceNetwork(ctx: Context, network: Network): PricedDay[] {
  const { center, request, warnings } = ctx;
  const coverage = request.coverage;
  let allowedPerUnit: Decimal;
  if (network === 'in') {
    const rate = inNetworkRate(center, coverage.payer, coverage.planType);
    allowedPerUnit = rate.perUnit;
    const negotiatedWith = `${coverage.payer}${rate.plan ? ` (${rate.plan})` : ''}`;
    centerFigure(ctx, rate.negotiated ? `Rate negotiated with ${negotiatedWith} per ${unitName(ctx)}` : `In-network rate per ${unitName(ctx)}`, rate.perUnit);
  } else {
    const rate = outOfNetworkRate(center, coverage);
    allowedPerUnit = rate.perUnit;
    if (coverage.outOfNetworkCovered === false) {
      warnings.push({ code: 'no-out-of-network-benefit', message: 'Your plan has no out-of-network benefit (common for HMO and EPO plans): it pays nothing here, and you would owe the full charge.' });
    } else if (rate.source === 'plan') {
      addFigure(ctx.figures, { name: `Out-of-network allowed amount per ${unitName(ctx)}`, value: allowedPerUnit.toFixed(2), year: null, source: 'your plan' });
    } else if (rate.source === 'payer') {
      centerFigure(ctx, `Out-of-network allowed amount per ${unitName(ctx)} known for ${coverage.payer}`, allowedPerUnit);
    } else {
      centerFigure(ctx, `Estimated out-of-network allowed amount per ${unitName(ctx)} (${center.rates.outOfNetworkAllowedPercent}% of the charge)`, allowedPerUnit);
    }
  }
  return priceDays(ctx.schedule.days, center, allowedPerUnit, network === 'out');
}

/** Days past the plan's covered-day limit cost the center's self-pay price (RULES.md §7). */
function coveredDays(ctx: Context, perYear: number): CoveredDays {
  const price = money(ctx.center.rates.selfPayPerUnit);
  const selfPay = new Map(priceDays(ctx.schedule.days, ctx.center, price, false).map((day) => [day.date, day]));
  return { perYear, notCovered: (day) => selfPay.get(day.date) ?? day };
}

/** What the plan's own terms make worth saying: both a copay and coinsurance, a family deductible, no maximum, days not covered. */
function planWarnings(ctx: Context, terms: NetworkTerms, notCoveredFrom: readonly string[], outOfNetwork: boolean): void {
  const { warnings, center, request } = ctx;
  const copay = terms.copayPerUnit;
  const percent = terms.coinsurancePercent;
  if (copay?.greaterThan(0) && percent?.greaterThan(0)) {
    warnings.push({
      code: 'copay-and-coinsurance',
      message: `Your plan lists both a copay (${dollars(copay)} a ${unitName(ctx)}) and coinsurance (${percent}%): the estimate charges both, the copay first and then the coinsurance on the rest of the allowed amount.`,
      params: { copay: copay.toFixed(2), percent: percent.toNumber(), unit: unitName(ctx) },
    });
  }
  if (terms.family?.kind === 'aggregate' && terms.family.deductible) {
    const amount = terms.family.deductible.toFixed(2);
    warnings.push({
      code: 'family-aggregate-deductible',
      message: `Your family plan has an aggregate deductible: the plan pays nothing until the family together has paid its ${dollars(amount)} deductible this plan year; an individual deductible does not apply.`,
      params: { amount },
    });
  }
  if (outOfNetwork && terms.oopMax === 'none') {
    warnings.push({ code: 'no-out-of-network-maximum', message: 'Your plan has no out-of-pocket maximum out of network: your share continues for the whole program, and so does balance billing.' });
  }
  if (notCoveredFrom.length) centerFigure(ctx, `Self-pay price per ${unitName(ctx)}`, money(center.rates.selfPayPerUnit));
  const limit = request.coverage.coveredDaysPerYear ?? 0;
  for (const date of notCoveredFrom) {
    warnings.push({
      code: 'covered-days-limit',
      message: `Your plan covers ${limit} days of this program a plan year: from ${usDate(date)} the days are not covered, and you would owe ${center.name}'s self-pay price for them. Ask your plan whether more days can be authorized.`,
      params: { limit, date },
    });
  }
}

/** What is missing of the plan's terms; the share is unknown when neither a coinsurance nor a copay is given. */
function unknownParts(deductibleKnown: boolean, coinsurance: Decimal | null, oopMax: NetworkTerms['oopMax']): string {
  const parts = [!deductibleKnown && 'deductible', coinsurance === null && 'coinsurance or copay', oopMax === null && 'out-of-pocket maximum'].filter(Boolean);
  return parts.join(', ');
}

/**
 * A silver Marketplace plan bought with household income from 100% to 250% of the poverty line has a
 * reduced maximum. The Marketplace measures income against the guidelines of the year before the plan year.
 */
function costSharingReductionPercent(ctx: Context, priced: readonly PricedDay[]): Decimal | null {
  const { coverage, household } = ctx.request;
  if (coverage.planType !== 'aca' || coverage.metal !== 'silver') return null;
  if (!household) {
    ctx.warnings.push({
      code: 'household-needed',
      message: 'A silver Marketplace plan may have a lower out-of-pocket maximum (cost-sharing reductions) if household income is 100-250% of the poverty line: enter household size and income to check.',
      params: { for: 'cost-sharing-reductions' },
    });
    return null;
  }
  const firstDay = priced[0]?.date ?? '';
  const previousYear = `${Number(firstDay.slice(0, 4)) - 1}-07-01`;
  const level = povertyLevel(household, previousYear, ctx);
  if (level.percent.lessThan(100) || level.percent.greaterThan(250)) return null;
  const povertyPercent = formatPercent(level.percent);
  ctx.warnings.push({
    code: 'cost-sharing-reduction',
    message: `At ${povertyPercent}% of the poverty line a silver Marketplace plan has cost-sharing reductions: its out-of-pocket maximum is lower, and the estimate uses the reduced limit.`,
    params: { povertyPercent },
  });
  return level.percent;
}

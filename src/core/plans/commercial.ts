// Private, ACA and Medicare Advantage plans (ESTIMATION.md sections 3 and 4): allowed amounts by
// network, cost sharing day by day, legal limits, cost-sharing reductions, and a range for unknown details.
import type Decimal from 'decimal.js';
import { adjudicate, type CostSharingTerms } from '../adjudicate.ts';
import { inNetworkRate, networkFor, outOfNetworkRate, priceDays, type PricedDay } from '../allowed.ts';
import { costSharingReductionLimit, legalOopLimit } from '../cost-sharing-reductions.ts';
import { addFigure, addWarning } from '../figures.ts';
import { formatAmount, min, money, sum, ZERO } from '../money.ts';
import { CALENDAR_YEAR } from '../plan-year.ts';
import { povertyLevel } from '../poverty.ts';
import { asLines, centerFigure, milestonesOf, formatPercent, reportAdjudication, unitName, type Context, type Priced } from './context.ts';

export function priceCommercial(ctx: Context): Priced {
  const { request, center, warnings } = ctx;
  const coverage = request.coverage;
  const network = networkFor(coverage, center);
  centerFigure(ctx, `Charge per ${unitName(ctx)}`, money(center.rates.chargePerUnit));

  let allowedPerUnit: Decimal;
  if (network === 'in') {
    const rate = inNetworkRate(center, coverage.payer);
    allowedPerUnit = rate.perUnit;
    centerFigure(ctx, rate.negotiated ? `Rate negotiated with ${coverage.payer} per ${unitName(ctx)}` : `In-network rate per ${unitName(ctx)}`, rate.perUnit);
  } else {
    allowedPerUnit = outOfNetworkRate(center, coverage);
    if (coverage.outOfNetworkCovered === false) {
      warnings.push({ code: 'no-out-of-network-benefit', message: 'Your plan has no out-of-network benefit (common for HMO and EPO plans): it pays nothing here, and you would owe the full charge.' });
    } else if (coverage.outOfNetworkAllowedPerUnit !== undefined) {
      addFigure(ctx.figures, { name: `Out-of-network allowed amount per ${unitName(ctx)}`, value: allowedPerUnit.toFixed(2), year: null, source: 'your plan' });
    } else {
      centerFigure(ctx, `Estimated out-of-network allowed amount per ${unitName(ctx)} (${center.rates.outOfNetworkAllowedPercent}% of the charge)`, allowedPerUnit);
    }
  }
  const priced = priceDays(ctx.schedule.days, center, allowedPerUnit, network === 'out');

  const planYearStart = coverage.planYearStart ?? CALENDAR_YEAR;
  const boundedByLaw = network === 'in' && coverage.planType !== 'medicare';
  const csrPercent = costSharingReductionPercent(ctx, priced);
  const legalBound = (pyStart: string): Decimal | null => {
    if (!boundedByLaw) return null;
    const { limit, entry } = legalOopLimit(pyStart, ctx.data, warnings, ctx.figures);
    const reduced = csrPercent ? costSharingReductionLimit(entry, csrPercent, ctx.figures, warnings) : null;
    return reduced ? min(limit, reduced) : limit;
  };

  const knownOopMax = coverage.oopMax !== undefined ? money(coverage.oopMax) : null;
  const oopMaxFor = (unknown: 'bounded' | 'none') => (pyStart: string): Decimal | null => {
    const bound = legalBound(pyStart);
    if (knownOopMax === null) return unknown === 'bounded' ? bound : null;
    if (bound !== null && knownOopMax.greaterThan(bound)) {
      addWarning(warnings, {
        code: 'oop-max-above-legal-limit',
        message: `The out-of-pocket maximum you entered ($${knownOopMax.toFixed(2)}) is above the legal limit for your coverage ($${bound.toFixed(2)}); the estimate uses the limit. A grandfathered plan may differ: check your plan documents.`,
        params: { entered: knownOopMax.toFixed(2), limit: bound.toFixed(2) },
      });
      return bound;
    }
    return knownOopMax;
  };

  const deductible = coverage.deductible !== undefined ? money(coverage.deductible) : null;
  const copay = coverage.copayPerUnit !== undefined ? money(coverage.copayPerUnit) : null;
  const coinsurance = coverage.coinsurancePercent !== undefined ? money(coverage.coinsurancePercent) : null;
  const start = { deductibleMet: money(coverage.deductibleMet ?? 0), oopMet: money(coverage.oopMet ?? 0) };
  // With no out-of-network benefit nothing is adjudicated: the whole charge is the person's, no range.
  const noBenefit = network === 'out' && coverage.outOfNetworkCovered === false;
  const known = noBenefit || (deductible !== null && (copay !== null || coinsurance !== null) && knownOopMax !== null);

  // The worst case: what is unknown costs the most it can (everything until the maximum).
  const worst: CostSharingTerms = {
    deductibleFor: () => deductible,
    coinsurancePercent: coinsurance ?? money(100),
    copayPerUnit: copay,
    copayBeforeDeductible: coverage.copayBeforeDeductible === true,
    oopMaxFor: oopMaxFor('bounded'),
    planYearStart,
  };
  const main = adjudicate(priced, worst, start);
  reportAdjudication(ctx, main.resets, main.oopMaxReachedOn, network);

  let range: Priced['range'];
  if (!known) {
    // The best case: the deductible already met (unless the person said how much is met), and no
    // coinsurance or copay where they are unknown. What was paid toward the deductible counts toward the maximum.
    const deductibleMetLow = coverage.deductibleMet !== undefined ? start.deductibleMet : (deductible ?? ZERO);
    const lowStart = { deductibleMet: deductibleMetLow, oopMet: coverage.oopMet !== undefined ? start.oopMet : deductibleMetLow };
    const best: CostSharingTerms = {
      ...worst,
      deductibleFor: () => deductible ?? ZERO,
      coinsurancePercent: coinsurance ?? ZERO,
      oopMaxFor: oopMaxFor('none'),
    };
    const low = adjudicate(priced, best, lowStart);
    range = { low: sum(low.days.map((d) => d.patient)), high: sum(main.days.map((d) => d.patient)) };
    const bounded = knownOopMax !== null || boundedByLaw;
    warnings.push({
      code: 'plan-details-unknown',
      message: `Without your plan's ${unknownParts(deductible, copay ?? coinsurance, knownOopMax)}, the estimate is a range: from what you would pay with the deductible already met, to the most you could pay${bounded ? ' (up to your out-of-pocket maximum)' : ''}. The total shown is the high end.`,
      params: { deductible: deductible === null, share: (copay ?? coinsurance) === null, oopMax: knownOopMax === null, bounded },
    });
    if (!bounded && coverage.planType === 'medicare') {
      warnings.push({ code: 'medicare-advantage-moop-unconfirmed', message: "Medicare Advantage plans have a yearly out-of-pocket maximum, but its legal limit for this year is not confirmed in our data: enter your plan's maximum to bound the estimate." });
    }
  }
  if (network === 'out') {
    const balance = sum(priced.map((d) => d.balanceBilled));
    if (balance.greaterThan(0) && coverage.outOfNetworkCovered !== false) {
      warnings.push({
        code: 'balance-billing',
        message: `This center is out of network for your plan: it can bill you the difference between its charge and what your plan allows, about $${formatAmount(balance)} here, on top of your cost sharing. That balance does not count toward your out-of-pocket maximum.`,
        params: { amount: formatAmount(balance) },
      });
    }
  }
  return { lines: asLines(main.days), resets: main.resets, milestones: milestonesOf(main), ...(range ? { range } : {}) };
}

function unknownParts(deductible: Decimal | null, share: Decimal | null, oopMax: Decimal | null): string {
  const parts = [deductible === null && 'deductible', share === null && 'coinsurance or copay', oopMax === null && 'out-of-pocket maximum'].filter(Boolean);
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
  const level = povertyLevel(household, previousYear, ctx.data, ctx.warnings, ctx.figures);
  if (level.percent.lessThan(100) || level.percent.greaterThan(250)) return null;
  const povertyPercent = formatPercent(level.percent);
  ctx.warnings.push({
    code: 'cost-sharing-reduction',
    message: `At ${povertyPercent}% of the poverty line a silver Marketplace plan has cost-sharing reductions: its out-of-pocket maximum is lower, and the estimate uses the reduced limit.`,
    params: { povertyPercent },
  });
  return level.percent;
}

// Medicare Advantage (RULES.md §11): priced like a private plan with the plan's own numbers (commercial.ts), but
// out of network the center accepts what Original Medicare would pay as payment in full, and CMS caps every
// plan's yearly maximum out-of-pocket.
import type Decimal from 'decimal.js';
import { priceMedicareDays, type PricedDay } from '../claims/allowed.ts';
import { networkFor, type Network } from '../claims/rates.ts';
import { addFigure, addWarning, figure } from '../reference/figures.ts';
import { dollars, money } from '../money.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { EstimateRequest } from '../schemas.ts';
import { medicarePerDiem } from './original-medicare.ts';
import type { Context } from './context.ts';

export function isMedicareAdvantage(request: EstimateRequest): boolean {
  return request.coverage.planType === 'medicare' && request.coverage.medicarePlan === 'advantage';
}

/** Out of network with an out-of-network benefit: priced at what Original Medicare would pay the center. */
export function advantageOutOfNetwork(request: EstimateRequest, center: CenterConfig): boolean {
  return isMedicareAdvantage(request) && networkFor(request.coverage, center) === 'out' && request.coverage.outOfNetworkCovered !== false;
}

/**
 * A center without a contract with the plan must accept as payment in full what it could collect under Original
 * Medicare (42 CFR 422.214; Social Security Act 1852(k)(1)): that amount is allowed, and nothing is balance billed.
 */
export function priceAdvantageOutOfNetwork(ctx: Context): PricedDay[] {
  const perDiem = medicarePerDiem(ctx);
  ctx.warnings.push({
    code: 'medicare-advantage-out-of-network',
    message: `Out of network, ${ctx.center.name} must accept what Original Medicare would pay it as payment in full: your plan's out-of-network cost sharing applies to that amount, and you can't be billed the rest of the charge.`,
    params: { center: ctx.center.name },
  });
  return priceMedicareDays(ctx.schedule.days, ctx.center, perDiem);
}

/**
 * CMS's limit on the plan's maximum for the plan year: in network the mandatory limit, out of network the
 * combined in- and out-of-network limit of a PPO (42 CFR 422.100(f)(4)-(5), 422.101(d)).
 */
export function advantageLimit(ctx: Context, planYearStart: string, network: Network): { limit: Decimal; year: string } | null {
  const entry = ctx.inForce('medicareAdvantageLimits', planYearStart);
  const inNetwork = network === 'in';
  const year = String(entry.year ?? planYearStart.slice(0, 4));
  const amount = inNetwork ? entry.inNetwork : entry.combined;
  if (amount === undefined) {
    addWarning(ctx.warnings, {
      code: 'medicare-advantage-combined-limit-unconfirmed',
      message: `CMS's ${year} limit on a Medicare Advantage plan's costs in and out of network together is not confirmed in our data, so nothing bounds this out-of-network estimate but your plan's own maximum: enter it if you know it.`,
      params: { year },
    });
    return null;
  }
  const limit = money(amount);
  addFigure(ctx.figures, figure(`Medicare Advantage maximum out-of-pocket limit (${inNetwork ? 'in network' : 'in and out of network together'})`, limit.toFixed(2), entry));
  return { limit, year };
}

/** A maximum typed above CMS's limit is an error in what was typed: the limit is used, and said. */
export function cappedAdvantageMaximum(ctx: Context, entered: Decimal, planYearStart: string, network: Network): Decimal {
  const bound = advantageLimit(ctx, planYearStart, network);
  if (!bound || entered.lessThanOrEqualTo(bound.limit)) return entered;
  const { limit, year } = bound;
  addWarning(ctx.warnings, {
    code: 'oop-max-above-medicare-advantage-limit',
    message: `The out-of-pocket maximum you entered (${dollars(entered)}) is above the most a Medicare Advantage plan may have ${network === 'in' ? 'in network' : 'in and out of network together'} in ${year} (${dollars(limit)}); the estimate uses that limit. Check the number in your plan's Evidence of Coverage.`,
    params: { entered: entered.toFixed(2), limit: limit.toFixed(2), year, network },
  });
  return limit;
}

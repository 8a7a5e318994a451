// Self-pay (RULES.md §13): the uninsured, or an insured person choosing to pay as self-pay: the center's self-pay
// (discounted cash) price, less its sliding-scale discount by the household's poverty-guideline percentage.
import type Decimal from 'decimal.js';
import { priceDays, type PricedDay } from '../claims/allowed.ts';
import type { SlidingScaleBand } from '../center/center-config.ts';
import { selfPayLimitedBy, selfPayLimitWarning } from '../center/participation.ts';
import { min, money, percentOf, toCents, ZERO } from '../money.ts';
import { povertyLevel } from '../reference/poverty.ts';
import { centerFigure, formatPercent, unitName, type Context, type Priced } from './context.ts';
import { bandFor } from './sliding-scale.ts';

export function priceSelfPay(ctx: Context): Priced {
  const { request, center, warnings } = ctx;
  const price = money(center.rates.selfPayPerUnit);
  centerFigure(ctx, `Self-pay price per ${unitName(ctx)}`, price);
  const priced = priceDays(ctx.schedule.days, center, price, false);
  const limitedBy = selfPayLimitedBy(request, center);
  if (limitedBy) warnings.push(selfPayLimitWarning(limitedBy, center));
  else if (request.coverage.planType !== 'uninsured') {
    warnings.push({ code: 'self-pay-not-counted', message: 'Paying as self-pay, your plan is not billed: what you pay does not count toward its deductible or out-of-pocket maximum.' });
  }

  let slidingScale: Priced['slidingScale'];
  let band = null;
  const bands = center.slidingScale?.bands;
  if (bands && request.household) {
    const startDate = priced[0]?.date ?? '';
    const level = povertyLevel(request.household, startDate, ctx);
    const match = bandFor(bands, level.percent);
    band = match.band;
    slidingScale = { povertyPercent: formatPercent(level.percent), band: match.number, ...(band.label ? { label: band.label } : {}) };
  } else if (bands) {
    warnings.push({
      code: 'household-needed',
      message: `${center.name} has a sliding scale: enter household size and income to see if you qualify for a lower price.`,
      params: { for: 'sliding-scale', center: center.name },
    });
  }
  return { lines: selfPayDays(priced, band).map((day) => ({ ...day, deductible: ZERO, coinsurance: ZERO, copay: ZERO, notCovered: ZERO, planPays: ZERO, selfPay: day.patient, supplementPays: ZERO })), resets: [], ...(slidingScale ? { slidingScale } : {}) };
}

export interface SelfPayDay extends PricedDay {
  /** The day's self-pay price before any discount (its "allowed" amount). */
  selfPayPrice: Decimal;
  slidingScaleDiscount: Decimal;
  /** What the person owes for the day. */
  patient: Decimal;
}

/** Each day's self-pay line: price, sliding discount (rounded half-up per line), and what is owed. */
export function selfPayDays(days: readonly PricedDay[], band: SlidingScaleBand | null): SelfPayDay[] {
  return days.map((day) => {
    const price = day.allowed;
    let discount = ZERO;
    if (band?.feePerUnit !== undefined) {
      // A fixed fee replaces the price, never raises it.
      discount = price.minus(min(toCents(money(band.feePerUnit).times(day.units)), price));
    } else if (band?.discountPercent !== undefined) {
      discount = toCents(percentOf(price, band.discountPercent));
    }
    return { ...day, selfPayPrice: price, slidingScaleDiscount: discount, patient: price.minus(discount) };
  });
}

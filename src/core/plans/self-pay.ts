// Uninsured, or insured and choosing to pay as self-pay: the self-pay price less the sliding scale.
import { priceDays } from '../allowed.ts';
import { money, ZERO } from '../money.ts';
import { selfPayLimitedBy, selfPayLimitWarning } from '../participation.ts';
import { povertyLevel } from '../poverty.ts';
import { selfPayDays } from '../self-pay.ts';
import { bandFor } from '../sliding-scale.ts';
import { centerFigure, formatPercent, unitName, type Context, type Priced } from './context.ts';

export function priceSelfPay(ctx: Context): Priced {
  const { request, center, warnings, figures } = ctx;
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
    const level = povertyLevel(request.household, startDate, ctx.data, warnings, figures);
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

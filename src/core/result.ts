// The result in the public contract: totals of the rounded day lines, weeks, discounts and the payment plan.
import type Decimal from 'decimal.js';
import { dollars, formatAmount, percentOf, sum, toCents, ZERO } from './money.ts';
import { planPaymentSchedule } from './payment/payment-terms.ts';
import { usesSelfPay, type Context, type Line, type Priced } from './coverage/context.ts';
import type { EstimateResult } from './schemas.ts';
import { totalUnits } from './claims/units.ts';

const SUMMED = ['charge', 'allowed', 'planPays', 'supplementPays', 'deductible', 'coinsurance', 'copay', 'balanceBilled', 'notCovered', 'selfPay', 'slidingScaleDiscount', 'patient'] as const;
type Totals = Record<(typeof SUMMED)[number], Decimal>;

/** The program's totals: sums of the rounded day lines, so every line and the total agree to the cent. */
function sumLines(lines: readonly Line[]): Totals {
  const totals = Object.fromEntries(SUMMED.map((field) => [field, ZERO])) as Totals;
  for (const line of lines) {
    for (const field of SUMMED) {
      if (!line[field].isZero()) totals[field] = totals[field].plus(line[field]);
    }
  }
  return totals;
}

export function buildResult(ctx: Context, priced: Priced, startDate: string): EstimateResult {
  const { request, center, warnings, figures } = ctx;
  const lines = priced.lines;
  const totals = sumLines(lines);
  const selfPay = totals.selfPay;

  // Paid-in-full discount: self-pay only, taken off the total when the person pays up front.
  let paidInFullDiscount = ZERO;
  let paidInFullOffer: EstimateResult['paidInFullOffer'];
  const pifPercent = center.paidInFullDiscountPercent;
  if (usesSelfPay(request) && pifPercent && selfPay.greaterThan(0)) {
    const discount = toCents(percentOf(selfPay, pifPercent));
    paidInFullOffer = { discountPercent: pifPercent, discount: formatAmount(discount), total: formatAmount(selfPay.minus(discount)) };
    if (request.paidInFull) paidInFullDiscount = discount;
    else warnings.push({ code: 'paid-in-full-offer', message: `Paying in full before the program starts saves ${pifPercent}% (${dollars(discount)}).`, params: { percent: pifPercent, amount: formatAmount(discount) } });
  }
  const patientTotal = totals.patient.minus(paidInFullDiscount);

  const weeks = new Map<number, { start: string; patient: Decimal; planPays: Decimal }>();
  for (const line of lines) {
    const week = weeks.get(line.week) ?? { start: line.date, patient: ZERO, planPays: ZERO };
    weeks.set(line.week, { start: week.start, patient: week.patient.plus(line.patient), planPays: week.planPays.plus(line.planPays) });
  }

  const paymentPlan = request.paymentPlan
    ? planPaymentSchedule(request.paymentPlan, request.paidInFull === true, center, patientTotal, startDate, warnings)
    : undefined;

  return {
    units: totalUnits(ctx.schedule.days).toNumber(),
    unitKind: ctx.schedule.unitKind,
    serviceDays: ctx.schedule.days.length,
    grossCharges: formatAmount(totals.charge),
    allowed: formatAmount(totals.allowed),
    planPays: formatAmount(totals.planPays),
    supplementPays: formatAmount(totals.supplementPays),
    patient: {
      total: formatAmount(patientTotal),
      deductible: formatAmount(totals.deductible),
      coinsurance: formatAmount(totals.coinsurance),
      copay: formatAmount(totals.copay),
      balanceBilled: formatAmount(totals.balanceBilled),
      notCovered: formatAmount(totals.notCovered),
      selfPay: formatAmount(selfPay),
      slidingScaleDiscount: formatAmount(totals.slidingScaleDiscount),
      paidInFullDiscount: formatAmount(paidInFullDiscount),
    },
    weekly: [...weeks.entries()].map(([week, w]) => ({ week, start: w.start, patient: formatAmount(w.patient), planPays: formatAmount(w.planPays) })),
    planYearResets: priced.resets,
    ...(priced.resets.length ? { planYears: byPlanYear(lines, priced.resets) } : {}),
    ...(priced.range ? { range: rangeOf(priced.range) } : {}),
    ...(priced.slidingScale ? { slidingScale: priced.slidingScale } : {}),
    ...(priced.milestones ? { milestones: priced.milestones } : {}),
    ...(paidInFullOffer ? { paidInFullOffer } : {}),
    ...(paymentPlan ? { paymentPlan } : {}),
    warnings,
    figures,
  };
}

/**
 * A program that crosses a plan year: what the person pays in each (the deductible and maximum start over), so
 * the total can be shown by year where it is shown. Sums of the rounded day lines, as the total is.
 */
function byPlanYear(lines: readonly Line[], resets: readonly string[]): NonNullable<EstimateResult['planYears']> {
  const starts = [lines[0]?.date ?? resets[0]!, ...resets];
  return starts.map((from, i) => {
    const until = starts[i + 1];
    const inYear = lines.filter((line) => line.date >= from && (!until || line.date < until));
    return { from, patient: formatAmount(sum(inYear.map((line) => line.patient))) };
  });
}

/** The range's ends and, when there is one, the labelled middle figure of a typical plan (RULES.md §9). */
function rangeOf(range: NonNullable<Priced['range']>): NonNullable<EstimateResult['range']> {
  const { low, high, typical } = range;
  return { low: formatAmount(low), high: formatAmount(high), ...(typical ? { typical: formatAmount(typical.total), typicalPlan: typical.plan } : {}) };
}

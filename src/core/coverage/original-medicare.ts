// RULES.md §10: Original Medicare (Part B): the center's per diem, the year's Part B deductible, 20% coinsurance and no
// out-of-pocket maximum; Medigap and QMB then pay some or all of the person's share (medicare-supplements.ts).
import type Decimal from 'decimal.js';
import { adjudicate, type CostSharingTerms } from '../claims/adjudicate.ts';
import { priceMedicareDays } from '../claims/allowed.ts';
import { addFigure, figure } from '../reference/figures.ts';
import { min, money } from '../money.ts';
import { CALENDAR_YEAR } from '../claims/plan-year.ts';
import { centerSource, milestonesOf, oopMetAtStart, reportAdjudication, type Context, type Priced } from './context.ts';
import { withSupplement } from './medicare-supplements.ts';
import { hasYearlyLimit } from '../schemas.ts';

/** What Original Medicare pays the center per day, by the day's intensity, from its configuration (listed as a figure). */
export function medicarePerDiem(ctx: Context): { threeServices: Decimal; fourOrMoreServices: Decimal } {
  const { center, figures, warnings } = ctx;
  const medicare = center.medicare!;
  const perDiem = { threeServices: money(medicare.perDiem.threeServices), fourOrMoreServices: money(medicare.perDiem.fourOrMoreServices) };
  const source = medicare.source ?? centerSource(center);
  const setting = medicare.setting === 'hospital' ? 'hospital outpatient department' : 'community mental health center';
  addFigure(figures, { name: `Medicare IOP per diem, 3 services (${setting})`, value: perDiem.threeServices.toFixed(2), year: null, source });
  addFigure(figures, { name: `Medicare IOP per diem, 4 or more services (${setting})`, value: perDiem.fourOrMoreServices.toFixed(2), year: null, source });
  warnings.push({ code: 'medicare-rate-from-center', message: `What Medicare pays per day comes from ${center.name}'s own figures, not from a CMS table.`, params: { center: center.name } });
  return perDiem;
}

export function priceOriginalMedicare(ctx: Context): Priced {
  const { request, center, figures } = ctx;
  const priced = priceMedicareDays(ctx.schedule.days, center, medicarePerDiem(ctx));
  const partBFor = (pyStart: string) => {
    const entry = ctx.inForce('medicarePartB', pyStart);
    addFigure(figures, figure('Medicare Part B deductible', money(entry.deductible).toFixed(2), entry));
    addFigure(figures, figure('Medicare Part B coinsurance (%)', String(entry.coinsurancePercent), entry, entry.coinsuranceSource));
    return entry;
  };
  const firstYear = partBFor(priced[0] ? `${priced[0].date.slice(0, 4)}-01-01` : '');
  const terms: CostSharingTerms = {
    deductibleFor: (pyStart) => money(partBFor(pyStart).deductible),
    coinsurancePercent: money(firstYear.coinsurancePercent),
    copayPerUnit: null,
    copayBeforeDeductible: false,
    oopMaxFor: () => null, // Original Medicare has no out-of-pocket maximum.
    planYearStart: CALENDAR_YEAR,
  };
  const deductibleMet = min(money(request.coverage.deductibleMet ?? 0), money(firstYear.deductible));
  const supplement = request.coverage.supplement ?? 'none';
  // What the person paid toward the Part B deductible also counts toward a Medigap plan's yearly limit.
  const oopMet = hasYearlyLimit(supplement) ? oopMetAtStart(ctx, deductibleMet, request.coverage.oopMet, 'coverage') : deductibleMet;
  const result = adjudicate(priced, terms, { deductibleMet, oopMet });
  reportAdjudication(ctx, result.resets, null, null);

  const lines = withSupplement(ctx, result.days, supplement, oopMet);
  return { lines, resets: result.resets, milestones: milestonesOf(result) };
}

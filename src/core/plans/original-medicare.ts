// RULES.md §10: Original Medicare (Part B): the center's per diem, the year's Part B deductible, 20% coinsurance and no
// out-of-pocket maximum; Medigap and QMB then pay some or all of the person's share.
import { adjudicate, type AdjudicatedDay, type CostSharingTerms } from '../adjudicate.ts';
import { priceMedicareDays } from '../allowed.ts';
import { addFigure, addWarning, figure, inForceOn } from '../figures.ts';
import { min, money, ZERO } from '../money.ts';
import { CALENDAR_YEAR } from '../plan-year.ts';
import { asLines, centerSource, milestonesOf, reportAdjudication, type Context, type Line, type Priced } from './context.ts';

export function priceOriginalMedicare(ctx: Context): Priced {
  const { request, center, data, warnings, figures } = ctx;
  const medicare = center.medicare!;
  const perDiem = { threeServices: money(medicare.perDiem.threeServices), fourOrMoreServices: money(medicare.perDiem.fourOrMoreServices) };
  const source = medicare.source ?? centerSource(center);
  const setting = medicare.setting === 'hospital' ? 'hospital outpatient department' : 'community mental health center';
  addFigure(figures, { name: `Medicare IOP per diem, 3 services (${setting})`, value: perDiem.threeServices.toFixed(2), year: null, source });
  addFigure(figures, { name: `Medicare IOP per diem, 4 or more services (${setting})`, value: perDiem.fourOrMoreServices.toFixed(2), year: null, source });
  warnings.push({ code: 'medicare-rate-from-center', message: `What Medicare pays per day comes from ${center.name}'s own figures, not from a CMS table.`, params: { center: center.name } });

  const priced = priceMedicareDays(ctx.schedule.days, center, perDiem);
  const partBFor = (pyStart: string) => {
    const { entry, warning } = inForceOn(data.medicarePartB, pyStart);
    addWarning(warnings, warning);
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
  const result = adjudicate(priced, terms, { deductibleMet, oopMet: ZERO });
  reportAdjudication(ctx, result.resets, null, null);

  const supplement = request.coverage.supplement ?? 'none';
  if (supplement === 'none') {
    warnings.push({ code: 'medicare-no-maximum', message: 'Original Medicare has no out-of-pocket maximum: the 20% coinsurance continues for the whole program unless a Medigap plan or other coverage pays it.' });
  } else {
    warnings.push({ code: `supplement-${supplement}`, message: supplementMessage(supplement) });
  }
  return { lines: result.days.map((day) => applySupplement(day, supplement)), resets: result.resets, milestones: milestonesOf(result) };
}

function supplementMessage(supplement: 'medigap-coinsurance' | 'medigap-full' | 'qmb'): string {
  switch (supplement) {
    case 'medigap-coinsurance': return 'Your Medigap plan pays the Part B coinsurance; you pay the Part B deductible.';
    case 'medigap-full': return 'Your Medigap plan pays the Part B deductible and coinsurance (plans C and F, for people eligible for Medicare before 2020).';
    case 'qmb': return 'As a Qualified Medicare Beneficiary you owe nothing for Medicare-covered services: providers may not bill you the deductible or coinsurance.';
  }
}

function applySupplement(day: AdjudicatedDay, supplement: 'none' | 'medigap-coinsurance' | 'medigap-full' | 'qmb'): Line {
  const [line] = asLines([day]) as [Line];
  if (supplement === 'none') return line;
  const covered = supplement === 'medigap-coinsurance' ? day.coinsurance : day.deductible.plus(day.coinsurance);
  return {
    ...line,
    deductible: supplement === 'medigap-coinsurance' ? day.deductible : ZERO,
    coinsurance: ZERO,
    patient: day.patient.minus(covered),
    planPays: day.planPays.plus(covered),
    supplementPays: covered,
  };
}

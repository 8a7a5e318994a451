// The estimate: validates a request and a center configuration, prices the program and adjudicates
// it for the person's plan type, then adds the sliding scale, discounts and payment plan.
import type Decimal from 'decimal.js';
import { adjudicate, type AdjudicatedDay, type CostSharingTerms } from './adjudicate.ts';
import { inNetworkRate, networkFor, outOfNetworkRate, priceDays, priceMedicareDays, servicesThatDay, type PricedDay } from './allowed.ts';
import { CenterConfigSchema, EstimateRequestSchema, type CenterConfig, type EstimateRequest, type EstimateResult, type Figure, type Warning } from './schemas.ts';
import { addFigure, addWarning, figure, inForceOn } from './figures.ts';
import { costSharingReductionLimit, legalOopLimit } from './cost-sharing-reductions.ts';
import { today } from './dates.ts';
import { adjudicateMedicaid, medicaidCap } from './medicaid.ts';
import { formatAmount, min, money, percentOf, sum, toCents, ZERO } from './money.ts';
import { planPaymentSchedule } from './payment-terms.ts';
import { CALENDAR_YEAR } from './plan-year.ts';
import { povertyLevel } from './poverty.ts';
import { referenceData as shippedData, type ReferenceData } from './reference-data.ts';
import { selfPayDays } from './self-pay.ts';
import { bandFor } from './sliding-scale.ts';
import { schedule, totalUnits, type Schedule } from './units.ts';
import { describeErrors, toFieldErrors, type FieldError } from './validation.ts';
import exampleCenter from '../../data/centers/example.json';

export type EstimateOutcome = { ok: true; result: EstimateResult } | { ok: false; errors: FieldError[] };

export interface EstimateOptions {
  /** Reference figures to use instead of the ones shipped in data/ (tests, or a newer year). */
  referenceData?: ReferenceData;
  /** The date a program without a start date starts on (default: today, UTC). */
  today?: string;
}

/** The embedded default: a fictional example center, labelled as such in every result. */
export const EXAMPLE_CENTER = exampleCenter as unknown;

/** Checks a center configuration; errors name the field, prefixed "center.". */
export function parseCenterConfig(config: unknown): { ok: true; center: CenterConfig } | { ok: false; errors: FieldError[] } {
  const parsed = CenterConfigSchema.safeParse(config);
  return parsed.success ? { ok: true, center: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues, config, 'center') };
}

/** Checks an estimate request; errors name the field ("coverage.deductible"). */
export function parseRequest(request: unknown): { ok: true; request: EstimateRequest } | { ok: false; errors: FieldError[] } {
  const parsed = EstimateRequestSchema.safeParse(request);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues, request) };
}

/** Never throws: bad input comes back as field errors. */
export function estimate(request: unknown, center: unknown = EXAMPLE_CENTER, options: EstimateOptions = {}): EstimateOutcome {
  const centerParsed = parseCenterConfig(center);
  const requestParsed = parseRequest(request);
  const errors = [...(centerParsed.ok ? [] : centerParsed.errors), ...(requestParsed.ok ? [] : requestParsed.errors)];
  if (!centerParsed.ok || !requestParsed.ok) return { ok: false, errors };
  try {
    return computeEstimate(requestParsed.request, centerParsed.center, options);
  } catch (error) {
    return { ok: false, errors: [{ field: '(estimate)', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** One priced and adjudicated service day, whatever the plan type. */
interface Line extends AdjudicatedDay {
  selfPay: Decimal;
  slidingScaleDiscount: Decimal;
  /** What a Medigap plan or Medicaid (for a QMB) pays of the person's Medicare cost sharing. */
  supplementPays: Decimal;
}

interface Context {
  request: EstimateRequest;
  center: CenterConfig;
  data: ReferenceData;
  schedule: Schedule;
  warnings: Warning[];
  figures: Figure[];
}

interface Priced {
  lines: Line[];
  resets: string[];
  range?: { low: Decimal; high: Decimal };
  slidingScale?: EstimateResult['slidingScale'];
}

function computeEstimate(request: EstimateRequest, center: CenterConfig, options: EstimateOptions): EstimateOutcome {
  const data = options.referenceData ?? shippedData;
  const startDate = request.program.startDate ?? options.today ?? today();
  const warnings: Warning[] = [];
  const figures: Figure[] = [];
  if (center.example) {
    warnings.push({ code: 'example-center', message: `These prices are those of "${center.name}", a fictional example, not a real treatment center.` });
  }
  const sched = schedule(request.program, startDate, center.billing.unit, center.billing.hoursPerDay);
  const ctx: Context = { request, center, data, schedule: sched, warnings, figures };
  hoursWarnings(ctx);

  const missing = missingCenterFigure(ctx);
  if (missing) return { ok: false, errors: [missing] };

  const priced = priceForPlan(ctx);
  return { ok: true, result: buildResult(ctx, priced, startDate) };
}

function usesSelfPay(request: EstimateRequest): boolean {
  return request.coverage.planType === 'uninsured' || request.coverage.selfPay === true;
}

function isOriginalMedicare(request: EstimateRequest): boolean {
  return request.coverage.planType === 'medicare' && request.coverage.medicarePlan !== 'advantage';
}

function priceForPlan(ctx: Context): Priced {
  if (usesSelfPay(ctx.request)) return priceSelfPay(ctx);
  if (ctx.request.coverage.planType === 'medicaid') return priceMedicaid(ctx);
  if (isOriginalMedicare(ctx.request)) return priceOriginalMedicare(ctx);
  return priceCommercial(ctx);
}

/** A plan type the center has not configured can't be estimated: say which setting is missing. */
function missingCenterFigure(ctx: Context): FieldError | null {
  if (usesSelfPay(ctx.request)) return null;
  if (ctx.request.coverage.planType === 'medicaid' && !ctx.center.medicaid) {
    return { field: 'center.medicaid', message: `${ctx.center.name} has not set the Medicaid rate it is paid (medicaid.perUnit), so a Medicaid estimate can't be made.` };
  }
  if (isOriginalMedicare(ctx.request) && !ctx.center.medicare) {
    return { field: 'center.medicare', message: `${ctx.center.name} has not set what Original Medicare pays it per day (medicare.perDiem), so a Medicare estimate can't be made.` };
  }
  return null;
}

function hoursWarnings({ request, schedule: sched, warnings }: Context): void {
  const hours = request.program.hoursPerWeek;
  if (hours >= 20) {
    warnings.push({ code: 'partial-hospitalization-hours', message: `${hours} hours a week is the intensity of partial hospitalization (20 or more), which plans cover and price differently from an IOP.` });
  } else if (hours < 9) {
    warnings.push({ code: 'below-iop-hours', message: `${hours} hours a week is below the usual adult IOP minimum of 9 hours (6 for adolescents); a plan may treat it as ordinary outpatient therapy.` });
  }
  if (request.coverage.planType === 'medicare' && hours < 9) {
    warnings.push({ code: 'medicare-hours-below-9', message: 'Medicare covers IOP only when a physician certifies a need for at least 9 hours of services a week.' });
  }
  if (isOriginalMedicare(request) && sched.days.some((day) => servicesThatDay(day).lessThan(3))) {
    warnings.push({ code: 'medicare-fewer-than-3-services', message: 'Days with fewer than 3 hours of services may not be paid by Medicare as IOP days; the estimate prices them as 3-service days.' });
  }
}

function centerSource(center: CenterConfig): string {
  return `${center.name} configuration`;
}

function centerFigure(ctx: Context, name: string, value: Decimal): void {
  addFigure(ctx.figures, { name, value: value.toFixed(2), year: null, source: centerSource(ctx.center) });
}

function asLines(days: readonly AdjudicatedDay[]): Line[] {
  return days.map((day) => ({ ...day, selfPay: ZERO, slidingScaleDiscount: ZERO, supplementPays: ZERO }));
}

function unitName(ctx: Context): string {
  return ctx.center.billing.unit === 'day' ? 'day' : 'hour';
}

// ---- Private, ACA and Medicare Advantage (ESTIMATION.md sections 3 and 4) ----

function priceCommercial(ctx: Context): Priced {
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
      });
    }
  }
  return { lines: asLines(main.days), resets: main.resets, ...(range ? { range } : {}) };
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
    ctx.warnings.push({ code: 'household-needed', message: 'A silver Marketplace plan may have a lower out-of-pocket maximum (cost-sharing reductions) if household income is 100-250% of the poverty line: enter household size and income to check.' });
    return null;
  }
  const firstDay = priced[0]?.date ?? '';
  const previousYear = `${Number(firstDay.slice(0, 4)) - 1}-07-01`;
  const level = povertyLevel(household, previousYear, ctx.data, ctx.warnings, ctx.figures);
  if (level.percent.lessThan(100) || level.percent.greaterThan(250)) return null;
  ctx.warnings.push({
    code: 'cost-sharing-reduction',
    message: `At ${formatPercent(level.percent)}% of the poverty line a silver Marketplace plan has cost-sharing reductions: its out-of-pocket maximum is lower, and the estimate uses the reduced limit.`,
  });
  return level.percent;
}

function reportAdjudication(ctx: Context, resets: readonly string[], oopMaxReachedOn: string | null, network: 'in' | 'out' | null): void {
  for (const reset of resets) {
    ctx.warnings.push({ code: 'plan-year-reset', message: `Your plan year starts over on ${reset}: the deductible${network ? ' and out-of-pocket maximum start' : ' starts'} again from zero, so some costs repeat.` });
  }
  if (oopMaxReachedOn) {
    ctx.warnings.push({ code: 'oop-max-reached', message: `You would reach your out-of-pocket maximum on ${oopMaxReachedOn}; after that the plan pays the whole allowed amount for the rest of the plan year.` });
  }
}

// ---- Original Medicare (Part B), Medigap and QMB ----

function priceOriginalMedicare(ctx: Context): Priced {
  const { request, center, data, warnings, figures } = ctx;
  const medicare = center.medicare!;
  const perDiem = { threeServices: money(medicare.perDiem.threeServices), fourOrMoreServices: money(medicare.perDiem.fourOrMoreServices) };
  const source = medicare.source ?? centerSource(center);
  const setting = medicare.setting === 'hospital' ? 'hospital outpatient department' : 'community mental health center';
  addFigure(figures, { name: `Medicare IOP per diem, 3 services (${setting})`, value: perDiem.threeServices.toFixed(2), year: null, source });
  addFigure(figures, { name: `Medicare IOP per diem, 4 or more services (${setting})`, value: perDiem.fourOrMoreServices.toFixed(2), year: null, source });
  warnings.push({ code: 'medicare-rate-from-center', message: `What Medicare pays per day comes from ${center.name}'s own figures, not from a CMS table.` });

  const priced = priceMedicareDays(ctx.schedule.days, center, perDiem);
  const partBFor = (pyStart: string) => {
    const { entry, warning } = inForceOn(data.medicarePartB, pyStart);
    addWarning(warnings, warning);
    addFigure(figures, figure('Medicare Part B deductible', money(entry.deductible).toFixed(2), entry));
    addFigure(figures, figure('Medicare Part B coinsurance (%)', String(entry.coinsurancePercent), entry));
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
  return { lines: result.days.map((day) => applySupplement(day, supplement)), resets: result.resets };
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

// ---- Medicaid ----

function priceMedicaid(ctx: Context): Priced {
  const { request, center, data, warnings, figures } = ctx;
  const medicaid = center.medicaid!;
  const perUnit = money(medicaid.perUnit);
  centerFigure(ctx, `Medicaid rate per ${unitName(ctx)}`, perUnit);
  const priced = priceDays(ctx.schedule.days, center, perUnit, false);
  const copayPerUnit = money(request.coverage.copayPerUnit ?? medicaid.copayPerUnit ?? 0);
  const capPeriod = medicaid.capPeriod ?? 'month';
  const household = request.household;
  const startDate = priced[0]?.date ?? '';

  let perServiceLimit: ((allowed: Decimal) => Decimal) | null = null;
  let capPerPeriod: Decimal | null = null;
  if (household) {
    const { entry, warning } = inForceOn(data.medicaidLimits, startDate);
    addWarning(warnings, warning);
    const level = povertyLevel(household, startDate, data, warnings, figures);
    if (level.percent.lessThanOrEqualTo(100)) {
      if (entry.outpatientMaxAtOrBelow100Percent !== undefined) {
        const limit = money(entry.outpatientMaxAtOrBelow100Percent);
        perServiceLimit = () => limit;
        addFigure(figures, figure('Medicaid maximum copay per outpatient service (income at or below 100% of poverty line)', limit.toFixed(2), entry));
      } else if (copayPerUnit.greaterThan(0)) {
        warnings.push({ code: 'medicaid-limit-unconfirmed', message: "The current federal maximum Medicaid copay for incomes at or below the poverty line is not confirmed in our data, so the copay was not checked against it; it is small (about $4 a visit)." });
      }
    } else {
      const percent = level.percent.lessThanOrEqualTo(150) ? entry.outpatientPercentOfPayment101To150 : entry.outpatientPercentOfPaymentAbove150;
      perServiceLimit = (allowed) => toCents(percentOf(allowed, percent));
      addFigure(figures, figure(`Medicaid maximum copay (% of what Medicaid pays, income ${level.percent.lessThanOrEqualTo(150) ? '101-150' : 'above 150'}% of poverty line)`, String(percent), entry));
    }
    capPerPeriod = medicaidCap(money(household.annualIncome), entry.aggregateCapPercentOfIncome, capPeriod);
    addFigure(figures, figure(`Medicaid cost-sharing cap (% of household income per ${capPeriod})`, String(entry.aggregateCapPercentOfIncome), entry));
  } else if (copayPerUnit.greaterThan(0)) {
    warnings.push({ code: 'household-needed', message: 'Medicaid copays are limited by household income, and all of a household\'s Medicaid cost sharing is capped at 5% of its income: enter household size and income to apply those limits.' });
  }
  const days = adjudicateMedicaid(priced, { copayPerUnit, perServiceLimit, capPerPeriod, capPeriod });
  warnings.push({ code: 'medicaid-no-balance-billing', message: 'Centers that take Medicaid accept its payment in full: you can\'t be billed more than the Medicaid copay.' });
  return { lines: asLines(days), resets: [] };
}

// ---- Self-pay, sliding scale ----

function priceSelfPay(ctx: Context): Priced {
  const { request, center, warnings, figures } = ctx;
  const price = money(center.rates.selfPayPerUnit);
  centerFigure(ctx, `Self-pay price per ${unitName(ctx)}`, price);
  const priced = priceDays(ctx.schedule.days, center, price, false);
  if (request.coverage.planType !== 'uninsured') {
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
    warnings.push({ code: 'household-needed', message: `${center.name} has a sliding scale: enter household size and income to see if you qualify for a lower price.` });
  }
  return { lines: selfPayDays(priced, band).map((day) => ({ ...day, deductible: ZERO, coinsurance: ZERO, copay: ZERO, planPays: ZERO, selfPay: day.patient, supplementPays: ZERO })), resets: [], ...(slidingScale ? { slidingScale } : {}) };
}

/** A poverty-guideline percentage for display, two places, half-up. */
function formatPercent(percent: Decimal): string {
  return toCents(percent).toFixed(2);
}

// ---- The result ----

const SUMMED = ['charge', 'allowed', 'planPays', 'supplementPays', 'deductible', 'coinsurance', 'copay', 'balanceBilled', 'selfPay', 'slidingScaleDiscount', 'patient'] as const;
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

function buildResult(ctx: Context, priced: Priced, startDate: string): EstimateResult {
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
    else warnings.push({ code: 'paid-in-full-offer', message: `Paying in full before the program starts saves ${pifPercent}% ($${formatAmount(discount)}).` });
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
      selfPay: formatAmount(selfPay),
      slidingScaleDiscount: formatAmount(totals.slidingScaleDiscount),
      paidInFullDiscount: formatAmount(paidInFullDiscount),
    },
    weekly: [...weeks.entries()].map(([week, w]) => ({ week, start: w.start, patient: formatAmount(w.patient), planPays: formatAmount(w.planPays) })),
    planYearResets: priced.resets,
    ...(priced.range ? { range: { low: formatAmount(priced.range.low), high: formatAmount(priced.range.high) } } : {}),
    ...(priced.slidingScale ? { slidingScale: priced.slidingScale } : {}),
    ...(paidInFullOffer ? { paidInFullOffer } : {}),
    ...(paymentPlan ? { paymentPlan } : {}),
    warnings,
    figures,
  };
}

export { describeErrors };

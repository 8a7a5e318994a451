// The Good Faith Estimate (GFE) for an uninsured or self-pay person, as plain data: every element that
// 45 CFR 149.610 asks of the convening provider, filled from the center's configuration, the request and the
// core's result for it. No DOM, no formatting beyond the contract's decimal strings; a page or a PDF lays it out.
// What each element is and where the rule says it: src/core/documents/GOOD-FAITH-ESTIMATE.md.
//
// Sources (found with the `search` tool; GOOD-FAITH-ESTIMATE.md says what was and was not confirmed):
// - 45 CFR 149.610, added by "Requirements Related to Surprise Billing; Part II", interim final rules,
//   86 FR 55980 (Oct. 7, 2021), CMS-9908-IFC; regulation text at 86 FR 56136-56138; under PHS Act §2799B-6.
//   (a)(2): the "expected charge" for an uninsured (or self-pay) person is the cash-pay rate "reflecting any
//   discounts for such individuals": the expected total here is after the sliding scale and, when the person
//   pays in full, the paid-in-full discount.
//   (b)(1): timing. Scheduled at least 3 business days ahead -> GFE within 1 business day of scheduling; at
//   least 10 business days ahead -> within 3 business days; on request -> within 3 business days of the
//   request; a new GFE when the scope changes, at least 1 business day before the service. Recurring services
//   may share one GFE stating their scope (timeframes, frequency, total number) for up to 12 months.
//   (c)(1): the convening provider's GFE: (i) patient name and date of birth; (ii) the primary service in
//   clear language and its scheduled date; (iii) the itemized list ((A) this provider's items, (B) co-providers');
//   (iv) diagnosis codes, service codes and the expected charge of each item; (v) each provider's name, NPI and
//   TIN and the state and location of the service; (vi)-(vii) the list of items needing separate scheduling, and
//   the disclaimer that separate GFEs will be issued for them, with how to get those (the text read at 86 FR
//   56137 shows (vii) ending with those instructions; that the list itself is (vi) is inferred from the order);
//   (viii) more items may be recommended and scheduled separately; (ix) only an estimate; (x) the right to
//   patient-provider dispute resolution, where to learn how to start it, and that starting it will not affect
//   the quality of care. (x) is the last element of (c)(1) ("; and (x)"): "not a contract" is not one of them,
//   but the CMS standard form's wording, and is printed as the form prints it.
// - 45 CFR 149.620(a)(2)(ii): "substantially in excess" = a provider's total billed charges at least $400 more
//   than that provider's total expected charges on the GFE. Start within 120 calendar days of the initial bill
//   (CMS: "a bill dated within the last 120 calendar days"; its form: "of the date on the original bill").
// - CMS standard form "Good Faith Estimate for Health Care Items and Services" (CMS-10791, OMB 0938-1433):
//   the disclaimers' wording ("not a contract", "save a copy or picture", www.cms.gov/nosurprises,
//   1-800-985-3059).
//
// Every amount comes from, and is checked against, the core's result: the items are the result's self-pay
// prices day by day (priceDays, as the core priced them), the discounts its sliding-scale and paid-in-full
// discounts, and items - discounts must equal result.patient.total to the cent, or no GFE is made.
import { trackCenter } from '../center/track-rates.ts';
import type Decimal from 'decimal.js';
import { priceDays } from '../claims/allowed.ts';
import { isIsoDate, usDate } from '../dates.ts';
import { dollars, formatAmount, min, money, sum, ZERO } from '../money.ts';
import { usesSelfPay } from '../coverage/context.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { EstimateRequest, EstimateResult } from '../schemas.ts';
import { selfPayDays } from '../coverage/self-pay.ts';
import { daysPerWeekFor, schedule, totalUnits, type UnitKind } from '../claims/units.ts';

/** 45 CFR 149.620(a)(2)(ii): a bill at least this much above a provider's expected charges may be disputed. */
export const DISPUTE_THRESHOLD = '400.00';
/** 45 CFR 149.620(c): days, from the initial bill, to start patient-provider dispute resolution. */
export const DISPUTE_DAYS = 120;
export const NO_SURPRISES_URL = 'www.cms.gov/nosurprises';
/** The CMS No Surprises help desk, as printed on CMS's standard GFE form. */
export const NO_SURPRISES_PHONE = '1-800-985-3059';

export interface GoodFaithEstimateInput {
  center: CenterConfig;
  /** Parsed; coverage.planType 'uninsured' or coverage.selfPay true. */
  request: EstimateRequest;
  /** The core's result for this request and center. */
  result: EstimateResult;
  patient: { name?: string; birthDate?: string };
  /** YYYY-MM-DD */
  issuedOn: string;
  /** Which of center.programs this is, for its name, description and service codes. */
  programIndex?: number;
  /** ICD-10 codes, when known. */
  diagnosisCodes?: string[];
}

export type GfeDisclaimerCode =
  | 'separately-scheduled'
  | 'additional-items'
  | 'only-an-estimate'
  | 'dispute-right'
  | 'not-a-contract'
  | 'keep-a-copy';

/** Like a result's warning: English words, and the values in them for saying it in another language. */
export interface GfeDisclaimer {
  code: GfeDisclaimerCode;
  message: string;
  params: Record<string, string | number | boolean>;
}

/** One line per distinct price: the days billing the same units at the same self-pay price. */
export interface GfeItem {
  description: string;
  codes: string[];
  /** Units on this line: days, or hours when the center bills by the hour. */
  quantity: number;
  unit: UnitKind;
  /** The self-pay price per unit. */
  unitPrice: string;
  /** The sum of the line's days, each priced and rounded to the cent as the core does. */
  amount: string;
  /** Service days on this line, and the price of each (= unitPrice x that day's units, rounded to the cent). */
  days: number;
  pricePerDay: string;
}

export type GfeDiscount =
  | { kind: 'sliding-scale'; label: string; amount: string; band: number; bandLabel: string | null; povertyPercent: string }
  | { kind: 'paid-in-full'; label: string; amount: string; percent: number };

export interface GfeSeparateItem {
  name: string;
  code: string | null;
  charge: string | null;
  note: string | null;
}

export interface GoodFaithEstimate {
  issuedOn: string;
  patient: { name: string | null; birthDate: string | null };
  provider: {
    name: string;
    npi: string | null;
    tin: string | null;
    address: { street: string; city: string; state: string; postalCode: string } | null;
    phone: string | null;
  };
  primaryService: {
    /** The track's name, when a track was named. */
    name: string | null;
    description: string;
    firstDay: string;
    lastDay: string;
    /** The recurring scope (149.610(b)): weeks, days a week, hours a week, service days and units. */
    weeks: number;
    daysPerWeek: number;
    hoursPerWeek: number;
    serviceDays: number;
    units: number;
    unitKind: UnitKind;
    codes: string[];
    diagnosisCodes: string[];
  };
  items: GfeItem[];
  discounts: GfeDiscount[];
  /** What the person is expected to pay this provider: result.patient.total. */
  expectedTotal: string;
  /** Items expected to be scheduled and billed apart; show the `separately-scheduled` disclaimer directly above them. */
  separatelyBilled: GfeSeparateItem[];
  disclaimers: GfeDisclaimer[];
  centerText: string | null;
  /** Required elements this GFE lacks (a center without an NPI, a patient without a date of birth, ...). */
  missing: { field: string; message: string }[];
}

export type GoodFaithEstimateRefusal = 'not-self-pay' | 'invalid-input' | 'no-such-program' | 'result-mismatch';

export type GoodFaithEstimateOutcome =
  | { ok: true; estimate: GoodFaithEstimate }
  | { ok: false; reason: GoodFaithEstimateRefusal; message: string };

class Mismatch extends Error {}

export function goodFaithEstimate(given: GoodFaithEstimateInput): GoodFaithEstimateOutcome {
  // The track is the request's when the caller does not name one.
  const input = { ...given, programIndex: given.programIndex ?? given.request.program.track };
  const { center, request } = input;
  if (!usesSelfPay(request)) {
    return {
      ok: false,
      reason: 'not-self-pay',
      message: 'A Good Faith Estimate under 45 CFR 149.610 is for a person who is uninsured or paying as self-pay; this request bills a plan.',
    };
  }
  if (!isIsoDate(input.issuedOn)) return { ok: false, reason: 'invalid-input', message: 'issuedOn must be a real date written YYYY-MM-DD.' };
  if (input.patient.birthDate !== undefined && !isIsoDate(input.patient.birthDate)) {
    return { ok: false, reason: 'invalid-input', message: 'patient.birthDate must be a real date written YYYY-MM-DD.' };
  }
  const track = input.programIndex === undefined ? undefined : center.programs?.[input.programIndex];
  if (input.programIndex !== undefined && !track) {
    return { ok: false, reason: 'no-such-program', message: `${center.name} has no program track number ${input.programIndex} (counting from 0).` };
  }
  try {
    return { ok: true, estimate: assemble(input, track) };
  } catch (error) {
    if (error instanceof Mismatch) return { ok: false, reason: 'result-mismatch', message: error.message };
    throw error;
  }
}

type Track = NonNullable<CenterConfig['programs']>[number];

function assemble(input: GoodFaithEstimateInput, track: Track | undefined): GoodFaithEstimate {
  const { request, result } = input;
  // A track priced apart is priced at its own rates (track-rates.ts), as the estimate it comes from was.
  const center = trackCenter(input.center, input.programIndex);
  const codes = track?.serviceCodes ?? center.billing.codes ?? [];
  const { items, itemsTotal, firstDay, lastDay, slidingDiscount } = priceItems(center, request, result, codes);

  const discounts: GfeDiscount[] = [];
  const sliding = money(result.patient.slidingScaleDiscount);
  if (!sliding.equals(slidingDiscount)) {
    throw new Mismatch(`The sliding-scale discount of the result ($${result.patient.slidingScaleDiscount}) is not the one its band gives ($${formatAmount(slidingDiscount)}).`);
  }
  if (sliding.greaterThan(0)) {
    const scale = result.slidingScale!;
    const bandLabel = center.slidingScale?.bands[scale.band - 1]?.label ?? scale.label ?? null;
    discounts.push({
      kind: 'sliding-scale',
      label: `Sliding-scale discount (${bandLabel ?? `band ${scale.band}`}): household income at ${scale.povertyPercent}% of the federal poverty guideline`,
      amount: formatAmount(sliding),
      band: scale.band,
      bandLabel,
      povertyPercent: scale.povertyPercent,
    });
  }
  const paidInFull = money(result.patient.paidInFullDiscount);
  if (paidInFull.greaterThan(0)) {
    const percent = result.paidInFullOffer?.discountPercent ?? center.paidInFullDiscountPercent ?? 0;
    discounts.push({ kind: 'paid-in-full', label: `Paid-in-full discount (${percent}%), for paying the whole amount before the program starts`, amount: formatAmount(paidInFull), percent });
  }

  // The invariant of the whole document: the lines less the discounts are what the person is expected to pay.
  const expected = itemsTotal.minus(sum(discounts.map((d) => money(d.amount))));
  if (!expected.equals(money(result.patient.total))) {
    throw new Mismatch(`Items $${formatAmount(itemsTotal)} less discounts make $${formatAmount(expected)}, not the result's total $${result.patient.total}.`);
  }
  const expectedTotal = formatAmount(expected);

  const daysPerWeek = daysPerWeekFor(request.program, center.billing.hoursPerDay);
  const phone = center.contact?.phone ?? null;
  const separatelyBilled = (center.separatelyBilled ?? []).map((item) => ({
    name: item.name,
    code: item.code ?? null,
    charge: item.charge === undefined ? null : formatAmount(money(item.charge)),
    note: item.note ?? null,
  }));
  const estimate: GoodFaithEstimate = {
    issuedOn: input.issuedOn,
    patient: { name: input.patient.name ?? null, birthDate: input.patient.birthDate ?? null },
    provider: {
      name: center.name,
      npi: center.npi ?? null,
      tin: center.tin ?? null,
      address: center.address ? { ...center.address } : null,
      phone,
    },
    primaryService: {
      name: track?.name ?? null,
      description: track?.description ?? describeProgram(request.program.weeks, daysPerWeek, request.program.hoursPerWeek),
      firstDay,
      lastDay,
      weeks: request.program.weeks,
      daysPerWeek,
      hoursPerWeek: request.program.hoursPerWeek,
      serviceDays: result.serviceDays,
      units: result.units,
      unitKind: result.unitKind,
      codes: [...codes],
      diagnosisCodes: [...(input.diagnosisCodes ?? [])],
    },
    items,
    discounts,
    expectedTotal,
    separatelyBilled,
    disclaimers: disclaimers(center.name, phone, expectedTotal, input.issuedOn, separatelyBilled.length > 0),
    centerText: center.disclaimer ?? null,
    missing: [],
  };
  estimate.missing = missingElements(estimate);
  return estimate;
}

/**
 * The program's days as the core priced them (RULES.md §1, §2, §13): the same schedule, the self-pay price per
 * unit through priceDays (rounded to the cent per day, never above the charge), grouped by the day's price.
 * Checks the schedule and the prices against the result.
 */
function priceItems(center: CenterConfig, request: EstimateRequest, result: EstimateResult, codes: readonly string[]) {
  if (result.range || !money(result.planPays).isZero() || !money(result.patient.balanceBilled).isZero()) {
    throw new Mismatch('The result is not a self-pay result (it has a plan payment, balance billing or a range).');
  }
  const startDate = request.program.startDate ?? result.weekly[0]?.start;
  if (!startDate) throw new Mismatch('The result has no service days.');
  const sched = schedule(request.program, startDate, center.billing.unit, center.billing.hoursPerDay);
  if (sched.unitKind !== result.unitKind || sched.days.length !== result.serviceDays || !totalUnits(sched.days).equals(result.units)) {
    throw new Mismatch(
      `The result (${result.serviceDays} days, ${result.units} ${result.unitKind} units) is not for this request and center (${sched.days.length} days, ${totalUnits(sched.days).toString()} ${sched.unitKind} units).`,
    );
  }
  const selfPay = money(center.rates.selfPayPerUnit);
  const priced = priceDays(sched.days, center, selfPay, false);
  const unitPrice = min(selfPay, money(center.rates.chargePerUnit));

  const lines = new Map<string, { units: Decimal; days: number; perDay: Decimal; amount: Decimal; dayUnits: Decimal }>();
  for (const day of priced) {
    const key = day.allowed.toFixed(2) + '|' + day.units.toString();
    const line = lines.get(key) ?? { units: ZERO, days: 0, perDay: day.allowed, amount: ZERO, dayUnits: day.units };
    lines.set(key, { ...line, units: line.units.plus(day.units), days: line.days + 1, amount: line.amount.plus(day.allowed) });
  }
  const unit = sched.unitKind;
  const items: GfeItem[] = [...lines.values()].map((line) => ({
    description:
      unit === 'day'
        ? `Intensive outpatient program, per day of treatment (${line.days} ${plural(line.days, 'day')})`
        : `Intensive outpatient program, billed by the hour: ${line.days} ${plural(line.days, 'day')} of ${line.dayUnits.toString()} hours`,
    codes: [...codes],
    quantity: line.units.toNumber(),
    unit,
    unitPrice: formatAmount(unitPrice),
    amount: formatAmount(line.amount),
    days: line.days,
    pricePerDay: formatAmount(line.perDay),
  }));
  const itemsTotal = sum([...lines.values()].map((line) => line.amount));
  if (!itemsTotal.equals(money(result.allowed))) {
    throw new Mismatch(`The self-pay prices of this program come to $${formatAmount(itemsTotal)}, not the result's $${result.allowed}: the result was made with other prices.`);
  }

  // The sliding-scale discount the result's band gives, day by day as the core takes it (RULES.md §13).
  const band = result.slidingScale ? center.slidingScale?.bands[result.slidingScale.band - 1] ?? null : null;
  if (result.slidingScale && !band) throw new Mismatch(`The center has no sliding-scale band ${result.slidingScale.band}.`);
  const slidingDiscount = sum(selfPayDays(priced, band).map((day) => day.slidingScaleDiscount));

  return { items, itemsTotal, firstDay: sched.days[0]!.date, lastDay: sched.days[sched.days.length - 1]!.date, slidingDiscount };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** "Intensive outpatient program: 12 weeks, 3 days a week, 9 hours a week" */
export function describeProgram(weeks: number, daysPerWeek: number, hoursPerWeek: number): string {
  return `Intensive outpatient program: ${weeks} ${plural(weeks, 'week')}, ${daysPerWeek} ${plural(daysPerWeek, 'day')} a week, ${hoursPerWeek} ${plural(hoursPerWeek, 'hour')} a week`;
}

/** The disclaimers 45 CFR 149.610(c)(1) requires, in plain English, in the order the CMS form prints them. */
function disclaimers(center: string, phone: string | null, expectedTotal: string, issuedOn: string, hasSeparateList: boolean): GfeDisclaimer[] {
  const ask = phone ? `ask ${center} at ${phone}` : `ask ${center}`;
  const disputeFrom = formatAmount(money(expectedTotal).plus(DISPUTE_THRESHOLD));
  const list: GfeDisclaimer[] = [];
  if (hasSeparateList) {
    list.push({
      code: 'separately-scheduled',
      message:
        `Separate Good Faith Estimates will be issued upon scheduling or upon request of the items or services listed below. ` +
        `Their diagnosis codes, service codes, expected charges and provider details do not need to be listed here: they will be in those separate estimates. ` +
        `To get one, ${ask}.`,
      params: { center, phone: phone ?? '' },
    });
  }
  list.push(
    {
      code: 'additional-items',
      message: `There may be additional items or services ${center} recommends as part of your care that must be scheduled or requested separately. They are not included in this Good Faith Estimate.`,
      params: { center },
    },
    {
      code: 'only-an-estimate',
      message: `This Good Faith Estimate is only an estimate of the items and services reasonably expected to be furnished, based on what was known on ${usDate(issuedOn)}. Actual items, services or charges may differ from this estimate.`,
      params: { date: issuedOn },
    },
    {
      code: 'dispute-right',
      message:
        `You have the right to dispute the bill if ${center} bills you at least ${dollars(DISPUTE_THRESHOLD)} more than the ${dollars(expectedTotal)} expected on this estimate (that is, ${dollars(disputeFrom)} or more). ` +
        `You can ask ${center} to update the bill, to negotiate it, or for financial help, and you can start the federal patient-provider dispute resolution process. ` +
        `You must start it within ${DISPUTE_DAYS} calendar days (about 4 months) of receiving your first bill; to be safe, count from the date printed on the bill. ` +
        `To learn how, visit ${NO_SURPRISES_URL} or call ${NO_SURPRISES_PHONE}. Starting a dispute will not affect the quality of the care you receive.`,
      params: { center, threshold: DISPUTE_THRESHOLD, expectedTotal, disputeFrom, days: DISPUTE_DAYS, url: NO_SURPRISES_URL, phone: NO_SURPRISES_PHONE },
    },
    {
      code: 'not-a-contract',
      message: `This Good Faith Estimate is not a contract. It does not require you to get these items or services from ${center} or from any other provider named in it.`,
      params: { center },
    },
    {
      code: 'keep-a-copy',
      message: 'Keep a copy or a picture of this Good Faith Estimate. You will need it, with your bill, if you are billed more than this estimate.',
      params: {},
    },
  );
  return list;
}

/** Required elements (149.610(c)(1)(i), (iv), (v)) the inputs could not fill. */
function missingElements(gfe: GoodFaithEstimate): { field: string; message: string }[] {
  const missing: { field: string; message: string }[] = [];
  const need = (absent: boolean, field: string, message: string) => {
    if (absent) missing.push({ field, message });
  };
  need(!gfe.patient.name?.trim(), 'patient.name', "The patient's name is required (45 CFR 149.610(c)(1)(i)).");
  need(!gfe.patient.birthDate, 'patient.birthDate', "The patient's date of birth is required (45 CFR 149.610(c)(1)(i)).");
  need(!gfe.provider.npi?.trim(), 'center.npi', "The provider's National Provider Identifier is required (45 CFR 149.610(c)(1)(v)).");
  need(!gfe.provider.tin?.trim(), 'center.tin', "The provider's Tax Identification Number is required (45 CFR 149.610(c)(1)(v)).");
  need(!gfe.provider.address, 'center.address', 'The state and location where the services are given are required (45 CFR 149.610(c)(1)(v)).');
  need(gfe.primaryService.codes.length === 0, 'center.billing.codes', 'The expected service codes are required (45 CFR 149.610(c)(1)(iv)).');
  need(gfe.primaryService.diagnosisCodes.length === 0, 'diagnosisCodes', 'Applicable diagnosis codes are required when known (45 CFR 149.610(c)(1)(iv)).');
  return missing;
}

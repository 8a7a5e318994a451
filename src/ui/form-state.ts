// What the person has typed, as text, and the estimate request it becomes. Kept apart from the element
// so that it can be tested without a page.
import { hasYearlyLimit } from '../core/schemas.ts';
import { addDays } from '../core/dates.ts';
import type { EstimateRequestInput, Supplement } from '../core/schemas.ts';
import type { CenterConfig } from '../core/center/center-config.ts';
import { cleanAmount } from './format.ts';

export const PLAN_CHOICES = ['private', 'aca', 'medicare', 'medicaid', 'uninsured', 'unsure'] as const;
export type PlanChoice = (typeof PLAN_CHOICES)[number];
/** The person's answer to "how would you pay": '' until they give one (the widget asks before it answers). */
export type PlanAnswer = PlanChoice | '';

/** Plans with a network (and so a choice of insurer and the plan's own numbers). */
export function hasNetworks(state: FormState): boolean {
  return state.planType === 'private' || state.planType === 'aca' || (state.planType === 'medicare' && state.medicarePlan === 'advantage');
}

/** What can help pay each kind of Medicare's cost sharing: a Medigap plan only Original Medicare's; QMB both. */
export function supplementChoices(medicarePlan: FormState['medicarePlan']): readonly Supplement[] {
  return medicarePlan === 'original'
    ? ['none', 'medigap-coinsurance', 'medigap-full', 'medigap-k', 'medigap-l', 'medigap-high-deductible-f', 'medigap-high-deductible-g', 'qmb', 'full-medicaid']
    : ['none', 'qmb', 'full-medicaid'];
}


export interface FormState {
  planType: PlanAnswer;
  /** An insured person choosing to pay as self-pay (counselor mode asks; a shared estimate may carry it). */
  selfPay: boolean;
  payer: string;
  network: 'in' | 'out';
  outOfNetworkCovered: boolean;
  metal: string;
  medicarePlan: 'original' | 'advantage';
  supplement: Supplement;
  weeks: string;
  hoursPerWeek: string;
  daysPerWeek: string;
  /** The center's program track chosen (its index, "" for a program typed by hand): its own rates price it. */
  track: string;
  startDate: string;
  knowsPlan: boolean;
  deductible: string;
  deductibleMet: string;
  coinsurancePercent: string;
  copayPerUnit: string;
  copayBeforeDeductible: boolean;
  oopMax: string;
  oopMet: string;
  planYearStart: string;
  outOfNetworkAllowedPerUnit: string;
  // "More plan details": the plan's own out-of-network terms, family limits and covered days.
  oonDeductible: string;
  oonDeductibleMet: string;
  oonCoinsurance: string;
  oonCopay: string;
  oonOopMax: string;
  oonOopMet: string;
  oonNoMax: boolean;
  oonShared: boolean;
  familyKind: 'embedded' | 'aggregate';
  familyDeductible: string;
  familyDeductibleMet: string;
  familyOopMax: string;
  familyOopMet: string;
  oonFamilyKind: 'embedded' | 'aggregate';
  oonFamilyDeductible: string;
  oonFamilyDeductibleMet: string;
  oonFamilyOopMax: string;
  oonFamilyOopMet: string;
  coveredDaysPerYear: string;
  coveredDaysUsed: string;
  priorAuthorization: '' | 'approved' | 'pending' | 'unknown';
  householdSize: string;
  annualIncome: string;
  state: string;
  /** A parent or caretaker of a child under 19 at home (asked under "Other ways to pay" where a state's Medicaid turns on it). */
  parent: boolean;
  /** The patient's one payment question: a number of months, or what they can pay each month. */
  paymentBy: 'months' | 'budget';
  months: string;
  monthlyBudget: string;
  downPayment: string;
  aprPercent: string;
  paidInFull: boolean;
}

export type FieldName = keyof FormState;

/**
 * The first day after `today` on which the center takes new people (`startDays`, weekdays numbered from Sunday,
 * 0; default Monday): a program priced from a Saturday, or from today in late December, would not be the one a
 * person could join.
 */
export function nextStartDay(today: string, startDays: readonly number[] = [1]): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 Sunday .. 6 Saturday
  return addDays(today, Math.min(...startDays.map((day) => (day - weekday + 6) % 7 + 1)));
}

/** Nothing is chosen for the person: a page can preset `plan-type`, and the counselor's desk starts from its own. */
export function initialState(today: string): FormState {
  return {
    planType: '',
    selfPay: false,
    payer: '',
    network: 'in',
    outOfNetworkCovered: true,
    metal: '',
    medicarePlan: 'original',
    supplement: 'none',
    weeks: '12',
    hoursPerWeek: '9',
    daysPerWeek: '',
    track: '',
    startDate: nextStartDay(today),
    knowsPlan: false,
    deductible: '',
    deductibleMet: '',
    coinsurancePercent: '',
    copayPerUnit: '',
    copayBeforeDeductible: false,
    oopMax: '',
    oopMet: '',
    planYearStart: '',
    outOfNetworkAllowedPerUnit: '',
    oonDeductible: '',
    oonDeductibleMet: '',
    oonCoinsurance: '',
    oonCopay: '',
    oonOopMax: '',
    oonOopMet: '',
    oonNoMax: false,
    oonShared: false,
    familyKind: 'embedded',
    familyDeductible: '',
    familyDeductibleMet: '',
    familyOopMax: '',
    familyOopMet: '',
    oonFamilyKind: 'embedded',
    oonFamilyDeductible: '',
    oonFamilyDeductibleMet: '',
    oonFamilyOopMax: '',
    oonFamilyOopMet: '',
    coveredDaysPerYear: '',
    coveredDaysUsed: '',
    priorAuthorization: '',
    householdSize: '',
    annualIncome: '',
    state: '',
    parent: false,
    paymentBy: 'months',
    months: '',
    monthlyBudget: '',
    downPayment: '',
    aprPercent: '',
    paidInFull: false,
  };
}

/** A number as typed; text that is not a number goes through as text, so the core names the problem. */
function numberOrText(typed: string): number | string | undefined {
  const value = typed.trim();
  if (value === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/** A percentage as people write it: "20", "20%", "20 %". (Not a regular expression: /\s*%\s*$/ backtracks on a long run of spaces.) */
function percent(typed: string): number | string | undefined {
  const text = typed.trimEnd();
  return numberOrText(text.endsWith('%') ? text.slice(0, -1) : typed);
}

function amount(typed: string): string | undefined {
  const value = cleanAmount(typed);
  return value === '' ? undefined : value;
}

/** Leaves out the keys whose value is undefined, as the JSON contract expects. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Family limits as typed. Embedded limits with no amount change nothing and are left out; an aggregate
 * deductible says something even unknown: the person's own deductible does not apply.
 */
function family(kind: FormState['familyKind'], deductible: string, deductibleMet: string, oopMax: string, oopMet: string) {
  const limits = defined({ deductible: amount(deductible), deductibleMet: amount(deductibleMet), oopMax: amount(oopMax), oopMet: amount(oopMet) });
  return Object.keys(limits).length || kind === 'aggregate' ? { kind, ...limits } : undefined;
}

/** Whether the person has said how they would pay; until then the widget shows what is true for everyone. */
export function coverageChosen(state: FormState): state is FormState & { planType: PlanChoice } {
  return state.planType !== '';
}

/** Whether the person pays themselves: without insurance, or an insured person choosing self-pay. */
export function paysThemselves(state: FormState): boolean {
  return state.planType === 'uninsured' || (coverageChosen(state) && state.selfPay);
}

/** Paying themselves at a center with a sliding scale: the household decides their price. */
export function priceByIncome(state: FormState, center: CenterConfig): boolean {
  return paysThemselves(state) && center.slidingScale !== undefined;
}

/** The program as typed. */
function programOf(state: FormState): EstimateRequestInput['program'] {
  return defined({
    weeks: numberOrText(state.weeks),
    hoursPerWeek: numberOrText(state.hoursPerWeek),
    daysPerWeek: numberOrText(state.daysPerWeek),
    track: numberOrText(state.track),
    startDate: state.startDate.trim() || undefined,
  }) as EstimateRequestInput['program'];
}

/**
 * The request the form says. With no coverage chosen yet, only the program, as paid for by the person themselves:
 * the first screen prices it at the center's self-pay price, before any discount.
 */
export function toRequest(state: FormState): EstimateRequestInput {
  if (!coverageChosen(state)) return { program: programOf(state), coverage: { planType: 'uninsured' } };
  const planType = state.planType === 'unsure' ? 'private' : state.planType;
  const knowsPlan = state.knowsPlan && state.planType !== 'unsure';
  const networks = hasNetworks(state);
  const details = networks && knowsPlan;
  const insured = planType !== 'uninsured';
  const originalMedicare = planType === 'medicare' && state.medicarePlan === 'original';
  const coverage = defined({
    planType,
    selfPay: insured && state.selfPay ? true : undefined,
    payer: networks && state.payer ? state.payer : undefined,
    network: networks ? state.network : undefined,
    // Said out of network, or "no out-of-network benefit" (which the comparison's out-of-network row uses).
    outOfNetworkCovered: networks && (state.network === 'out' || !state.outOfNetworkCovered) ? state.outOfNetworkCovered : undefined,
    outOfNetworkAllowedPerUnit: networks ? amount(state.outOfNetworkAllowedPerUnit) : undefined,
    metal: planType === 'aca' && state.metal ? state.metal : undefined,
    medicarePlan: planType === 'medicare' ? state.medicarePlan : undefined,
    supplement: planType === 'medicare' && supplementChoices(state.medicarePlan).includes(state.supplement) ? state.supplement : undefined,
    planYearStart: networks && state.planYearStart.trim() ? state.planYearStart.trim() : undefined,
    deductible: details ? amount(state.deductible) : undefined,
    // Original Medicare: what is already paid toward the Part B deductible (counselor mode asks).
    deductibleMet: details || (originalMedicare && knowsPlan) ? amount(state.deductibleMet) : undefined,
    coinsurancePercent: details ? percent(state.coinsurancePercent) : undefined,
    copayPerUnit: details || planType === 'medicaid' ? amount(state.copayPerUnit) : undefined,
    copayBeforeDeductible: details && state.copayBeforeDeductible ? true : undefined,
    oopMax: details ? amount(state.oopMax) : undefined,
    // Original Medicare with Medigap K, L or a high deductible: what is already paid toward the plan's yearly limit.
    oopMet: details || (originalMedicare && knowsPlan && hasYearlyLimit(state.supplement)) ? amount(state.oopMet) : undefined,
    // With the plan's numbers known, the ones above are its in-network terms and these its out-of-network
    // ones (left empty: unknown, never borrowed from the in-network ones).
    outOfNetwork: details
      ? defined({
          deductible: amount(state.oonDeductible),
          deductibleMet: amount(state.oonDeductibleMet),
          coinsurancePercent: percent(state.oonCoinsurance),
          copayPerUnit: amount(state.oonCopay),
          oopMax: state.oonNoMax ? null : amount(state.oonOopMax),
          oopMet: state.oonNoMax ? undefined : amount(state.oonOopMet),
          accumulators: state.oonShared ? 'shared' : undefined,
          family: family(state.oonFamilyKind, state.oonFamilyDeductible, state.oonFamilyDeductibleMet, state.oonFamilyOopMax, state.oonFamilyOopMet),
        })
      : undefined,
    family: details ? family(state.familyKind, state.familyDeductible, state.familyDeductibleMet, state.familyOopMax, state.familyOopMet) : undefined,
    coveredDaysPerYear: details ? numberOrText(state.coveredDaysPerYear) : undefined,
    coveredDaysUsed: details ? numberOrText(state.coveredDaysUsed) : undefined,
    priorAuthorization: insured && state.priorAuthorization ? state.priorAuthorization : undefined,
  });
  const household = householdComplete(state)
    ? defined({ size: numberOrText(state.householdSize), annualIncome: amount(state.annualIncome), state: state.state, parent: state.parent ? true : undefined })
    : undefined;
  const paymentPlan = defined({
    months: numberOrText(state.months),
    monthlyBudget: amount(state.monthlyBudget),
    downPayment: amount(state.downPayment),
    aprPercent: percent(state.aprPercent),
  });
  return defined({
    program: programOf(state),
    coverage,
    household,
    paymentPlan,
    paidInFull: state.paidInFull ? true : undefined,
  }) as EstimateRequestInput;
}

/** Where the core's field path ("coverage.deductible") is shown in the form. */
export function formField(path: string): FieldName | null {
  if (path in NESTED_FIELDS) return NESTED_FIELDS[path]!;
  const [section, key, more] = path.split('.');
  if (!more && (section === 'program' || section === 'coverage' || section === 'paymentPlan')) {
    return key && key in FIELD_KEYS ? (key as FieldName) : null;
  }
  return null;
}

const NESTED_FIELDS: Record<string, FieldName> = {
  'household.size': 'householdSize',
  'household.annualIncome': 'annualIncome',
  'household.state': 'state',
  'coverage.outOfNetwork.deductible': 'oonDeductible',
  'coverage.outOfNetwork.deductibleMet': 'oonDeductibleMet',
  'coverage.outOfNetwork.coinsurancePercent': 'oonCoinsurance',
  'coverage.outOfNetwork.copayPerUnit': 'oonCopay',
  'coverage.outOfNetwork.oopMax': 'oonOopMax',
  'coverage.outOfNetwork.oopMet': 'oonOopMet',
  'coverage.family.deductible': 'familyDeductible',
  'coverage.family.deductibleMet': 'familyDeductibleMet',
  'coverage.family.oopMax': 'familyOopMax',
  'coverage.family.oopMet': 'familyOopMet',
  'coverage.outOfNetwork.family.deductible': 'oonFamilyDeductible',
  'coverage.outOfNetwork.family.deductibleMet': 'oonFamilyDeductibleMet',
  'coverage.outOfNetwork.family.oopMax': 'oonFamilyOopMax',
  'coverage.outOfNetwork.family.oopMet': 'oonFamilyOopMet',
};

const FIELD_KEYS: Record<string, true> = Object.fromEntries(Object.keys(initialState('2000-01-01')).map((key) => [key, true]));

/** The household is used once all three of its answers are given; until then nothing is asked of it. */
export function householdComplete(state: FormState): boolean {
  return [state.householdSize, state.annualIncome, state.state].every((value) => value.trim() !== '');
}

export function householdStarted(state: FormState): boolean {
  return [state.householdSize, state.annualIncome, state.state].some((value) => value.trim() !== '');
}

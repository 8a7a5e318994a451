// The widget's words, in plain language. English is built in and complete; other languages come from a
// translation module (src/translations/) and fall back to English key by key.
// The core speaks English; a translation can also say its warnings and field messages (README, "Languages").
import { usDate } from '../core/dates.ts';
import type { Supplement, Warning } from '../core/schemas.ts';
import { translationFor } from './translations.ts';

/** The values in a core warning (amounts as decimal strings, dates as YYYY-MM-DD). */
export type WarningParams = NonNullable<Warning['params']>;

/** Amounts and dates written for the widget's language. */
export interface Formatters {
  money(amount: string): string;
  date(isoDate: string): string;
}

/** A core warning said in another language, by its code; English shows the core's own words. */
export type WarningTexts = Partial<Record<string, (params: WarningParams, format: Formatters) => string>>;

const en = {
  title: 'What would this program cost me?',
  intro: 'An estimate in a minute. Nothing you enter leaves this page.',
  exampleCenter: 'Example prices from a fictional center.',

  coverageLegend: 'Your coverage',
  planTypeQuestion: 'How would you pay for treatment?',
  planTypes: {
    private: 'Insurance through work or bought privately',
    aca: 'Marketplace plan (Healthcare.gov or a state exchange)',
    medicare: 'Medicare',
    medicaid: 'Medicaid',
    uninsured: 'No insurance / paying myself',
    unsure: "I'm not sure",
  },
  unsureNote: "We'll show what an employer plan could cost you, from least to most, and what a typical one would. A counselor can check your coverage for you.",
  payer: 'Insurance company',
  payerOther: 'Another company',
  network: 'Is this center in your plan’s network?',
  networkIn: 'In network',
  networkOut: 'Out of network',
  networkHelp: 'In network means the center has a contract with your plan, which usually costs you less.',
  outOfNetworkCovered: 'My plan pays for out-of-network care',
  metal: 'Metal level',
  metals: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', platinum: 'Platinum', catastrophic: 'Catastrophic' },
  medicarePlan: 'Kind of Medicare',
  medicarePlans: { original: 'Original Medicare', advantage: 'Medicare Advantage' },
  supplement: 'Extra coverage with Original Medicare',
  supplementAdvantage: 'Help with Medicare costs',
  supplements: {
    none: 'None',
    'medigap-coinsurance': 'Medigap that pays the 20% coinsurance',
    'medigap-full': 'Medigap plan C or F (pays deductible and coinsurance)',
    'medigap-k': 'Medigap plan K (pays half the coinsurance)',
    'medigap-l': 'Medigap plan L (pays 75% of the coinsurance)',
    'medigap-high-deductible-f': 'Medigap high-deductible plan F',
    'medigap-high-deductible-g': 'Medigap high-deductible plan G',
    qmb: 'Medicaid helps pay my Medicare costs (QMB)',
    'full-medicaid': 'I also have full Medicaid (not QMB)',
  } satisfies Record<Supplement, string>,

  programLegend: 'The program',
  programTrack: 'Program',
  programCustom: 'Custom',
  weeks: 'Weeks',
  weeksHelp: 'Most programs last 6 to 16 weeks.',
  hoursPerWeek: 'Hours a week',
  hoursHelp: 'An IOP is usually 9 to 19 hours a week.',
  startDate: 'Start date',

  jargon: {
    medigapQuestion: 'What are Medigap and QMB?',
    medigap: 'Medigap is insurance you buy to pay part of what Original Medicare leaves to you; its plans go by letters (F, G, K, L). QMB (Qualified Medicare Beneficiary) is a Medicaid program that pays Medicare’s deductible and coinsurance for people with low incomes.',
    sbcQuestion: 'What is a Summary of Benefits and Coverage?',
    sbc: 'A short document every health plan must give you, with its deductible, coinsurance, copays and out-of-pocket maximum. Look for it on your insurer’s website, or ask your employer or your plan.',
  },
  planLegend: 'Your plan’s numbers (optional)',
  planHelp: 'In network, as your Summary of Benefits and Coverage lists them, or ask your plan.',
  dontKnow: "I don't know my plan's numbers: show me a range",
  deductible: 'Deductible',
  deductibleHelp: 'What you pay before your plan starts paying.',
  deductibleMet: 'Already paid toward the deductible this year',
  coinsurance: 'Coinsurance (%)',
  coinsuranceHelp: 'Your share of each bill after the deductible, like 20%.',
  copay: 'Copay per day',
  copayHelp: 'A fixed amount per day of treatment, if your plan has one (with coinsurance too, both apply).',
  oopMax: 'Out-of-pocket maximum',
  oopMaxHelp: 'The most you pay in a plan year; then the plan pays 100%.',
  oopMet: 'Already paid toward the maximum this year',
  oopMetBelowDeductibleMet: (amount: string) => `Can't be less than what was paid toward the deductible, which counts toward the maximum too: the estimate uses ${amount}.`,
  moreDetails: 'More plan details: out of network, family, day limits',
  oonLegend: 'Out of network (the plan’s own terms)',
  oonNoMax: 'No out-of-pocket maximum out of network',
  oonShared: 'In- and out-of-network costs count toward each other',
  familyLegend: 'Family coverage (in network)',
  familyHelp: 'Amounts for the whole family, if you are on a family plan.',
  familyKind: 'How the family deductible works',
  familyKinds: { embedded: 'Each person also has their own deductible', aggregate: 'One deductible for the whole family' },
  familyDeductible: 'Family deductible',
  familyOopMax: 'Family out-of-pocket maximum',
  familyMet: 'Already paid by the family',
  coveredDaysPerYear: 'Program days covered a year',
  coveredDaysHelp: 'If your plan limits them.',
  coveredDaysUsed: 'Days already used',

  householdLegend: 'Your household (optional)',
  householdHelp: 'For a sliding-scale discount, lower Marketplace costs or Medicaid limits. Stays on this page.',
  householdSize: 'People in your household',
  annualIncome: 'Yearly household income',
  state: 'State',
  chooseState: 'Choose a state',
  householdIncomplete: 'Fill in all three to use your household in the estimate.',

  paymentLegend: 'Paying over time',
  paymentMonths: 'Months',
  paymentBy: 'Pay it off by',
  paymentByOptions: { months: 'A number of months', budget: 'What I can pay each month' },
  monthlyAmount: 'What I can pay each month',
  peekBeforeDiscount: 'before any discount by income',
  peekMonthly: (amount: string) => `${amount} a month`,
  monthlyBudget: 'Or: what I can pay each month',
  monthlyBudgetHelp: 'We work out how many months that takes.',
  downPayment: 'Down payment',

  resultHeading: 'Your estimate',
  // Before the person says how they would pay: the center's prices, which are true for everyone.
  pricesHeading: 'This center’s prices, before you choose',
  perUnit: { day: 'a day', hour: 'an hour' },
  selfPayPrice: (per: string) => `Paying yourself, ${per}`,
  selfPayProgram: (weeks: number, days: number) => `Paying yourself, ${weeks} week${weeks === 1 ? '' : 's'} (${days} day${days === 1 ? '' : 's'})`,
  fullCharge: (per: string) => `Full charge ${per}, before any insurance`,
  insuranceLess: 'With insurance you usually pay much less.',
  discountMayApply: 'Paying yourself, a discount by household income may apply.',
  chooseCoverage: 'Choose how you would pay to see your share.',
  householdLegendSelfPay: 'Your household: for a discount by income',
  householdHelpSelfPay: 'The center lowers its price for households with lower incomes. Your answers stay on this page.',
  discountHint: 'A discount by household income may apply: answer the household questions to see it.',
  seeDetails: 'See the details',
  /** A date ("2026-03-02") as written in the US in this language (Intl's "en-US", month: 'short'): Mar 2, 2026. */
  shortDate: usDate,
  youPay: 'You would pay',
  youPayRange: 'You would pay between',
  and: 'and',
  rangeNote: 'A range, because some plan numbers are unknown. Budget for the higher amount.',
  /** A range's middle figure: a typical plan of the person's kind, its numbers standing in only for the unknown ones (RULES.md §9). */
  typicalPlans: { employerPpo: 'a typical employer plan', marketplaceSilver: 'a typical Marketplace silver plan', medicareAdvantage: 'a typical Medicare Advantage plan' },
  /** The typical numbers used, amounts already written: "deductible $1,886, 20% coinsurance, maximum $4,416". */
  typicalTerms: (deductible: string | undefined, coinsurance: number | undefined, oopMax: string | undefined) =>
    [deductible && `deductible ${deductible}`, coinsurance !== undefined && `${coinsurance}% coinsurance`, oopMax && `maximum ${oopMax}`].filter(Boolean).join(', '),
  /** `onlyUnknown`: the person gave some numbers, and the typical plan's stand in for the others only. */
  typicalLine: (plan: string, outOfNetwork: boolean, terms: string, amount: string, onlyUnknown: boolean) => {
    const named = `${plan}${outOfNetwork ? ' out of network' : ''}`;
    return `${onlyUnknown ? `With the numbers of ${named} where yours are unknown` : `With ${named}`} (${terms}): about ${amount}.`;
  },
  typicalNotYours: 'Not your plan: its numbers and their sources are under “Figures used”.',
  planPays: 'Your plan pays',
  /** `withMaximum`: the plan has an out-of-pocket maximum that starts over too (Original Medicare has none). */
  planYearsIntro: (withMaximum: boolean, atMost: boolean) =>
    `It crosses a plan year, and your deductible${withMaximum ? ' and maximum start' : ' starts'} over${atMost ? '. At most:' : ':'}`,
  planYearPart: (from: string, amount: string, first: boolean) => (first ? `${amount} from ${from};` : `${amount} from ${from}.`),
  forProgram: (weeks: number, days: number) => `for ${weeks} week${weeks === 1 ? '' : 's'}, ${days} day${days === 1 ? '' : 's'} of treatment`,
  breakdownHeading: 'Why this amount',
  parts: {
    deductible: 'Deductible',
    coinsurance: 'Coinsurance',
    copay: 'Copays',
    balanceBilled: 'Balance billing (out of network)',
    notCovered: 'Days your plan does not cover',
    selfPay: 'Self-pay price',
    slidingScaleDiscount: 'Sliding-scale discount',
    paidInFullDiscount: 'Paid-in-full discount',
  },
  grossCharges: 'Center’s full charges',
  allowed: 'Amount your plan recognizes',
  /** `percent`: a whole percent; `label`: the center's name for the band, when it has one. */
  slidingScaleNote: (percent: string, band: number, label: string | undefined) =>
    `Household income at ${percent}% of the federal poverty guideline: sliding-scale band ${label ? `“${label}”` : band}.`,
  /** Self-pay, the first line of the breakdown: the price before any discount. */
  priceBeforeDiscounts: 'Price (the center’s self-pay price)',
  /** The breakdown's last line: what is left after the lines above. */
  breakdownTotal: 'You pay',
  /** A range: the worst case's cost sharing in one line, not called "Deductible". */
  costSharingAtMost: (copays: boolean) => `Your deductible, then your ${copays ? 'copays and coinsurance' : 'coinsurance'} — at most`,
  /** Under it: which of the plan's numbers are unknown, and what caps the most it could cost (`maximum` written, if any). */
  unknownTermsNote: (p: WarningParams, maximum: string | undefined) => {
    const parts = [p.deductible && 'deductible', p.share && 'coinsurance or copay', p.oopMax && 'out-of-pocket maximum'].filter(Boolean) as string[];
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'numbers');
    const cap = !maximum ? ', with no maximum known out of network' : p.oopMax ? `, at most ${maximum} a plan year by law` : `, at most ${maximum} a plan year, your plan’s maximum`;
    return `Your plan’s ${p.outOfNetwork ? 'out-of-network ' : ''}${list} ${parts.length === 1 ? 'is' : 'are'} unknown: you would pay up to your deductible, then your coinsurance${cap}.`;
  },

  weeksHeading: 'Week by week',
  weekChartLabel: 'What you pay each week',
  week: 'Week',
  weekOf: 'Week of',
  youPayColumn: 'You pay',
  planPaysColumn: 'Plan pays',
  deductibleMetOn: (date: string) => `Deductible met ${date}`,
  oopReachedOn: (date: string) => `Maximum reached ${date}`,
  notCoveredFrom: (date: string) => `Days not covered from ${date}`,
  showTable: 'Show as a table',
  /** Every week costs the same, so no chart: "You pay $1,050.00 every week for 12 weeks." */
  highEndNote: 'At most: these are the amounts at the high end of your range, with your plan’s unknown numbers at their costliest.',
  everyWeek: (amount: string, weeks: number) => (weeks === 1 ? `You pay ${amount} in the one week.` : `You pay ${amount} every week for ${weeks} weeks.`),
  /** After weekChartLabel and a colon, the chart's name for a screen reader; `at`: the week numbers with the highest amount. */
  weekChartSummary: (highest: string, at: number[], lowest: string, weeks: number) =>
    `at most ${highest} (${
      at.length === 1 ? `week ${at[0]}` : at[at.length - 1]! - at[0]! + 1 === at.length ? `weeks ${at[0]} to ${at[at.length - 1]}` : `${at.length} weeks, from week ${at[0]}`
    }), at least ${lowest}, over ${weeks} weeks`,
  /** The milestones' short names on the chart (the list below it gives their dates). */
  chartMarks: { deductibleMet: 'Deductible met', oopMaxReached: 'Maximum reached', notCoveredFrom: 'Days not covered', planYearStarts: 'New plan year' },
  planYearStartsOn: (date: string) => `New plan year ${date}: deductible and maximum start over`,

  compareHeading: 'Ways to pay',
  options: { 'in-network': 'With your plan, in network', 'out-of-network': 'With your plan, out of network', 'self-pay': 'Paying yourself (self-pay)' },
  cheapest: 'Lowest cost',
  goodFaithEstimateRight: (center: string) => `Paying yourself, you have the right to a written Good Faith Estimate before you start: ask ${center}.`,
  noClearLowest: 'Which costs least depends on your plan’s numbers: the ranges overlap.',

  paymentHeading: 'Payment plan',
  monthlyLine: (amount: string, months: number) => `${amount} a month for ${months} month${months === 1 ? '' : 's'}`,
  downPaymentLine: (amount: string) => `after a down payment of ${amount}`,
  interestLine: (amount: string, apr: number) => `Interest at ${apr}% APR: ${amount} in all.`,
  noInterest: 'No interest.',
  schedule: 'Payment schedule',
  due: 'Due',
  amount: 'Amount',
  paidInFull: (amount: string, percent: number) => `Or pay ${amount} up front (${percent}% off).`,

  notesHeading: 'Good to know',
  figuresHeading: 'Figures used',
  disclaimer:
    'This is an estimate, not a guarantee or a bill. What you pay depends on your plan’s approval, the care you receive and your plan’s current numbers. Check your benefits before you start.',
  contact: 'Talk to a counselor',

  errors: {
    required: 'Enter a value.',
  },
  writeAsUs: 'Write it as in the US: 30,000.50 or 30000.50 (a dot only before the cents).',
  lessThanPaid: "Can't be less than what was already paid toward it.",
  lessThanDeductible: "Can't be less than the deductible.",
  lessThanDaysUsed: "Can't be less than the days already used.",
  warnings: {} as WarningTexts,
  /** The core's messages about a field, keyed by their English words (as gettext does); English shows them as they are. */
  fieldErrors: {} as Partial<Record<string, string>>,
  unavailable: 'Estimates are unavailable right now.',
  callForEstimate: 'Call for an estimate:',
  configError: 'For the site owner: the price list could not be used:',
  moreProblems: (more: number) => `(and ${more} more problem${more === 1 ? '' : 's'}: see the browser console)`,
  sharedOpened: 'Opened from a shared estimate.',
  sharedWithoutPersonal: 'It was shared without personal details: add your household below to see any discount you qualify for.',
  sharedError: 'The estimate in this link could not be opened, so the estimator starts fresh:',
  loading: 'Loading prices…',
  notUpdated: 'Not updated: correct the field with a message above, and the total follows.',
  announce: (amount: string) => `Estimate updated: you would pay ${amount}.`,
  announceRange: (low: string, high: string) => `Estimate updated: you would pay between ${low} and ${high}.`,
};

export type Messages = typeof en;

const merged = new WeakMap<object, Messages>();

/** Whether the widget has words for a language tag ("es-MX" counts as "es"). */
export function hasWords(lang: string): boolean {
  const base = baseLanguage(lang);
  return base === 'en' || translationFor(base) !== undefined;
}

/** The messages for a language tag, English for anything its translation leaves out. */
export function messagesFor(lang: string): Messages {
  const translation = translationFor(baseLanguage(lang));
  if (!translation) return en;
  let messages = merged.get(translation);
  if (!messages) {
    messages = { ...en, ...translation };
    merged.set(translation, messages);
  }
  return messages;
}

/** "es-MX" and "es" are the same language for words; "en" and "es" are not. */
export function sameLanguage(a: string, b: string): boolean {
  return baseLanguage(a) === baseLanguage(b);
}

/**
 * The language tag a page asked for, as a tag the browser understands: without extensions ("es-MX" of
 * "es-MX-u-nu-arab", which would change the digits), the language alone when the rest is malformed ("es" of
 * "es-!!"), undefined when even that is (Intl would throw on it).
 */
export function languageTag(asked: string): string | undefined {
  for (const tag of [asked, asked.split('-')[0]!]) {
    try {
      return new Intl.Locale(tag).baseName;
    } catch {
      // malformed: try the language alone
    }
  }
  return undefined;
}

export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? 'en';
}

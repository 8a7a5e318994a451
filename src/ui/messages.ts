// The widget's words, in plain language. English is built in and complete; other languages come from a
// translation module (src/translations/) and fall back to English key by key.
// The core speaks English; a translation can also say its warnings and field messages (README, "Languages").
import { usDate } from '../core/dates.ts';
import type { Supplement, Warning } from '../core/schemas.ts';
import type { AnswerWords } from './answer-words.ts';
import type { WaysToPayWords } from './ways-to-pay-words.ts';
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
  and: 'and',

  week: 'Week',

  options: { 'in-network': 'With your plan, in network', 'out-of-network': 'With your plan, out of network', 'self-pay': 'Paying yourself (self-pay)' },
  cheapest: 'Lowest cost',
  goodFaithEstimateRight: (center: string) => `Paying yourself, you have the right to a written Good Faith Estimate before you start: ask ${center}.`,

  amount: 'Amount',
  paidInFull: (amount: string, percent: number) => `Or pay ${amount} up front (${percent}% off).`,

  disclaimer:
    'This is an estimate, not a guarantee or a bill. What you pay depends on your plan’s approval, the care you receive and your plan’s current numbers. Check your benefits before you start.',
  contact: 'Talk to a counselor',

  errors: {
    required: 'Enter a value.',
  },
  writeAsUs: 'Write it as in the US: 30,000.50 or 30000.50 (a dot only before the cents).',
  /** The core's messages about a field, keyed by their English words (as gettext does); English shows them as they are. */
  fieldErrors: {} as Partial<Record<string, string>>,
  unavailable: 'Estimates are unavailable right now.',
  callForEstimate: 'Call for an estimate:',
  sharedOpened: 'Opened from a shared estimate.',
  sharedWithoutPersonal: 'It was shared without personal details: add your household below to see any discount you qualify for.',
  sharedError: 'The estimate in this link could not be opened, so the estimator starts fresh:',
  loading: 'Loading prices…',
  notUpdated: 'Not updated: correct the field with a message above, and the total follows.',
};

/**
 * Every word of the widget: the first screen's (above), those of a person's answer (answer-words.ts) and of
 * other ways to pay (ways-to-pay-words.ts).
 */
export type Messages = typeof en & AnswerWords & WaysToPayWords;

/**
 * English, complete once answer-words.ts has loaded (it comes with the answer, and every module that says its
 * words imports it); until then the first screen's words, which are all the first screen says.
 */
const english = en as Messages;
/** English and a translation merged, once per translation (again once English has grown). */
let merged = new WeakMap<object, Messages>();

/** Adds the English words of a module that loads later (answer-words.ts, ways-to-pay-words.ts call it as they load). */
export function addEnglish(words: AnswerWords | WaysToPayWords): void {
  Object.assign(english, words);
  merged = new WeakMap();
}

/** Whether the widget has words for a language tag ("es-MX" counts as "es"). */
export function hasWords(lang: string): boolean {
  const base = baseLanguage(lang);
  return base === 'en' || translationFor(base) !== undefined;
}

/** The messages for a language tag, English for anything its translation leaves out. */
export function messagesFor(lang: string): Messages {
  const translation = translationFor(baseLanguage(lang));
  if (!translation) return english;
  let messages = merged.get(translation);
  if (!messages) {
    messages = { ...english, ...translation };
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

// The words of a person's answer: their total, why this amount, the weeks, the ways to pay, the payment plan, the
// notes and what a field compared with another says. They come with the answer (estimate.js), not with the first
// screen, which shows none of them: on import they complete the English words of messages.ts, and every module
// that says them imports this file. Translations carry them with the rest of their words.
import { addEnglish, type WarningParams, type WarningTexts } from './messages.ts';

const answerWords = {
  oopMetBelowDeductibleMet: (amount: string) => `Can't be less than what was paid toward the deductible, which counts toward the maximum too: the estimate uses ${amount}.`,
  youPay: 'You would pay',
  youPayRange: 'You would pay between',
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
  weekOf: 'Week of',
  youPayColumn: 'You pay',
  planPaysColumn: 'Plan pays',
  deductibleMetOn: (date: string) => `Deductible met ${date}`,
  oopReachedOn: (date: string) => `Maximum reached ${date}`,
  notCoveredFrom: (date: string) => `Days not covered from ${date}`,
  showTable: 'Show as a table',
  highEndNote: 'At most: these are the amounts at the high end of your range, with your plan’s unknown numbers at their costliest.',
  /** Every week costs the same, so no chart: "You pay $1,050.00 every week for 12 weeks." */
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
  noClearLowest: 'Which costs least depends on your plan’s numbers: the ranges overlap.',
  paymentHeading: 'Payment plan',
  monthlyLine: (amount: string, months: number) => `${amount} a month for ${months} month${months === 1 ? '' : 's'}`,
  downPaymentLine: (amount: string) => `after a down payment of ${amount}`,
  interestLine: (amount: string, apr: number) => `Interest at ${apr}% APR: ${amount} in all.`,
  noInterest: 'No interest.',
  schedule: 'Payment schedule',
  due: 'Due',
  notesHeading: 'Good to know',
  /** The disclaimer under a self-pay estimate, which no plan approves (messages.ts `disclaimer` for the others). */
  disclaimerSelfPay: 'This is an estimate, not a guarantee or a bill. What you pay depends on the care you receive and the days you attend.',
  figuresHeading: 'Figures used',
  lessThanPaid: "Can't be less than what was already paid toward it.",
  lessThanDeductible: "Can't be less than the deductible.",
  lessThanDaysUsed: "Can't be less than the days already used.",
  warnings: {} as WarningTexts,
  announce: (amount: string) => `Estimate updated: you would pay ${amount}.`,
  announceRange: (low: string, high: string) => `Estimate updated: you would pay between ${low} and ${high}.`,
};

export type AnswerWords = typeof answerWords;

addEnglish(answerWords);

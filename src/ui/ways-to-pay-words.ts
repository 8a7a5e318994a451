// The words of "Other ways to pay" (ways-to-pay-view.ts): Medicaid, the Marketplace, the center's assistance and
// the national helplines. They come with that module, which only people who may need it load; on import they
// complete the English words of messages.ts. Translations carry them with the rest of their words.
import { addEnglish } from './messages.ts';

const s = (n: number) => (n === 1 ? '' : 's');

const waysWords = {
  waysHeading: 'Other ways to pay',
  waysIntro: 'Options to ask about: none is taken off your estimate above.',
  waysNeedHousehold: 'Enter your household’s size, income and state above to see whether Medicaid or a Marketplace plan may pay for this.',
  medicaidHeading: 'Medicaid',
  /** `who`: the limit that applies, adults' or parents' (parents and caretakers of a child living with them). */
  medicaidLikely: (state: string) => `You may qualify for ${state} Medicaid.`,
  medicaidIfParent: (state: string) => `You may qualify for ${state} Medicaid if you are a parent or caretaker of a child under 19 who lives with you.`,
  medicaidUnlikely: (state: string) => `By income alone, ${state} Medicaid is not likely to cover you.`,
  medicaidIncome: (percent: string, state: string, limit: number, who: 'adults' | 'parents') =>
    `Your household’s income is ${percent}% of the federal poverty guideline; ${state} Medicaid covers ${who === 'adults' ? 'adults' : 'parents and caretakers'} up to ${limit}%.`,
  parentQuestion: 'I’m a parent or caretaker of a child under 19 who lives with me',
  medicaidNoAdults: (state: string) => `${state} has not expanded Medicaid: it does not cover adults without children, whatever their income.`,
  medicaidOtherWays: 'Pregnancy, a disability, or being 65 or older can qualify you at a higher income: ask the state.',
  medicaidCost: (amount: string, center: string) => `With Medicaid, this program would cost you ${amount} at ${center}.`,
  medicaidCenterDoesNot: (center: string) => `${center} does not take Medicaid: FindTreatment.gov (below) lists centers that do.`,
  medicaidRetroactive: (months: number) =>
    months > 0
      ? `Medicaid can pay for care in the ${months} month${s(months)} before the month you apply, if you qualified then.`
      : 'In your state Medicaid pays only from the month you apply: apply before you start.',
  medicaidRetroactiveChange: (date: string, months: number) => `For applications from ${date}, federal law allows only ${months} month${s(months)}: apply sooner.`,
  medicaidApply: 'Apply:',
  stateNotConfirmed: 'Some of our figures for this state could not be confirmed: the state decides.',
  stateDecides: 'Only the state can say whether you qualify; it looks at more than income.',
  marketplaceHeading: 'A Marketplace plan',
  marketplaceTaxCredit: (percent: string, year: number, from: number, upTo: number | null) =>
    `You may get a plan with a premium tax credit, which lowers its monthly cost: your income is ${percent}% of the poverty guideline, and ${year} credits are for incomes ${upTo === null ? `from ${from}%` : `from ${from}% to ${upTo}%`}.`,
  marketplaceNotIfJob: 'Not if a job offers you affordable coverage of your own.',
  marketplaceFullPrice: (percent: string, upTo: number) => `Above ${upTo}% of the poverty guideline (yours is ${percent}%) there is no premium tax credit, but you can buy a Marketplace plan at its full price.`,
  marketplaceGap: (percent: string, state: string) =>
    `Under 100% of the poverty guideline (yours is ${percent}%) there is no premium tax credit, and ${state} Medicaid does not cover you: state-funded treatment and the helplines below may.`,
  marketplaceMedicaidFirst: 'With Medicaid likely, a Marketplace tax credit is not for you: Medicaid comes first.',
  openEnrollmentNow: (end: string, year: number) => `Open enrollment is on until ${end}, for ${year} coverage.`,
  enrollBy: (date: string) => `Pick a plan by ${date} for it to start on January 1.`,
  openEnrollmentNext: (start: string, end: string, year: number) => `Next open enrollment: ${start} to ${end}, for ${year} coverage.`,
  specialEnrollment: (days: number) => `Lost other coverage (a job’s plan, Medicaid, a parent’s plan at 26)? You can enroll within ${days} days of losing it.`,
  marketplaceWhere: 'Where to look:',
  marketplaceNotConfirmed: 'These dates could not all be confirmed: check them there.',
  centerHelpHeading: (center: string) => `From ${center}`,
  stateFunded: 'State-funded treatment',
  asUnderinsured: 'for people whose insurance leaves costs they cannot pay',
  askIfYouLiveIn: 'Depends on your state: enter it above.',
  askAboutIncome: 'Depends on your income: enter your household above.',
  scholarship: (off: string, after: string) => `${off} off, which would leave ${after} to pay.`,
  financing: 'Financing',
  financingNote: 'A loan, at the lender’s terms: compare them with the center’s payment plan.',
  resourcesHeading: 'More help',
};

export type WaysToPayWords = typeof waysWords;

addEnglish(waysWords);

// The public JSON contract: the estimate request (the center configuration: center/center-config.ts; the result:
// result-schema.ts).
// zod/mini keeps the embed bundle small; every message names what is wrong in plain words. Types, ranges and
// choices are zod's own (z.enum, z.int, z.union, z.minimum, z.maximum, z.multipleOf, z.regex), so the center
// configuration's JSON Schema (`npm run build:schema`, src/cli/center-config-schema.ts) says what these checks
// say. Only what JSON Schema cannot say is a refinement: an amount's maximum when written as text, real dates,
// state codes in any case, quarter hours to the last bit, and the checks across fields.
import * as z from 'zod/mini';
import { isIsoDate, isMonthDay } from './dates.ts';
import { AMOUNT, choice, incomeAmount, percent, planAmount, unlessMistyped, wholeNumber, between } from './fields.ts';

export const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).check(
  z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD, like 2026-03-02' }),
);

export const PLAN_TYPES = ['aca', 'medicare', 'medicaid', 'private', 'uninsured'] as const;
/**
 * What pays some of a Medicare beneficiary's cost sharing (RULES.md §10-§11): Medigap plans (with Original
 * Medicare only), and Medicaid, for a Qualified Medicare Beneficiary or another person with full Medicaid
 * (with Original Medicare and Medicare Advantage).
 */
export const SUPPLEMENTS = [
  'none', 'medigap-coinsurance', 'medigap-full', 'medigap-k', 'medigap-l', 'medigap-high-deductible-f', 'medigap-high-deductible-g', 'qmb', 'full-medicaid',
] as const;
export type Supplement = (typeof SUPPLEMENTS)[number];

/**
 * Medigap plans whose share depends on what the person has already paid this year (plans K and L,
 * high deductible). Here, beside the kinds, because the widget's first questions ask it too.
 */
export function hasYearlyLimit(supplement: Supplement): boolean {
  return supplement === 'medigap-k' || supplement === 'medigap-l' || supplement.startsWith('medigap-high-deductible');
}

export const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  // Territories: HHS guidelines do not cover them; the 48-state figures are used with a warning.
  'PR', 'GU', 'VI', 'AS', 'MP',
] as const;

const TRACK = "must be one of the center's program tracks, counting from 0";

export const ProgramSchema = z.object({
  weeks: wholeNumber(1, 52, 'weeks'),
  hoursPerWeek: z.number({ error: 'must be a number of hours from 1 to 40' }).check(
    ...between(1, 40, 'must be a number of hours from 1 to 40 (an IOP is 9 to 19 hours a week)'),
    // Exact, unlike z.multipleOf(0.25), which allows for rounding; the request has no JSON Schema to say it in.
    z.refine((hours) => Number.isInteger(hours * 4), { error: 'must be in quarter hours, like 9 or 9.5' }),
  ),
  daysPerWeek: z.optional(wholeNumber(1, 7, 'days')),
  /** Which of the center's program tracks (programs, counting from 0): its own rates, when it has them, price it. */
  track: z.optional(z.int({ error: TRACK, abort: true }).check(...between(0, 99, TRACK))),
  // A program of this century: a year of 9999 or 0999 is a slip of the keyboard, and dates that far out are
  // past what the calendar arithmetic and the reference data are for.
  startDate: z.optional(isoDate.check(z.refine((date) => !isIsoDate(date) || (date >= '2000-01-01' && date <= '2099-12-31'), { error: 'must be a date from 2000 to 2099' }))),
});

/** Family coverage's limits: an embedded individual deductible inside the family's, or an aggregate one (RULES.md §6). */
export const FamilySchema = z.object({
  kind: z.optional(choice(['embedded', 'aggregate'])),
  deductible: z.optional(planAmount),
  deductibleMet: z.optional(planAmount),
  oopMax: z.optional(planAmount),
  oopMet: z.optional(planAmount),
});

/** The plan's own out-of-network terms (RULES.md §5); `oopMax: null` says the plan has no out-of-network maximum. */
export const OutOfNetworkSchema = z.object({
  deductible: z.optional(planAmount),
  deductibleMet: z.optional(planAmount),
  coinsurancePercent: z.optional(percent('a coinsurance percentage')),
  copayPerUnit: z.optional(planAmount),
  oopMax: z.optional(z.nullable(planAmount)),
  oopMet: z.optional(planAmount),
  accumulators: z.optional(choice(['separate', 'shared'])),
  family: z.optional(FamilySchema),
});

export const CoverageSchema = z.object({
  planType: choice(PLAN_TYPES),
  network: z.optional(choice(['in', 'out'])),
  payer: z.optional(z.string({ error: 'must be the name of the insurance company' })),
  deductible: z.optional(planAmount),
  deductibleMet: z.optional(planAmount),
  coinsurancePercent: z.optional(percent('a coinsurance percentage')),
  copayPerUnit: z.optional(planAmount),
  copayBeforeDeductible: z.optional(z.boolean({ error: 'must be true or false' })),
  oopMax: z.optional(planAmount),
  oopMet: z.optional(planAmount),
  planYearStart: z.optional(
    z.string().check(z.refine(isMonthDay, { error: 'must be the month and day the plan year starts, like 07-01' })),
  ),
  outOfNetworkCovered: z.optional(z.boolean({ error: 'must be true or false' })),
  outOfNetworkAllowedPerUnit: z.optional(planAmount),
  metal: z.optional(choice(['bronze', 'silver', 'gold', 'platinum', 'catastrophic'])),
  medicarePlan: z.optional(choice(['original', 'advantage'])),
  supplement: z.optional(choice(SUPPLEMENTS)),
  selfPay: z.optional(z.boolean({ error: 'must be true or false' })),
  outOfNetwork: z.optional(OutOfNetworkSchema),
  family: z.optional(FamilySchema),
  coveredDaysPerYear: z.optional(wholeNumber(1, 366, 'days')),
  coveredDaysUsed: z.optional(wholeNumber(0, 366, 'days')),
  priorAuthorization: z.optional(choice(['approved', 'pending', 'unknown'])),
});

export const HouseholdSchema = z.object({
  size: wholeNumber(1, 20, 'people'),
  annualIncome: incomeAmount,
  state: z.string({ error: 'must be a two-letter state code, like OH' }).check(
    z.refine((code) => (STATES as readonly string[]).includes(code.toUpperCase()), {
      error: 'must be a two-letter US state code, like OH',
    }),
  ),
  /** A parent or caretaker of a child under 19 living with them: some states' Medicaid covers only these adults. */
  parent: z.optional(z.boolean({ error: 'must be true or false' })),
});

export const PaymentPlanRequestSchema = z.object({
  months: z.optional(wholeNumber(1, 120, 'months')),
  monthlyBudget: z.optional(planAmount),
  downPayment: z.optional(planAmount),
  aprPercent: z.optional(percent('an APR')),
});

export const EstimateRequestSchema = z
  .object({
    program: ProgramSchema,
    coverage: CoverageSchema,
    household: z.optional(HouseholdSchema),
    paymentPlan: z.optional(PaymentPlanRequestSchema),
    /** The person pays the whole self-pay amount up front (the center's paid-in-full discount applies). */
    paidInFull: z.optional(z.boolean({ error: 'must be true or false' })),
  })
  .check(
    z.check((ctx) => {
      const c = ctx.value.coverage;
      const over = (a: unknown, b: unknown) =>
        a !== undefined && b !== undefined && AMOUNT.test(String(a)) && AMOUNT.test(String(b)) && Number(a) > Number(b);
      // The same limits hold in each set of terms: the flat ones, the family's and the out-of-network ones.
      const terms = (t: { deductible?: unknown; deductibleMet?: unknown; oopMax?: unknown; oopMet?: unknown } | undefined, path: string[]) => {
        if (!t) return;
        if (over(t.deductibleMet, t.deductible)) {
          ctx.issues.push({ code: 'custom', path: [...path, 'deductibleMet'], message: "can't be more than the deductible", input: t.deductibleMet });
        }
        if (over(t.oopMet, t.oopMax)) {
          ctx.issues.push({ code: 'custom', path: [...path, 'oopMet'], message: "can't be more than the out-of-pocket maximum", input: t.oopMet });
        }
        if (over(t.deductible, t.oopMax)) {
          ctx.issues.push({ code: 'custom', path: [...path, 'deductible'], message: "can't be more than the out-of-pocket maximum", input: t.deductible });
        }
      };
      terms(c, ['coverage']);
      terms(c.family, ['coverage', 'family']);
      terms(c.outOfNetwork, ['coverage', 'outOfNetwork']);
      terms(c.outOfNetwork?.family, ['coverage', 'outOfNetwork', 'family']);
      if (c.coveredDaysUsed !== undefined && c.coveredDaysPerYear !== undefined && c.coveredDaysUsed > c.coveredDaysPerYear) {
        ctx.issues.push({ code: 'custom', path: ['coverage', 'coveredDaysUsed'], message: "can't be more than the days the plan covers a year", input: c.coveredDaysUsed });
      }
    }, unlessMistyped),
  );

export type EstimateRequest = z.output<typeof EstimateRequestSchema>;
export type EstimateRequestInput = z.input<typeof EstimateRequestSchema>;
export type Program = z.output<typeof ProgramSchema>;
export type Coverage = z.output<typeof CoverageSchema>;
export type Family = z.output<typeof FamilySchema>;
export type OutOfNetwork = z.output<typeof OutOfNetworkSchema>;
export type Household = z.output<typeof HouseholdSchema>;
export type PaymentPlanRequest = z.output<typeof PaymentPlanRequestSchema>;

// The result's schema has its own module: only tests and npm users check results, so the embed leaves it out.
export type { EstimateResult, Figure, Warning } from './result-schema.ts';

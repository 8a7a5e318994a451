// The public JSON contract: the estimate request and the center configuration (the result: result-schema.ts).
// zod/mini keeps the embed bundle small; every message names what is wrong in plain words. Types, ranges and
// choices are zod's own (z.enum, z.int, z.union, z.minimum, z.maximum, z.multipleOf, z.regex), so the center
// configuration's JSON Schema (`npm run build:schema`, src/cli/center-config-schema.ts) says what these checks
// say. Only what JSON Schema cannot say is a refinement: an amount's maximum when written as text, real dates,
// state codes in any case, quarter hours to the last bit, and the checks across fields.
import * as z from 'zod/mini';
import { isIsoDate, isMonthDay } from './dates.ts';
import { isPhoneNumber, safeHref } from './links.ts';
import { grouped } from './money.ts';

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const NOT_AN_AMOUNT = 'must be an amount in dollars and cents, like "1500.00"';
const AMOUNT_FORMAT = `${NOT_AN_AMOUNT} (no minus sign, at most two decimals)`;

/**
 * Money in: a decimal string ("1500.00") or a JSON number with at most two decimals, never negative, at most
 * `maximum`. A malformed amount stops its own checks (so it is said once, without "at most"), and the union
 * then names what is wrong with the value as given.
 */
function amount(maximum: number) {
  const atMost = `must be at most ${grouped(String(maximum))}`;
  const malformed = { error: AMOUNT_FORMAT, abort: true };
  return z.union(
    [
      z.string().check(z.regex(AMOUNT, malformed), z.refine((text) => Number(text) <= maximum, atMost)),
      z.number().check(
        z.minimum(0, malformed),
        z.multipleOf(0.01, malformed),
        // multipleOf allows for rounding (0.30000000000000004); the number as written must have two decimals at most.
        z.refine((value) => AMOUNT.test(String(value)), malformed),
        z.maximum(maximum, atMost),
      ),
    ],
    { error: (issue) => (typeof issue.input === 'string' || typeof issue.input === 'number' ? AMOUNT_FORMAT : NOT_AN_AMOUNT) },
  );
}
const planAmount = amount(10_000_000);
const incomeAmount = amount(100_000_000);

/** A number from `min` to `max` inclusive, with one message for any number outside. */
function between(min: number, max: number, message: string) {
  return [z.minimum(min, message), z.maximum(max, message)] as const;
}

function percent(label = 'a percentage') {
  const message = `must be ${label} from 0 to 100`;
  return z.number({ error: message }).check(...between(0, 100, message));
}

function wholeNumber(min: number, max: number, what: string) {
  const message = `must be a whole number of ${what} from ${min} to ${max}`;
  // `abort`: a number past the safe integers is said once, not once more by the maximum.
  return z.int({ error: message, abort: true }).check(...between(min, max, message));
}

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

/**
 * The checks across fields run, as before zod's own types were used here, unless a value has the wrong type:
 * a choice that is none of its values or an amount that is neither text nor a number holds them back, a
 * malformed amount or a number out of range does not. (A fraction where a whole number belongs now holds
 * them back too: z.int() always aborts.)
 */
const unlessMistyped = {
  when: (payload: z.core.ParsePayload) =>
    payload.issues.every(
      (issue) => issue.continue || (issue.code === 'invalid_union' && (typeof issue.input === 'string' || typeof issue.input === 'number')),
    ),
};

export const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD' }).check(
  z.refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD, like 2026-03-02' }),
);

export const PLAN_TYPES = ['aca', 'medicare', 'medicaid', 'private', 'uninsured'] as const;
/**
 * What pays some of a Medicare beneficiary's cost sharing (RULES.md §10-§11): Medigap plans (with Original
 * Medicare only) and the Qualified Medicare Beneficiary program (Medicaid; Original Medicare and Medicare Advantage).
 */
export const SUPPLEMENTS = [
  'none', 'medigap-coinsurance', 'medigap-full', 'medigap-k', 'medigap-l', 'medigap-high-deductible-f', 'medigap-high-deductible-g', 'qmb',
] as const;
export type Supplement = (typeof SUPPLEMENTS)[number];

export const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  // Territories: HHS guidelines do not cover them; the 48-state figures are used with a warning.
  'PR', 'GU', 'VI', 'AS', 'MP',
] as const;

export const ProgramSchema = z.object({
  weeks: wholeNumber(1, 52, 'weeks'),
  hoursPerWeek: z.number({ error: 'must be a number of hours from 1 to 40' }).check(
    ...between(1, 40, 'must be a number of hours from 1 to 40 (an IOP is 9 to 19 hours a week)'),
    // Exact, unlike z.multipleOf(0.25), which allows for rounding; the request has no JSON Schema to say it in.
    z.refine((hours) => Number.isInteger(hours * 4), { error: 'must be in quarter hours, like 9 or 9.5' }),
  ),
  daysPerWeek: z.optional(wholeNumber(1, 7, 'days')),
  startDate: z.optional(isoDate),
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

// ---- Center configuration ----

const SlidingScaleBandSchema = z.object({
  /** The band starts above this % of the poverty guideline (0 for the first band). */
  overPercent: z.number({ error: 'must be a percentage of the poverty guideline' }).check(z.minimum(0, 'must be 0 or more')),
  /** The band ends at this % inclusive; null for the last, open-ended band. */
  upToPercent: z.nullable(z.number({ error: 'must be a percentage of the poverty guideline, or null for the last band' })),
  discountPercent: z.optional(percent('a discount percentage')),
  feePerUnit: z.optional(planAmount),
  label: z.optional(z.string()),
});

const SlidingScaleSchema = z.object({ bands: z.array(SlidingScaleBandSchema) }).check(
  z.check((ctx) => {
    const bands = ctx.value.bands;
    if (bands.length === 0) {
      ctx.issues.push({ code: 'custom', path: ['bands'], message: 'needs at least one band', input: bands });
      return;
    }
    bands.forEach((band, i) => {
      const where = ['bands', i];
      if ((band.discountPercent === undefined) === (band.feePerUnit === undefined)) {
        ctx.issues.push({ code: 'custom', path: where, message: 'needs either discountPercent or feePerUnit (one of them)', input: band });
      }
      if (band.upToPercent !== null && band.upToPercent <= band.overPercent) {
        ctx.issues.push({ code: 'custom', path: [...where, 'upToPercent'], message: 'must be above overPercent', input: band.upToPercent });
      }
      const previous = bands[i - 1];
      const expectedStart = previous ? previous.upToPercent : 0;
      if (previous && previous.upToPercent === null) {
        ctx.issues.push({ code: 'custom', path: where, message: 'comes after the open-ended band (upToPercent null), which must be last', input: band });
      } else if (band.overPercent !== expectedStart) {
        const problem = band.overPercent > (expectedStart ?? 0) ? 'leaves a gap' : 'overlaps the band before it';
        ctx.issues.push({
          code: 'custom',
          path: [...where, 'overPercent'],
          message: `${problem}: it must start where the band before ends (${expectedStart}%)`,
          input: band.overPercent,
        });
      }
    });
    const last = bands[bands.length - 1];
    if (last && last.upToPercent !== null) {
      ctx.issues.push({
        code: 'custom',
        path: ['bands', bands.length - 1, 'upToPercent'],
        message: 'leaves a gap above it: the last band must be open-ended (null)',
        input: last.upToPercent,
      });
    }
  }, unlessMistyped),
);

const PHONE_MESSAGE = 'must be a phone number: 7 to 15 digits, with spaces, dots, dashes, parentheses or a leading + (like "555-0100")';
/** For the JSON Schema: the characters of a phone number (links.ts counts the digits). */
const PHONE_SHAPE = /^\+?[\d\s().-]+$/;
const LINK_MESSAGE = 'must be a web address (https: or http:), a page of this site ("/verify"), tel: with a phone number or mailto: with an e-mail address';
/** For the JSON Schema: a link's allowed beginnings; safeHref (links.ts) checks the rest. */
const LINK_SHAPE = /^(?:https?:\/\/|tel:|mailto:|[^:]*$)/i;

export const CenterConfigSchema = z.object({
  /** The address of the configuration's JSON Schema, for editors: ignored by the widget. */
  $schema: z.optional(z.string({ error: 'must be the address of the JSON Schema, like "https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json"' })),
  // Not only spaces (\S is whatever String.prototype.trim() does not remove).
  name: z.string({ error: 'must be the center name' }).check(z.regex(/\S/, 'must be the center name')),
  /** Shown wherever the example center is used, so nobody mistakes it for real prices. */
  example: z.optional(z.boolean()),
  /** The language of the center's own words (program names, call to action), such as "en" or "es"; default "en". */
  language: z.optional(z.string()),
  npi: z.optional(z.string()),
  tin: z.optional(z.string()),
  /** Where the program is given: printed on estimates and the Good Faith Estimate. */
  address: z.optional(
    z.object({ street: z.string(), city: z.string(), state: z.string(), postalCode: z.string() }),
  ),
  /**
   * Items that may be billed apart from the program's days (a psychiatric evaluation, lab work), for the Good
   * Faith Estimate; `charge` is what a self-pay person would be charged for one.
   */
  separatelyBilled: z.optional(
    z.array(z.object({ name: z.string(), code: z.optional(z.string()), charge: z.optional(planAmount), note: z.optional(z.string()) })),
  ),
  /** The center's own words printed under every estimate and Good Faith Estimate (its legal text). */
  disclaimer: z.optional(z.string()),
  billing: z.object({
    unit: choice(['day', 'hour']),
    hoursPerDay: z.optional(z.number({ error: 'must be a number of hours' }).check(...between(1, 12, 'must be from 1 to 12'))),
    codes: z.optional(z.array(z.string())),
  }),
  rates: z.object({
    chargePerUnit: planAmount,
    inNetworkPerUnit: planAmount,
    /**
     * Rates negotiated with payers. A payer's plans can pay differently: `planTypes` says which kinds of
     * coverage a rate is for (none: all), `plan` names the plan as the contract or price file does.
     */
    negotiated: z.optional(
      z.array(z.object({ payer: z.string(), perUnit: planAmount, plan: z.optional(z.string()), planTypes: z.optional(z.array(choice(['aca', 'private', 'medicare']))) })),
    ),
    /** What payers are known to allow out of network, per unit, in place of outOfNetworkAllowedPercent. */
    outOfNetworkAllowed: z.optional(z.array(z.object({ payer: z.string(), perUnit: planAmount }))),
    outOfNetworkAllowedPercent: percent(),
    selfPayPerUnit: planAmount,
  }),
  inNetworkPayers: z.optional(z.array(z.string())),
  /**
   * Whether the center participates in Medicare and is enrolled in Medicaid. Such a center generally may not
   * charge those programs' beneficiaries privately for covered services, so it offers them no self-pay price.
   * Default: it does when it states a Medicare or Medicaid rate, or lists Medicare or Medicaid in inNetworkPayers.
   */
  participates: z.optional(
    z.object({ medicare: z.optional(z.boolean({ error: 'must be true or false' })), medicaid: z.optional(z.boolean({ error: 'must be true or false' })) }),
  ),
  medicare: z.optional(
    z.object({
      setting: choice(['hospital', 'cmhc']),
      perDiem: z.object({ threeServices: planAmount, fourOrMoreServices: planAmount }),
      /** Where the center's Medicare per-diem figures come from, shown with the estimate. */
      source: z.optional(z.string()),
    }),
  ),
  medicaid: z.optional(
    z.object({
      perUnit: planAmount,
      copayPerUnit: z.optional(planAmount),
      capPeriod: z.optional(choice(['month', 'quarter'])),
    }),
  ),
  slidingScale: z.optional(SlidingScaleSchema),
  paidInFullDiscountPercent: z.optional(percent()),
  paymentPlan: z.optional(
    z.object({
      minMonths: wholeNumber(1, 120, 'months'),
      maxMonths: wholeNumber(1, 120, 'months'),
      defaultMonths: z.optional(wholeNumber(1, 120, 'months')),
      minMonthly: planAmount,
      aprPercent: z.optional(percent('an APR')),
    }).check(
      z.refine((plan) => plan.minMonths <= plan.maxMonths, { error: 'minMonths must not be more than maxMonths', path: ['minMonths'], ...unlessMistyped }),
    ),
  ),
  programs: z.optional(
    z.array(
      z.object({
        name: z.string(),
        weeks: wholeNumber(1, 52, 'weeks'),
        hoursPerWeek: z.number().check(...between(1, 40, 'must be a number of hours from 1 to 40')),
        daysPerWeek: z.optional(wholeNumber(1, 7, 'days')),
        /** Service codes billed for a day of this track (HCPCS such as S9480 or H0015, revenue code 0905 or 0906); default: billing.codes. */
        serviceCodes: z.optional(z.array(z.string())),
        /** The track in plain words, for the Good Faith Estimate ("group and individual therapy for substance use, 3 hours a day"). */
        description: z.optional(z.string()),
      }),
    ),
  ),
  contact: z.optional(
    z.object({
      // Both become links on pages the center does not own: only a phone number and a safe address pass (links.ts).
      phone: z.optional(
        z.string({ error: PHONE_MESSAGE }).check(z.regex(PHONE_SHAPE, { error: PHONE_MESSAGE, abort: true }), z.refine(isPhoneNumber, PHONE_MESSAGE)),
      ),
      url: z.optional(
        z.string({ error: LINK_MESSAGE }).check(z.regex(LINK_SHAPE, { error: LINK_MESSAGE, abort: true }), z.refine((url) => safeHref(url) !== null, LINK_MESSAGE)),
      ),
      label: z.optional(z.string()),
      selfPayLabel: z.optional(z.string()),
    }),
  ),
}).check(
  // Rules across fields: what no estimate could make sense of (problems that are only unusual are warnings,
  // src/core/center-warnings.ts).
  z.check((ctx) => {
    const { rates, paymentPlan, programs, billing } = ctx.value;
    const issue = (path: PropertyKey[], message: string, input: unknown) => ctx.issues.push({ code: 'custom', path, message, input });
    if (AMOUNT.test(String(rates.selfPayPerUnit)) && AMOUNT.test(String(rates.chargePerUnit)) && Number(rates.selfPayPerUnit) > Number(rates.chargePerUnit)) {
      issue(['rates', 'selfPayPerUnit'], `must not be above the gross charge (rates.chargePerUnit, ${rates.chargePerUnit})`, rates.selfPayPerUnit);
    }
    const months = paymentPlan?.defaultMonths;
    // (minMonths above maxMonths is its own problem, said once, above.)
    if (paymentPlan && months !== undefined && paymentPlan.minMonths <= paymentPlan.maxMonths && (months < paymentPlan.minMonths || months > paymentPlan.maxMonths)) {
      issue(['paymentPlan', 'defaultMonths'], `must be from minMonths to maxMonths (${paymentPlan.minMonths} to ${paymentPlan.maxMonths})`, months);
    }
    programs?.forEach((program, i) => {
      // The days the widget would give the track (RULES.md §1); more than 12 hours a day is no outpatient day.
      const days = program.daysPerWeek ?? Math.min(7, Math.ceil(program.hoursPerWeek / (billing.hoursPerDay ?? 3)));
      if (program.hoursPerWeek > days * 12) {
        issue(['programs', i, 'hoursPerWeek'], `is more than 12 hours a day over ${days} day${days === 1 ? '' : 's'} a week`, program.hoursPerWeek);
      }
    });
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
export type CenterConfig = z.output<typeof CenterConfigSchema>;
export type SlidingScaleBand = CenterConfig extends { slidingScale?: { bands: (infer B)[] } } ? B : never;

// The result's schema has its own module: only tests and npm users check results, so the embed leaves it out.
export type { EstimateResult, Figure, Warning } from './result-schema.ts';

// The public JSON contract of a treatment center's configuration: its prices, payers, Medicare and Medicaid
// rates, sliding scale, payment-plan terms and contact. What each field means, for the published JSON Schema:
// center-config-docs.ts; what is only unusual: center-warnings.ts; unknown keys: unknown-fields.ts.
import * as z from 'zod/mini';
import { between, choice, percent, planAmount, unlessMistyped, wholeNumber, AMOUNT } from '../fields.ts';
import { isPhoneNumber, safeHref } from './links.ts';
import { centerText } from './center-words.ts';
import { STATES } from '../schemas.ts';

/** Weekdays as a configuration names them, Sunday first (as Date's getUTCDay counts them). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const SlidingScaleBandSchema = z.object({
  /** The band starts above this % of the poverty guideline (0 for the first band). */
  overPercent: z.number({ error: 'must be a percentage of the poverty guideline' }).check(z.minimum(0, 'must be 0 or more')),
  /** The band ends at this % inclusive; null for the last, open-ended band. */
  upToPercent: z.nullable(z.number({ error: 'must be a percentage of the poverty guideline, or null for the last band' })),
  discountPercent: z.optional(percent('a discount percentage')),
  feePerUnit: z.optional(planAmount),
  label: z.optional(centerText()),
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

const LINK = z.string({ error: LINK_MESSAGE }).check(z.regex(LINK_SHAPE, { error: LINK_MESSAGE, abort: true }), z.refine((url) => safeHref(url) !== null, LINK_MESSAGE));
/**
 * Rates negotiated with payers. A payer's plans can pay differently: `planTypes` says which kinds of coverage a
 * rate is for (none: all), `plan` names the plan as the contract or price file does.
 */
const NEGOTIATED = z.optional(
  z.array(z.object({ payer: z.string(), perUnit: planAmount, plan: z.optional(z.string()), planTypes: z.optional(z.array(choice(['aca', 'private', 'medicare']))) })),
);
const STATE_MESSAGE = 'must be a two-letter US state code, like OH';
const POVERTY_PERCENT = z.number({ error: 'must be a percentage of the poverty guideline' }).check(z.minimum(0, 'must be 0 or more'));

/**
 * Ways to pay the center offers besides its prices (ways-to-pay/center-assistance.ts): treatment paid by the
 * state for people who qualify, scholarships, and financing partners. Shown to a person as options, never
 * taken off a total.
 */
const AssistanceSchema = z.object({
  stateFunded: z.optional(
    z.array(
      z.object({
        name: centerText(),
        /** Who qualifies: residents of these states (USPS codes; none: any), income at most this % of the guideline. */
        states: z.optional(
          z.array(z.string({ error: STATE_MESSAGE }).check(z.refine((code) => (STATES as readonly string[]).includes(code.toUpperCase()), STATE_MESSAGE))),
        ),
        maxPovertyPercent: z.optional(POVERTY_PERCENT),
        /** Uninsured people, and people whose insurance does not cover enough (default: uninsured only). */
        for: z.optional(z.array(choice(['uninsured', 'underinsured']))),
        /** The program tracks it pays for, numbered from 1 in the order of `programs` (none: all). */
        tracks: z.optional(z.array(wholeNumber(1, 100, 'a track number'))),
        note: z.optional(centerText()),
      }),
    ),
  ),
  scholarships: z.optional(
    z.array(
      z.object({
        name: centerText(),
        /** Either an amount or a percent of the self-pay total, at most that total. */
        amount: z.optional(planAmount),
        percent: z.optional(percent('a percentage of the self-pay total')),
        maxPovertyPercent: z.optional(POVERTY_PERCENT),
        conditions: z.optional(centerText()),
      }).check(
        z.refine((s) => (s.amount === undefined) !== (s.percent === undefined), { error: 'needs either amount or percent (one of them)', ...unlessMistyped }),
      ),
    ),
  ),
  /** Lenders the center works with: a name and a link; the widget never states a rate for them. */
  financing: z.optional(z.array(z.object({ name: centerText(), url: LINK, note: z.optional(centerText()) }))),
});

export const CenterConfigSchema = z.object({
  /** The address of the configuration's JSON Schema, for editors: ignored by the widget. */
  $schema: z.optional(z.string({ error: 'must be the address of the JSON Schema, like "https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json"' })),
  // Not only spaces (\S is whatever String.prototype.trim() does not remove).
  name: centerText('must be the center name').check(z.regex(/\S/, 'must be the center name')),
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
    z.array(z.object({ name: centerText(), code: z.optional(z.string()), charge: z.optional(planAmount), note: z.optional(centerText()) })),
  ),
  /** The center's own words printed under every estimate and Good Faith Estimate (its legal text). */
  disclaimer: z.optional(centerText()),
  billing: z.object({
    unit: choice(['day', 'hour']),
    hoursPerDay: z.optional(z.number({ error: 'must be a number of hours' }).check(...between(1, 12, 'must be from 1 to 12'))),
    codes: z.optional(z.array(z.string())),
  }),
  rates: z.object({
    chargePerUnit: planAmount,
    inNetworkPerUnit: planAmount,
    negotiated: NEGOTIATED,
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
  /** The weekdays new people start on; the widget's default start is the next of them (default: Monday). */
  startDays: z.optional(z.array(choice(WEEKDAYS))),
  programs: z.optional(
    z.array(
      z.object({
        name: centerText(),
        weeks: wholeNumber(1, 52, 'weeks'),
        hoursPerWeek: z.number().check(...between(1, 40, 'must be a number of hours from 1 to 40')),
        daysPerWeek: z.optional(wholeNumber(1, 7, 'days')),
        /** Service codes billed for a day of this track (HCPCS such as S9480 or H0015, revenue code 0905 or 0906); default: billing.codes. */
        serviceCodes: z.optional(z.array(z.string())),
        /** The track in plain words, for the Good Faith Estimate ("group and individual therapy for substance use, 3 hours a day"). */
        description: z.optional(centerText()),
        /** The track's own prices, where they are not the center's (a psychiatric and an addiction IOP billed apart). */
        rates: z.optional(
          z.object({ chargePerUnit: z.optional(planAmount), inNetworkPerUnit: z.optional(planAmount), negotiated: NEGOTIATED, selfPayPerUnit: z.optional(planAmount) }),
        ),
      }),
    ),
  ),
  assistance: z.optional(AssistanceSchema),
  /** The page patients estimate on, which the counselor's "link for the patient" opens. */
  patientUrl: z.optional(LINK.check(z.regex(/^(?!tel:|mailto:)/i, 'must be a web page (https: or http:) or a page of this site ("/estimate")'))),
  contact: z.optional(
    z.object({
      // Both become links on pages the center does not own: only a phone number and a safe address pass (links.ts).
      phone: z.optional(
        z.string({ error: PHONE_MESSAGE }).check(z.regex(PHONE_SHAPE, { error: PHONE_MESSAGE, abort: true }), z.refine(isPhoneNumber, PHONE_MESSAGE)),
      ),
      url: z.optional(LINK),
      label: z.optional(centerText()),
      selfPayLabel: z.optional(centerText()),
    }),
  ),
}).check(
  // Rules across fields: what no estimate could make sense of (problems that are only unusual are warnings,
  // src/core/center/center-warnings.ts).
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
    ctx.value.assistance?.stateFunded?.forEach((slot, i) =>
      slot.tracks?.forEach((track, j) => {
        if (track > (programs?.length ?? 0)) issue(['assistance', 'stateFunded', i, 'tracks', j], `is not a program track: programs has ${programs?.length ?? 0}`, track);
      }),
    );
    programs?.forEach((program, i) => {
      // The days the widget would give the track (RULES.md §1); more than 12 hours a day is no outpatient day.
      const days = program.daysPerWeek ?? Math.min(7, Math.ceil(program.hoursPerWeek / (billing.hoursPerDay ?? 3)));
      if (program.hoursPerWeek > days * 12) {
        issue(['programs', i, 'hoursPerWeek'], `is more than 12 hours a day over ${days} day${days === 1 ? '' : 's'} a week`, program.hoursPerWeek);
      }
    });
  }, unlessMistyped),
);

export type CenterConfig = z.output<typeof CenterConfigSchema>;
export type SlidingScaleBand = CenterConfig extends { slidingScale?: { bands: (infer B)[] } } ? B : never;

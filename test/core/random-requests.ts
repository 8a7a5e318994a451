// Random valid requests for fast-check: the property tests and the built-embed comparison share them.
// Every coverage field can appear: out-of-network terms, family limits, covered days, prior authorization.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { SUPPLEMENTS } from '../../src/core/schemas.ts';

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => new Decimal(c).dividedBy(100).toFixed(2));
const isoDate = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const program = fc.record(
  {
    weeks: fc.integer({ min: 1, max: 52 }),
    hoursPerWeek: fc.integer({ min: 4, max: 160 }).map((q) => q / 4),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
    startDate: isoDate,
  },
  { requiredKeys: ['weeks', 'hoursPerWeek', 'startDate'] },
);

/** A deductible and maximum with amounts already met within them, as a plan's terms have (any part may be missing). */
const limits = fc
  .record(
    { deductible: cents(8000), deductibleMetShare: fc.integer({ min: 0, max: 100 }), oopExtra: cents(12000), oopMetShare: fc.integer({ min: 0, max: 100 }) },
    { requiredKeys: [] },
  )
  .map(({ deductible, deductibleMetShare, oopExtra, oopMetShare }) => {
    const out: Record<string, string> = {};
    if (deductible !== undefined) out.deductible = deductible;
    if (deductible !== undefined && deductibleMetShare !== undefined) out.deductibleMet = share(deductible, deductibleMetShare);
    if (oopExtra !== undefined) {
      out.oopMax = new Decimal(deductible ?? 0).plus(oopExtra).toFixed(2);
      if (oopMetShare !== undefined) out.oopMet = share(out.oopMax, oopMetShare);
    }
    return out;
  });

function share(amount: string, percent: number): string {
  return new Decimal(amount).times(percent).dividedBy(100).toDecimalPlaces(2).toFixed(2);
}

const family = fc.tuple(limits, fc.constantFrom('embedded', 'aggregate', undefined)).map(([terms, kind]) => (kind ? { ...terms, kind } : terms));

const outOfNetwork = fc
  .tuple(
    limits,
    fc.record(
      {
        coinsurancePercent: fc.integer({ min: 0, max: 100 }),
        copayPerUnit: cents(200),
        noMaximum: fc.boolean(),
        accumulators: fc.constantFrom('separate', 'shared'),
        family,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([terms, { noMaximum, ...rest }]) => {
    const out: Record<string, unknown> = { ...terms, ...rest };
    if (noMaximum) {
      out.oopMax = null;
      delete out.oopMet;
    }
    return out;
  });

const coveredDays = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.option(fc.integer({ min: 0, max: 60 })))
  .map(([perYear, used]) => (used === null ? { coveredDaysPerYear: perYear } : { coveredDaysPerYear: perYear, coveredDaysUsed: Math.min(used, perYear) }));

const coverage = fc
  .record(
    {
      planType: fc.constantFrom('aca', 'medicare', 'medicaid', 'private', 'uninsured'),
      network: fc.constantFrom('in', 'out'),
      payer: fc.constantFrom('Aetna', 'Cigna', 'UnitedHealthcare'),
      deductible: cents(8000),
      deductibleMetShare: fc.integer({ min: 0, max: 100 }),
      coinsurancePercent: fc.integer({ min: 0, max: 100 }),
      copayPerUnit: cents(200),
      copayBeforeDeductible: fc.boolean(),
      oopExtra: cents(12000),
      oopMetShare: fc.integer({ min: 0, max: 100 }),
      planYearStart: fc.constantFrom('01-01', '07-01', '10-01'),
      outOfNetworkCovered: fc.boolean(),
      outOfNetworkAllowedPerUnit: cents(1200),
      metal: fc.constantFrom('bronze', 'silver', 'gold'),
      medicarePlan: fc.constantFrom('original', 'advantage'),
      supplement: fc.constantFrom(...SUPPLEMENTS),
      selfPay: fc.boolean(),
      outOfNetwork,
      family,
      coveredDays,
      priorAuthorization: fc.constantFrom('approved', 'pending', 'unknown'),
    },
    { requiredKeys: ['planType'] },
  )
  .map(({ deductibleMetShare, oopExtra, oopMetShare, coveredDays: days, ...c }) => {
    // Keep met amounts within their limits, and the deductible within the maximum, as real plans do.
    const out: Record<string, unknown> = { ...c, ...days };
    const deductible = c.deductible !== undefined ? new Decimal(c.deductible) : undefined;
    if (deductible && deductibleMetShare !== undefined) out.deductibleMet = deductible.times(deductibleMetShare).dividedBy(100).toDecimalPlaces(2).toFixed(2);
    if (oopExtra !== undefined) {
      const oopMax = (deductible ?? new Decimal(0)).plus(oopExtra);
      out.oopMax = oopMax.toFixed(2);
      if (oopMetShare !== undefined) {
        const floor = new Decimal((out.deductibleMet as string | undefined) ?? 0);
        out.oopMet = Decimal.max(floor, oopMax.times(oopMetShare).dividedBy(100).toDecimalPlaces(2)).toFixed(2);
      }
    }
    return out;
  });

const household = fc.record({ size: fc.integer({ min: 1, max: 8 }), annualIncome: cents(200000), state: fc.constantFrom('OH', 'AK', 'HI', 'CA', 'PR') });
const paymentPlan = fc.record(
  { months: fc.integer({ min: 1, max: 24 }), monthlyBudget: cents(3000), downPayment: cents(3000), aprPercent: fc.integer({ min: 0, max: 2400 }).map((b) => b / 100) },
  { requiredKeys: [] },
);

/** Any valid request: every plan type, known and unknown plan details, households, payment plans. */
export const randomRequest = fc.record(
  { program, coverage, household, paymentPlan, paidInFull: fc.boolean() },
  { requiredKeys: ['program', 'coverage'] },
);


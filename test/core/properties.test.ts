// Invariants over thousands of random requests (fast-check), for every plan type.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';
import { EstimateResultSchema, type EstimateResult } from '../../src/core/schemas.ts';

const RUNS = 1000;
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
      supplement: fc.constantFrom('none', 'medigap-coinsurance', 'medigap-full', 'qmb'),
      selfPay: fc.boolean(),
    },
    { requiredKeys: ['planType'] },
  )
  .map(({ deductibleMetShare, oopExtra, oopMetShare, ...c }) => {
    // Keep met amounts within their limits, and the deductible within the maximum, as real plans do.
    const out: Record<string, unknown> = { ...c };
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
const request = fc.record(
  { program, coverage, household, paymentPlan, paidInFull: fc.boolean() },
  { requiredKeys: ['program', 'coverage'] },
);

function run(req: unknown): EstimateResult {
  const outcome = estimate(req);
  if (!outcome.ok) throw new Error(`refused ${JSON.stringify(req)}: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

const d = (value: string) => new Decimal(value);

describe('invariants over random requests', () => {
  it('every valid request gets a result in the contract, with no negative or NaN amount', () => {
    fc.assert(
      fc.property(request, (req) => {
        const result = run(req);
        const parsed = EstimateResultSchema.safeParse(result);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        const text = JSON.stringify(result);
        expect(text).to.not.match(/NaN|Infinity|"-\d/);
      }),
      { numRuns: RUNS },
    );
  });

  it('person + plan + discounts = allowed + balance billing, to the cent', () => {
    fc.assert(
      fc.property(request, (req) => {
        const r = run(req);
        const left = d(r.patient.total).plus(r.planPays).plus(r.patient.slidingScaleDiscount).plus(r.patient.paidInFullDiscount);
        expect(left.toFixed(2)).to.equal(d(r.allowed).plus(r.patient.balanceBilled).toFixed(2));
        const weekly = r.weekly.reduce((sum, w) => sum.plus(w.patient), new Decimal(0));
        expect(weekly.minus(r.patient.paidInFullDiscount).toFixed(2)).to.equal(r.patient.total);
      }),
      { numRuns: RUNS },
    );
  });

  it("in network, the person's cost sharing never passes what is left of the out-of-pocket maximum in each plan year", () => {
    const inNetwork = request.filter((req) => {
      const c = req.coverage as Record<string, unknown>;
      return ['aca', 'private'].includes(c.planType as string) && c.network === 'in' && c.oopMax !== undefined && c.selfPay !== true;
    });
    fc.assert(
      fc.property(inNetwork, (req) => {
        const r = run(req);
        const c = req.coverage as Record<string, string>;
        const firstYear = d(c.oopMax!).minus(c.oopMet ?? '0');
        const ceiling = firstYear.plus(d(c.oopMax!).times(r.planYearResets.length));
        const costSharing = d(r.patient.total).minus(r.patient.balanceBilled);
        expect(costSharing.lessThanOrEqualTo(ceiling), `${costSharing} <= ${ceiling}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('more hours a week never cost less', () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 1, max: 40 }), (req, extraQuarters) => {
        const more = { ...req, program: { ...req.program, hoursPerWeek: Math.min(40, req.program.hoursPerWeek + extraQuarters / 4) } };
        const base = run({ ...req, paymentPlan: undefined });
        const bigger = run({ ...more, paymentPlan: undefined });
        expect(d(bigger.patient.total).greaterThanOrEqualTo(base.patient.total), `${bigger.patient.total} >= ${base.patient.total}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('installments add up to the amount financed, and every one is positive', () => {
    fc.assert(
      fc.property(request.filter((req) => req.paymentPlan !== undefined), (req) => {
        const plan = run(req).paymentPlan;
        if (!plan) return;
        const paid = plan.installments.reduce((sum, i) => sum.plus(i.amount), new Decimal(0));
        expect(paid.toFixed(2)).to.equal(d(plan.financed).plus(plan.totalInterest).toFixed(2));
        for (const installment of plan.installments) expect(d(installment.amount).greaterThan(0)).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

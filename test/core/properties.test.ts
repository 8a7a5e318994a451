// Invariants over thousands of random requests (fast-check), for every plan type.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';
import { EstimateResultSchema, type EstimateResult } from '../../src/core/result-schema.ts';
import { randomRequest as request } from './random-requests.ts';

const RUNS = 1000;

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
        // Days past a covered-day limit are not cost sharing: the plan does not cover them at all.
        const costSharing = d(r.patient.total).minus(r.patient.balanceBilled).minus(r.patient.notCovered);
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

// Invariants of the rules a benefits audit checked (src/core/RULES.md §3, §10, §11), over random requests.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';
import type { EstimateResult } from '../../src/core/result-schema.ts';
import { randomRequest } from './random-requests.ts';

const RUNS = 500;

function run(req: unknown): EstimateResult {
  const outcome = estimate(req);
  if (!outcome.ok) throw new Error(`refused ${JSON.stringify(req)}: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

const d = (value: string) => new Decimal(value);
type Coverage = Record<string, unknown>;
const withCoverage = (req: { coverage: unknown }, change: (c: Coverage) => Coverage) => ({ ...req, paymentPlan: undefined, coverage: change(req.coverage as Coverage) });

describe('invariants of the benefits audit’s rules', () => {
  it('a deductible already paid (more of it) never raises the total', () => {
    const withDeductible = randomRequest.filter((req) => (req.coverage as Coverage).deductible !== undefined);
    fc.assert(
      fc.property(withDeductible, fc.integer({ min: 1, max: 100 }), (req, percent) => {
        const c = req.coverage as Coverage;
        const deductible = d(c.deductible as string);
        const met = d((c.deductibleMet as string | undefined) ?? '0');
        // More paid toward the deductible, at most all of it (what was paid toward the maximum stays as it was).
        const more = Decimal.min(deductible, met.plus(deductible.times(percent).dividedBy(100).toDecimalPlaces(2))).toFixed(2);
        const before = run(withCoverage(req, (cov) => cov));
        const after = run(withCoverage(req, (cov) => ({ ...cov, deductibleMet: more })));
        expect(d(after.patient.total).lessThanOrEqualTo(before.patient.total), `${after.patient.total} <= ${before.patient.total}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('in network, a Medicare Advantage person’s cost sharing in a year never passes CMS’s maximum for that year', () => {
    // One calendar year (a Medicare Advantage plan's year), no covered-day limit (days past it are not covered at all).
    const advantage = randomRequest.map((req) => ({
      ...req,
      paymentPlan: undefined,
      program: { ...req.program, weeks: Math.min(req.program.weeks, 50), startDate: `${req.program.startDate.slice(0, 4)}-01-05` },
      coverage: (({ coveredDaysPerYear: _limit, coveredDaysUsed: _used, ...c }: Coverage) => ({ ...c, planType: 'medicare', medicarePlan: 'advantage', network: 'in', selfPay: false }))(req.coverage as Coverage),
    }));
    fc.assert(
      fc.property(advantage, (req) => {
        const r = run(req);
        expect(r.planYearResets).to.deep.equal([]);
        const limit = r.figures.find((f) => f.name === 'Medicare Advantage maximum out-of-pocket limit (in network)');
        // 2025 $9,350.00; 2026 $9,250.00, which 2027 borrows with a warning until its figure is in data/.
        expect(limit?.value).to.equal(req.program.startDate.startsWith('2025') ? '9350.00' : '9250.00');
        expect(d(r.patient.total).lessThanOrEqualTo(limit!.value), `${r.patient.total} <= ${limit!.value}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a Qualified Medicare Beneficiary owes no Medicare cost sharing, in Original Medicare or Medicare Advantage', () => {
    const qmb = randomRequest.map((req) => withCoverage(req, (c) => ({ ...c, planType: 'medicare', supplement: 'qmb', selfPay: false })));
    fc.assert(
      fc.property(qmb, (req) => {
        const r = run(req);
        expect([r.patient.deductible, r.patient.coinsurance, r.patient.copay]).to.deep.equal(['0.00', '0.00', '0.00']);
        // What is left is what Medicare does not cover: days past a plan's day limit, or no out-of-network benefit.
        expect(r.patient.total).to.equal(d(r.patient.notCovered).plus(r.patient.balanceBilled).toFixed(2));
        if (r.range) expect(r.range.high).to.equal(r.patient.total);
      }),
      { numRuns: RUNS },
    );
  });
});

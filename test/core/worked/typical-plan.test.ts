// Worked examples, a range's middle figure: a typical plan of the person's kind (src/core/RULES.md §9), by hand.
// Example center (data/centers/example.json): in network $450.00 a day (no payer named), out of network 60% of the
// $850.00 charge = $510.00 allowed and $340.00 balance billed a day. 12 weeks x 9 h/week at 3 h/day = 3 days a week,
// 36 days from Monday 2026-03-02 (all in plan year 2026). Typical plans (data/typical-plans.json):
//   employer PPO in network: deductible $1,886, 20%, maximum $4,416; out of network: $3,400, 40%, maximum $8,832;
//   Marketplace silver in network: $4,890, 20%, maximum $10,600; Medicare Advantage in network: $0, 20%, $5,900.
// Legal limits 2026: ACA self-only $10,600 (silver cost-sharing reduction 100-200%: $3,500); Medicare Advantage $9,250.
import Decimal from 'decimal.js';
import { describe, expect, it } from '../../harness.ts';
import type { EstimateResult } from '../../../src/core/schemas.ts';
import { expectBalanced, run } from './worked.ts';

const program = { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' };

/** The middle figure lies between the two ends, and the total is still the high end. */
function expectBetween(r: EstimateResult): void {
  const range = r.range!;
  expect(new Decimal(range.low).lessThanOrEqualTo(range.typical!), `${range.low} <= ${range.typical}`).to.equal(true);
  expect(new Decimal(range.typical!).lessThanOrEqualTo(range.high), `${range.typical} <= ${range.high}`).to.equal(true);
  expect(r.patient.total).to.equal(range.high);
  expectBalanced(r);
}

function typicalFigures(r: EstimateResult): { name: string; value: string; year: number | null; source: string }[] {
  return r.figures.filter((f) => f.name.startsWith('Typical plan, not yours'));
}

describe('worked examples: the middle figure of a range (a typical plan)', () => {
  it('private in network, nothing known: a typical employer PPO, held to its own maximum', () => {
    const r = run({ program, coverage: { planType: 'private', network: 'in' } });
    // Allowed 36 x 450 = 16,200.00.
    // Low: deductible met, coinsurance 0% -> 0.00. High: everything up to the 2026 legal limit -> 10,600.00.
    // Typical: days 1-4 all deductible 4 x 450 = 1,800.00; day 5: 86.00 of deductible + 20% x 364.00 = 72.80
    //   -> 158.80; days 6-36: 31 x 90.00 = 2,790.00. 1,800 + 158.80 + 2,790 = 4,748.80 = 1,886 + 20% x 14,314.
    //   Over the typical maximum 4,416 (below the legal 10,600): 4,416.00.
    expect(r.range).to.deep.equal({
      low: '0.00',
      high: '10600.00',
      typical: '4416.00',
      typicalPlan: { kind: 'employerPpo', network: 'in', label: 'Employer PPO, single coverage', deductible: '1886.00', coinsurancePercent: 20, oopMax: '4416.00' },
    });
    expectBetween(r);
    // Each typical number used is listed with its year and source, as the other reference figures are.
    expect(typicalFigures(r).map((f) => [f.name, f.value, f.year])).to.deep.equal([
      ['Typical plan, not yours: Employer PPO, single coverage, in network, deductible', '1886.00', 2025],
      ['Typical plan, not yours: Employer PPO, single coverage, in network, coinsurance (%)', '20', null],
      ['Typical plan, not yours: Employer PPO, single coverage, in network, out-of-pocket maximum', '4416.00', 2018],
    ]);
    expect(typicalFigures(r)[0]!.source).to.contain('KFF Employer Health Benefits Survey 2025').and.to.contain('(secondary source)');
    expect(typicalFigures(r)[2]!.source).to.contain('AHRQ MEPS-IC 2018, Table I.F.10 <https://meps.ahrq.gov/');
    // The worst case is what the warning's maximum says: the legal limit.
    expect(r.warnings.find((w) => w.code === 'plan-details-unknown')?.params).to.deep.include({ bounded: true, maximum: '10600.00', oopMax: true });
  });

  it('private in network, deductible typed, coinsurance and maximum unknown: the typed deductible stays', () => {
    const r = run({ program, coverage: { planType: 'private', network: 'in', deductible: '1000.00' } });
    // Low: deductible treated as met, 0% -> 0.00. High: 1,000 then 100% up to the legal 10,600 -> 10,600.00.
    // Typical (only coinsurance and maximum lent): day 1 450.00, day 2 450.00 (900 of the deductible),
    //   day 3 100.00 + 20% x 350.00 = 70.00 -> 170.00; days 4-36: 33 x 90.00 = 2,970.00.
    //   450 + 450 + 170 + 2,970 = 4,040.00, under the typical maximum 4,416.00.
    expect(r.range?.typical).to.equal('4040.00');
    expect(r.range?.typicalPlan).to.deep.equal({ kind: 'employerPpo', network: 'in', label: 'Employer PPO, single coverage', coinsurancePercent: 20, oopMax: '4416.00' });
    expect(r.range).to.include({ low: '0.00', high: '10600.00' });
    expectBetween(r);
    // The typical deductible was not used, so it is not listed.
    expect(typicalFigures(r).map((f) => f.name)).to.deep.equal([
      'Typical plan, not yours: Employer PPO, single coverage, in network, coinsurance (%)',
      'Typical plan, not yours: Employer PPO, single coverage, in network, out-of-pocket maximum',
    ]);
  });

  it('Medicare Advantage in network, nothing known: a typical Medicare Advantage plan, under CMS’s limit', () => {
    const r = run({ program, coverage: { planType: 'medicare', medicarePlan: 'advantage', network: 'in' } });
    // Low 0.00. High: everything up to CMS's 2026 limit 9,250 (16,200 allowed) -> 9,250.00.
    // Typical: no deductible, 20% x 450.00 = 90.00 a day x 36 = 3,240.00, under its maximum 5,900 (and CMS's 9,250).
    expect(r.range).to.deep.equal({
      low: '0.00',
      high: '9250.00',
      typical: '3240.00',
      typicalPlan: { kind: 'medicareAdvantage', network: 'in', label: 'Medicare Advantage plan', deductible: '0.00', coinsurancePercent: 20, oopMax: '5900.00' },
    });
    expectBetween(r);
    // A stated assumption is cited by its label, not called a secondary source.
    expect(typicalFigures(r)[0]).to.deep.equal({
      name: 'Typical plan, not yours: Medicare Advantage plan, in network, deductible',
      value: '0.00',
      year: null,
      source: 'Stated assumption (no survey figure found)',
    });
  });

  it('private out of network, nothing known: the typical out-of-network terms, balance billing on top', () => {
    const r = run({ program, coverage: { planType: 'private', network: 'out' } });
    // Allowed 36 x 510 = 18,360.00; balance 36 x 340 = 12,240.00 (counts toward nothing).
    // Low: only the balance, 12,240.00. High: no cap out of network, the whole charge 36 x 850 = 30,600.00.
    // Typical: days 1-6 all deductible 6 x 510 = 3,060.00; day 7: 340.00 + 40% x 170.00 = 68.00 -> 408.00;
    //   days 8-36: 29 x 204.00 = 5,916.00. 3,060 + 408 + 5,916 = 9,384.00, over the typical maximum 8,832.00:
    //   8,832.00 + 12,240.00 of balance = 21,072.00.
    expect(r.range).to.deep.equal({
      low: '12240.00',
      high: '30600.00',
      typical: '21072.00',
      typicalPlan: { kind: 'employerPpo', network: 'out', label: 'Employer PPO, single coverage', deductible: '3400.00', coinsurancePercent: 40, oopMax: '8832.00' },
    });
    expectBetween(r);
  });

  it('a silver plan with cost-sharing reductions: the law holds the typical maximum to the reduced limit', () => {
    const r = run({
      program,
      coverage: { planType: 'aca', metal: 'silver', network: 'in' },
      household: { size: 2, annualIncome: '30000', state: 'OH' },
    });
    // 2025 guideline for 2 people 21,150: 30,000 is 141.84% -> reduced 2026 limit 3,500 (RULES.md §8).
    // High: everything up to 3,500 -> 3,500.00. Low 0.00.
    // Typical silver: deductible 4,890 would take days 1-10 (4,500.00) and more, but 3,500 is reached on day 8
    //   (7 x 450 = 3,150, then 350.00): 3,500.00, the maximum used, not the typical 10,600.
    expect(r.range).to.deep.equal({
      low: '0.00',
      high: '3500.00',
      typical: '3500.00',
      typicalPlan: { kind: 'marketplaceSilver', network: 'in', label: 'ACA Marketplace silver plan, no cost-sharing reductions', deductible: '4890.00', coinsurancePercent: 20, oopMax: '3500.00' },
    });
    expectBetween(r);
  });

  it('no middle figure where there is no typical plan or no range', () => {
    // The plan's numbers known: no range, no middle figure, no typical figure listed.
    const known = run({ program, coverage: { planType: 'private', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '5000.00' } });
    expect(known.range).to.equal(undefined);
    expect(typicalFigures(known)).to.deep.equal([]);
    // Marketplace and Medicare Advantage out of network: the data has no typical figures there.
    const aca = run({ program, coverage: { planType: 'aca', network: 'out' } });
    expect(aca.range).to.not.equal(undefined);
    expect(aca.range).to.not.have.any.keys('typical', 'typicalPlan');
    expect(typicalFigures(aca)).to.deep.equal([]);
    const advantage = run({ program, coverage: { planType: 'medicare', medicarePlan: 'advantage', network: 'out' } });
    expect(advantage.range).to.not.equal(undefined);
    expect(advantage.range).to.not.have.any.keys('typical', 'typicalPlan');
    // A range of one amount (200 days, both ends at CMS's 9,250): nothing to place between them.
    const long = run({ program: { weeks: 50, hoursPerWeek: 12, startDate: '2026-01-05' }, coverage: { planType: 'medicare', medicarePlan: 'advantage', network: 'in', coinsurancePercent: 20 } });
    expect(long.range).to.include({ low: long.range!.high });
    expect(long.range).to.not.have.any.keys('typical', 'typicalPlan');
  });
});

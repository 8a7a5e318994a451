// Worked examples, the center's rates by payer (src/core/RULES.md §2): a payer's plans paying differently,
// and what a payer is known to allow out of network, computed by hand.
// Example center: charge $850.00/day, in-network $450.00, Aetna $520.00, out of network 60% = $510.00.
import { describe, expect, it } from '../../harness.ts';
import { centerWith, expectBalanced, run } from './worked.ts';

const byPlan = centerWith((c) => {
  c.rates.negotiated.push({ payer: 'Aetna', plan: 'Aetna CVS Health Marketplace', planTypes: ['aca'], perUnit: '430.00' });
  c.rates.outOfNetworkAllowed = [{ payer: 'Cigna', perUnit: '600.00' }];
});
const week = { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' };

describe('worked examples: rates by payer and plan', () => {
  it("uses a payer's Marketplace rate for a Marketplace plan and its other rate for an employer plan", () => {
    const terms = { network: 'in' as const, payer: 'Aetna', deductible: '5000.00', coinsurancePercent: 20, oopMax: '9000.00' };
    const aca = run({ program: week, coverage: { planType: 'aca', ...terms } }, byPlan);
    // 3 days x $430.00, all toward the $5,000.00 deductible: $1,290.00
    expect(aca.allowed).to.equal('1290.00');
    expect(aca.patient.total).to.equal('1290.00');
    expect(aca.figures.map((f) => f.name)).to.include('Rate negotiated with Aetna (Aetna CVS Health Marketplace) per day');
    const employer = run({ program: week, coverage: { planType: 'private', ...terms } }, byPlan);
    // 3 days x $520.00 = $1,560.00
    expect(employer.patient.total).to.equal('1560.00');
    expectBalanced(aca);
    expectBalanced(employer);
  });

  it('uses what a payer is known to allow out of network, in place of the percentage', () => {
    const coverage = { planType: 'private' as const, network: 'out' as const, deductible: '0.00', coinsurancePercent: 50, oopMax: '9000.00' };
    const cigna = run({ program: week, coverage: { ...coverage, payer: 'Cigna' } }, byPlan);
    // Allowed $600.00: 50% = $300.00 a day, + $250.00 balance billing: 3 x $550.00 = $1,650.00
    expect(cigna.allowed).to.equal('1800.00');
    expect(cigna.patient.balanceBilled).to.equal('750.00');
    expect(cigna.patient.total).to.equal('1650.00');
    expect(cigna.figures.map((f) => f.name)).to.include('Out-of-network allowed amount per day known for Cigna');
    const other = run({ program: week, coverage: { ...coverage, payer: 'Humana' } }, byPlan);
    // 60% of $850.00 = $510.00: $255.00 + $340.00 = $595.00 a day, $1,785.00
    expect(other.patient.total).to.equal('1785.00');
    expectBalanced(cigna);
  });
});

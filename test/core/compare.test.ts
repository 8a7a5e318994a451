import { describe, expect, it } from '../harness.ts';
import { compareOptions } from '../../src/core/compare.ts';
import { centerWith } from './worked/worked.ts';

describe('in network, out of network and self-pay side by side', () => {
  it('marks self-pay cheapest when the deductible is high', () => {
    const comparison = compareOptions({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', deductible: '6000.00', coinsurancePercent: 30, oopMax: '9000.00' },
    });
    // 6 days. In network: 6 x $450.00 = $2,700.00, all under the deductible.
    // Out of network: 6 x $510.00 (60% of $850.00) = $3,060.00 deductible + 6 x $340.00 balance = $5,100.00.
    // Self-pay: 6 x $350.00 = $2,100.00.
    expect(comparison?.options.map((o) => [o.kind, o.result.patient.total])).to.deep.equal([
      ['in-network', '2700.00'],
      ['out-of-network', '5100.00'],
      ['self-pay', '2100.00'],
    ]);
    expect(comparison?.cheapest).to.equal('self-pay');
    // But out of network could cost as little as its balance billing, 6 x $340.00 = $2,040.00, below self-pay's
    // $2,100.00: no option is the lowest whatever the plan's unknown out-of-network numbers are.
    expect(comparison?.options[1]?.result.range?.low).to.equal('2040.00');
    expect(comparison?.lowest).to.equal(undefined);
  });

  it('is lowest for sure only when its total is at most every other option’s low end', () => {
    const known = compareOptions({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', deductible: '500.00', coinsurancePercent: 20, oopMax: '1000.00' },
    });
    // In network: $500.00 deductible + 20% of (6 x $450.00 - $500.00) = $440.00 -> $940.00. Out of network at
    // least the 6 x $340.00 = $2,040.00 balance billed; self-pay 6 x $350.00 = $2,100.00. In network is lowest.
    expect(known?.options[0]?.result.patient.total).to.equal('940.00');
    expect(known?.lowest).to.equal('in-network');
    const unknown = compareOptions({ program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'private' } });
    // Plan numbers unknown. In network $0.00 - $10,600.00 (the 2026 legal maximum caps it); out of network at least
    // its balance billing, 36 x $340.00 = $12,240.00; self-pay 36 x $350.00 = $12,600.00. In network's most is below
    // both others' least, so it is the lowest whatever the plan's numbers are.
    expect(unknown?.options.map((o) => o.result.range?.low ?? o.result.patient.total)).to.deep.equal(['0.00', '12240.00', '12600.00']);
    expect(unknown?.options[0]?.result.patient.total).to.equal('10600.00');
    expect(unknown?.lowest).to.equal('in-network');
  });

  it('has no network choice for Original Medicare and Medicaid', () => {
    // A center that is not enrolled in Medicaid may offer a Medicaid enrollee its self-pay price (one that is may not).
    const notEnrolled = centerWith((c) => (c.participates = { medicaid: false }));
    const comparison = compareOptions({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'medicaid' } }, notEnrolled);
    // Medicaid with no copay: $0.00; self-pay 3 x $350.00 = $1,050.00
    expect(comparison?.options.map((o) => [o.kind, o.result.patient.total])).to.deep.equal([
      ['in-network', '0.00'],
      ['self-pay', '1050.00'],
    ]);
    expect(comparison?.cheapest).to.equal('in-network');
  });

  it('is only self-pay for an uninsured person, and null for a bad request', () => {
    const uninsured = compareOptions({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } });
    expect(uninsured?.options.map((o) => o.kind)).to.deep.equal(['self-pay']);
    expect(compareOptions({ program: { weeks: 0, hoursPerWeek: 9 }, coverage: { planType: 'uninsured' } })).to.equal(null);
  });
});

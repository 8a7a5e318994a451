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

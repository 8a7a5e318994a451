// Worked examples, uninsured and self-pay (src/core/RULES.md §13-§14), computed by hand.
// Example center: self-pay $350/day. Sliding scale by % of the poverty guideline in force on the service
// date: band 1 (0-100%, inclusive) $25/day fee; band 2 (over 100 up to 150%) 60% off -> $140/day;
// band 3 (over 150 up to 200%) 40% off -> $210/day; band 4 (over 200%) no discount.
// Paid-in-full discount 10% of what is left after the sliding scale.
// Guidelines for one person: 2025 $15,650 (in force to 2026-01-14), 2026 $15,960 (from 2026-01-15).
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes } from './worked.ts';

const oneAdult = (annualIncome: string) => ({ size: 1, annualIncome, state: 'OH' });

describe('worked examples: uninsured / self-pay', () => {
  it('exactly 100% of the guideline is band 1, the nominal fee', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: oneAdult('15960.00'),
    });
    // 15,960 / 15,960 = 100.00% -> band 1: $25 a day instead of $350.
    // 6 days: self-pay 6 x 350 = 2100, fee 6 x 25 = 150.00, discount 6 x 325 = 1950.00
    // Not paid in full: total 150.00; offer 10% x 150 = 15.00 -> 135.00
    expect(r.slidingScale).to.include({ povertyPercent: '100.00', band: 1 });
    expect(r.allowed).to.equal('2100.00');
    expect(r.patient.slidingScaleDiscount).to.equal('1950.00');
    expect(r.patient.total).to.equal('150.00');
    expect(r.patient.paidInFullDiscount).to.equal('0.00');
    expect(r.paidInFullOffer).to.deep.equal({ discountPercent: 10, discount: '15.00', total: '135.00' });
    expect(r.planPays).to.equal('0.00');
    expectBalanced(r);
  });

  it('100.01% is band 2 (60% off), and paying in full takes 10% more off', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: oneAdult('15961.60'),
      paidInFull: true,
    });
    // 15,961.60 / 15,960 = 100.010% -> band 2: 350 x 40% = 140 a day.
    // 6 days: 840.00 after the scale, discount 6 x 210 = 1260.00
    // Paid in full: 10% x 840 = 84.00 off -> total 756.00
    expect(r.slidingScale).to.include({ povertyPercent: '100.01', band: 2 });
    expect(r.patient.slidingScaleDiscount).to.equal('1260.00');
    expect(r.patient.paidInFullDiscount).to.equal('84.00');
    expect(r.patient.total).to.equal('756.00');
    expectBalanced(r);
  });

  it('a family of four at exactly 150% is still band 2', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: { size: 4, annualIncome: '49500.00', state: 'TX' },
    });
    // Guideline for 4: 15,960 + 3 x 5,680 = 33,000; 49,500 / 33,000 = 150.00% -> band 2.
    // 3 days x 140 = 420.00; discount 3 x 210 = 630.00; offer 42.00 -> 378.00
    expect(r.slidingScale).to.include({ povertyPercent: '150.00', band: 2 });
    expect(r.patient.total).to.equal('420.00');
    expect(r.paidInFullOffer).to.deep.equal({ discountPercent: 10, discount: '42.00', total: '378.00' });
    expectBalanced(r);
  });

  it('exactly 200% is band 3 (40% off)', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: oneAdult('31920.00'),
    });
    // 31,920 / 15,960 = 200.00% -> band 3: 350 x 60% = 210 a day.
    // 4 days: 840.00; discount 4 x 140 = 560.00; offer 84.00 -> 756.00
    expect(r.slidingScale).to.include({ povertyPercent: '200.00', band: 3 });
    expect(r.patient.slidingScaleDiscount).to.equal('560.00');
    expect(r.patient.total).to.equal('840.00');
    expect(r.paidInFullOffer).to.deep.equal({ discountPercent: 10, discount: '84.00', total: '756.00' });
    expectBalanced(r);
  });

  it('a cent above 200% pays the full self-pay price (band 4)', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: oneAdult('31920.01'),
    });
    // 31,920.01 / 15,960 = 200.0000627% (shown 200.00) -> above 200%: band 4, no discount.
    // 3 x 350 = 1050.00; offer 105.00 -> 945.00
    expect(r.slidingScale).to.include({ povertyPercent: '200.00', band: 4 });
    expect(r.patient.slidingScaleDiscount).to.equal('0.00');
    expect(r.patient.total).to.equal('1050.00');
    expect(r.paidInFullOffer).to.deep.equal({ discountPercent: 10, discount: '105.00', total: '945.00' });
    expectBalanced(r);
  });

  it('uses the guideline in force on the service date (2025 guidelines before 2026-01-15)', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-01-05' },
      coverage: { planType: 'uninsured' },
      household: oneAdult('15800.00'),
    });
    // Days 01-05..01-07: the 2025 guideline 15,650 is in force. 15,800 / 15,650 = 100.958% -> 100.96, band 2.
    // (Against 2026's 15,960 it would be 99.00%, band 1.)
    // 3 x 140 = 420.00; discount 630.00
    expect(r.slidingScale).to.include({ povertyPercent: '100.96', band: 2 });
    expect(r.patient.total).to.equal('420.00');
    expectBalanced(r);
  });

  it('an insured person choosing self-pay: cheaper than the plan before the deductible is met', () => {
    const coverage = { planType: 'private', network: 'in', deductible: '3000.00', coinsurancePercent: 20, oopMax: '6000.00' };
    const program = { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' };
    const selfPay = run({ program, coverage: { ...coverage, selfPay: true } });
    const insured = run({ program, coverage });
    // Self-pay, no household entered: 6 x 350 = 2100.00, the plan pays nothing; offer 210.00 -> 1890.00
    // Through the plan: 6 x 450 = 2700 allowed, all under the 3000 deductible -> 2700.00
    expect(selfPay.patient.total).to.equal('2100.00');
    expect(selfPay.planPays).to.equal('0.00');
    expect(selfPay.paidInFullOffer).to.deep.equal({ discountPercent: 10, discount: '210.00', total: '1890.00' });
    expect(warningCodes(selfPay)).to.include('self-pay-not-counted');
    expect(insured.patient.total).to.equal('2700.00');
    expectBalanced(selfPay);
    expectBalanced(insured);
  });
});

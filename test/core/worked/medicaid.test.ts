// Worked examples, Medicaid (src/core/RULES.md §12, 42 CFR 447.52-447.56), by hand.
// Example center: Medicaid pays $180/day; copay per day from coverage.copayPerUnit (center default $0).
// Per-service limit: 101-150% FPL 10% of what Medicaid pays (18.00), above 150% 20% (36.00).
// Household cap: 5% of annual income per month = income x 5% / 12, half-up to the cent. No balance billing.
// 2026 poverty guidelines (in force from 2026-01-15): $15,960 + $5,680 each extra person.
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, weeklyPatient } from './worked.ts';

describe('worked examples: Medicaid', () => {
  it('costs nothing without a copay', () => {
    const r = run({
      program: { weeks: 3, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'medicaid' },
    });
    // 9 days x 180 = 1620.00 allowed, all paid by Medicaid; gross charges 9 x 850 = 7650.00, none billed.
    expect(r.allowed).to.equal('1620.00');
    expect(r.grossCharges).to.equal('7650.00');
    expect(r.patient.total).to.equal('0.00');
    expect(r.patient.balanceBilled).to.equal('0.00');
    expect(r.planPays).to.equal('1620.00');
    expectBalanced(r);
  });

  it('limits the copay to 10% at 101-150% FPL and caps it at 5% of income a month, March then April', () => {
    const r = run({
      program: { weeks: 4, hoursPerWeek: 9, startDate: '2026-03-16' },
      coverage: { planType: 'medicaid', copayPerUnit: '25.00' },
      household: { size: 1, annualIncome: '20000.00', state: 'OH' },
    });
    // 20,000 / 15,960 = 125.31% FPL -> copay limit 10% x 180 = 18.00 (the asked 25.00 is too high).
    // Monthly cap 20,000 x 5% / 12 = 83.333... -> 83.33.
    // Week 1: 03-16, 03-17, 03-18: 18 x 3 = 54.00                                    March 54
    // Week 2: 03-23: 18 (72); 03-24: min(18, 83.33 - 72) = 11.33 (83.33); 03-25: 0 = 29.33
    // Week 3: 03-30, 03-31: 0 (March cap reached); 04-01: 18 (new month)        = 18.00
    // Week 4: 04-06, 04-07, 04-08: 18 x 3 = 54.00                                    April 72
    // Total 83.33 + 72 = 155.33; Medicaid pays 12 x 180 - 155.33 = 2004.67
    expect(weeklyPatient(r)).to.deep.equal(['54.00', '29.33', '18.00', '54.00']);
    expect(r.patient.total).to.equal('155.33');
    expect(r.patient.copay).to.equal('155.33');
    expect(r.planPays).to.equal('2004.67');
    expect(r.patient.balanceBilled).to.equal('0.00');
    expectBalanced(r);
  });

  it('limits the copay to 20% above 150% FPL; the monthly cap rounds half-up to the cent', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-04-06' },
      coverage: { planType: 'medicaid', copayPerUnit: '40.00' },
      household: { size: 1, annualIncome: '24001.20', state: 'OH' },
    });
    // 24,001.20 / 15,960 = 150.38% FPL -> limit 20% x 180 = 36.00.
    // Cap 24,001.20 x 5% / 12 = 1200.06 / 12 = 100.005 -> 100.01 (half-up).
    // 04-06: 36, 04-07: 36 (72), 04-08: min(36, 28.01) = 28.01 -> 100.01
    // Medicaid pays 540 - 100.01 = 439.99
    expect(r.patient.total).to.equal('100.01');
    expect(r.planPays).to.equal('439.99');
    expectBalanced(r);
  });

  it('a family of three above 150% FPL reaches its monthly cap in week 2', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-04-06' },
      coverage: { planType: 'medicaid', copayPerUnit: '40.00' },
      household: { size: 3, annualIncome: '50000.00', state: 'OH' },
    });
    // Guideline for 3: 15,960 + 2 x 5,680 = 27,320; 50,000 / 27,320 = 183.02% -> limit 36.00.
    // Cap 50,000 x 5% / 12 = 208.333... -> 208.33.
    // Week 1: 3 x 36 = 108.00; week 2: 36 (144), 36 (180), min(36, 28.33) = 28.33 -> 100.33
    // Total 208.33; Medicaid pays 6 x 180 - 208.33 = 871.67
    expect(weeklyPatient(r)).to.deep.equal(['108.00', '100.33']);
    expect(r.patient.total).to.equal('208.33');
    expect(r.planPays).to.equal('871.67');
    expectBalanced(r);
  });
});

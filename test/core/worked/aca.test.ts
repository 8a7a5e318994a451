// Worked examples, ACA Marketplace plans (src/core/RULES.md §3, §8), computed by hand.
// Example center in network: $450/day. 12 h/week = 4 days of 3 hours.
// Cost-sharing reductions (silver, 100-250% FPL) use the poverty guidelines of the year before the plan
// year: for a 2026 program, 2025 guidelines ($15,650 for one person, +$5,500 each extra person).
// 2026 limits: $10,600 self-only; CSR $3,500 (100-200% FPL), $8,450 (200-250% FPL).
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient } from './worked.ts';

describe('worked examples: ACA marketplace plan', () => {
  it('lowers a silver plan\'s maximum to the 100-200% FPL reduced limit', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'aca', metal: 'silver', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '7000.00' },
      household: { size: 1, annualIncome: '25000.00', state: 'OH' },
    });
    // Income 25,000 / 15,650 (2025) = 159.74% FPL -> CSR limit 3,500; maximum min(7000, 3500) = 3500.
    // 48 days x 450 = 21,600 allowed.
    // Week 1: 450, 450, 450 (1350), 150 + 300 x 20% = 60 -> 210          = 1560.00   oop 1560
    // Weeks 2-6: 4 x 90 = 360.00 each (5 x 360 = 1800)                              oop 3360
    // Week 7: 90 (3450), min(90, 50) = 50 (3500), 0, 0                    =  140.00
    // Weeks 8-12: 0.00. Total 3500.00; plan pays 21,600 - 3500 = 18100.00
    expect(weeklyPatient(r)).to.deep.equal([
      '1560.00', '360.00', '360.00', '360.00', '360.00', '360.00', '140.00', '0.00', '0.00', '0.00', '0.00', '0.00',
    ]);
    expect(r.patient.total).to.equal('3500.00');
    expect(r.planPays).to.equal('18100.00');
    expectBalanced(r);
  });

  it('measures income against the previous year\'s guidelines (201% in 2025 terms, 197% in 2026 terms)', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'aca', metal: 'silver', network: 'in', deductible: '3000.00', coinsurancePercent: 30, oopMax: '9000.00' },
      household: { size: 1, annualIncome: '31500.00', state: 'OH' },
    });
    // 31,500 / 15,650 (2025) = 201.28% -> 200-250% band -> 8,450; maximum min(9000, 8450) = 8450.
    // (Against 2026's 15,960 it would be 197.37% -> 3,500: the wrong guideline year shows as 3500.00.)
    // 48 days x 450. Week 1: 4 x 450 = 1800.00 (deductible met 1800)
    // Week 2: 450, 450 (2700), 300 + 150 x 30% = 45 -> 345 (3045), 135 (3180)        = 1380.00
    // Weeks 3-11: 4 x 135 = 540.00 each (9 x 540 = 4860)                    oop 8040
    // Week 12: 135 (8175), 135 (8310), 135 (8445), min(135, 5) = 5 (8450)   =  410.00
    // Total 8450.00 (with no reduction it would be 3180 + 10 x 540 = 8580, under 9000)
    // Plan pays 21,600 - 8450 = 13150.00
    expect(weeklyPatient(r).slice(0, 3)).to.deep.equal(['1800.00', '1380.00', '540.00']);
    expect(weeklyPatient(r)[11]).to.equal('410.00');
    expect(r.patient.total).to.equal('8450.00');
    expect(r.planPays).to.equal('13150.00');
    expectBalanced(r);
  });

  it('keeps a silver plan\'s own maximum when it is below the reduced limit', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'aca', metal: 'silver', network: 'in', deductible: '1000.00', coinsurancePercent: 20, oopMax: '3000.00' },
      household: { size: 2, annualIncome: '30000.00', state: 'OH' },
    });
    // 2025 guideline for 2: 15,650 + 5,500 = 21,150; 30,000 / 21,150 = 141.84% -> reduced limit 3,500
    // (7,000 if other than self-only); maximum min(3000, reduced) = 3000.
    // 450, 450 (900), 100 + 350 x 20% = 70 -> 170 (1070), then 90 a day: 21 x 90 = 1890 (2960), then 40 (3000)
    // Total 3000.00; plan pays 21,600 - 3000 = 18600.00
    expect(r.patient.total).to.equal('3000.00');
    expect(r.planPays).to.equal('18600.00');
    expectBalanced(r);
  });

  it('does not reduce a bronze plan\'s maximum, whatever the income', () => {
    const r = run({
      program: { weeks: 6, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'aca', metal: 'bronze', network: 'in', deductible: '7000.00', coinsurancePercent: 40, oopMax: '7500.00' },
      household: { size: 1, annualIncome: '25000.00', state: 'OH' },
    });
    // 159.74% FPL but bronze: no cost-sharing reductions; maximum 7500 (< 10,600).
    // 24 days x 450 = 10,800 allowed.
    // Weeks 1-3: 12 x 450 = 5400 (1800.00 each)
    // Week 4: 450, 450, 450 (6750), 250 + 200 x 40% = 80 -> 330 (7080)        = 1680.00
    // Week 5: 180 (7260), 180 (7440), min(180, 60) = 60 (7500), 0             =  420.00
    // Week 6: 0.00. Total 7500.00; plan pays 10,800 - 7500 = 3300.00
    expect(weeklyPatient(r)).to.deep.equal(['1800.00', '1800.00', '1800.00', '1680.00', '420.00', '0.00']);
    expect(r.patient.total).to.equal('7500.00');
    expect(r.planPays).to.equal('3300.00');
    expectBalanced(r);
  });

  it('clamps an entered maximum above the 2026 legal limit, with a warning', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'aca', metal: 'gold', network: 'in', deductible: '5000.00', coinsurancePercent: 50, oopMax: '12000.00' },
    });
    // Maximum min(12,000, 10,600) = 10,600. 48 days x 450 = 21,600 allowed.
    // Weeks 1-2: 8 x 450 = 3600; week 3: 450, 450, 450 (4950), 50 + 400 x 50% = 200 -> 250 (5200) = 1600.00
    // Weeks 4-9: 24 x 225 = 5400 -> 10,600 exactly at the end of week 9 (900.00); weeks 10-12: 0.00
    // Total 10600.00; plan pays 21,600 - 10,600 = 11000.00
    expect(weeklyPatient(r)).to.deep.equal([
      '1800.00', '1800.00', '1600.00', '900.00', '900.00', '900.00', '900.00', '900.00', '900.00', '0.00', '0.00', '0.00',
    ]);
    expect(r.patient.total).to.equal('10600.00');
    expect(r.planPays).to.equal('11000.00');
    expect(warningCodes(r)).to.include('oop-max-above-legal-limit');
    expectBalanced(r);
  });
});

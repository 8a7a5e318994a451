// Worked examples, family coverage (coverage.family, spec of issue 7), computed by hand.
// Embedded: deductible left = min(individual left, family left); aggregate: the family's only.
// Cap: left = min(individual oopMax - met, family oopMax - met). What the person pays counts toward both.
// In network, ACA and private: the individual maximum is at most the year's self-only limit (2026: $10,600),
// the family maximum at most the other-than-self-only limit (2026: $21,200).
// Example center in network: $450/day, Aetna $520/day. 12 h/week = 4 days of 3 hours.
// 2026-03-02 is a Monday: 2 weeks = 03-02, 03-03, 03-04, 03-05 | 03-09, 03-10, 03-11, 03-12.
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient, weeklyPlanPays } from './worked.ts';

describe('worked examples: family coverage', () => {
  it('an embedded family deductible met by the family mid-program, before the larger individual one', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', deductible: '3000.00', coinsurancePercent: 20, oopMax: '6000.00',
        family: { kind: 'embedded', deductible: '6000.00', deductibleMet: '5100.00', oopMax: '12000.00', oopMet: '7000.00' },
      },
    });
    // 8 days x 450 = 3600.00. Deductible left = min(3000 - 0, 6000 - 5100 = 900) = 900.
    // 03-02: 450 deductible (family met 5550). 03-03: 450 (family met 6000: the deductible is met)
    // 03-04 .. 03-12: min(individual 2100 left, family 0 left) = 0 -> coinsurance 450 x 20% = 90 a day, 6 days = 540
    // Total 900 + 540 = 1440.00 (far under min(6000, 12000 - 7000 = 5000))
    // Without the family: 6 x 450 = 2700, 300 + 150 x 20% = 30 -> 330, 90: 3120.00.
    // Weekly: 450 + 450 + 90 + 90 = 1080.00, 4 x 90 = 360.00; plan 1800 - 1080 = 720.00, 1440.00
    expect(r.patient.deductible).to.equal('900.00');
    expect(r.patient.coinsurance).to.equal('540.00');
    expect(r.patient.total).to.equal('1440.00');
    expect(r.planPays).to.equal('2160.00');
    expect(weeklyPatient(r)).to.deep.equal(['1080.00', '360.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['720.00', '1440.00']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    expect(r.range).to.equal(undefined);
    expectBalanced(r);
  });

  it('an aggregate family deductible: the individual deductible does not apply', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', deductible: '500.00', coinsurancePercent: 20, oopMax: '6000.00',
        family: { kind: 'aggregate', deductible: '4000.00', deductibleMet: '2500.00', oopMax: '12000.00', oopMet: '3000.00' },
      },
    });
    // 8 days x 450 = 3600.00. Deductible left = family only: 4000 - 2500 = 1500 (the 500 individual one is ignored).
    // 03-02, 03-03, 03-04: 450 each (family met 3850). 03-05: 150 (family met 4000) + 300 x 20% = 60 -> 210
    // 03-09 .. 03-12: 90 each = 360
    // Total 1350 + 210 + 360 = 1920.00; deductible 1500.00, coinsurance 60 + 360 = 420.00; plan pays 1680.00
    // (Embedded, with the individual 500, it would be 450 + (50 + 80) + 6 x 90 = 1120.00.)
    // Weekly: 1560.00, 360.00; plan 1800 - 1560 = 240.00, 1440.00
    expect(r.patient.deductible).to.equal('1500.00');
    expect(r.patient.coinsurance).to.equal('420.00');
    expect(r.patient.total).to.equal('1920.00');
    expect(r.planPays).to.equal('1680.00');
    expect(weeklyPatient(r)).to.deep.equal(['1560.00', '360.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['240.00', '1440.00']);
    expect(r.range).to.equal(undefined);
    const aggregate = r.warnings.find((w) => w.code === 'family-aggregate-deductible');
    expect(aggregate, 'family-aggregate-deductible warning').to.not.equal(undefined);
    expect(aggregate!.params).to.include.keys('amount');
    expectBalanced(r);
  });

  // 12 weeks x 4 days = 48 days, 2026-03-02 .. 2026-05-21, Aetna $520: 24,960.00 allowed.
  // Day 8 = 2026-03-12, day 15 = 2026-03-25, day 29 = 2026-04-20 (day n = week floor((n-1)/4), day (n-1) mod 4).
  // Individual: deductible 4000, 60% coinsurance, maximum entered 15,000 (above the 2026 self-only 10,600).
  // Days 1-7: 520 each = 3640. Day 8: 360 (individual deductible met) + 160 x 60% = 96 -> 456 (4096).
  // Then 520 x 60% = 312 a day. The family's deductible (8000 - 2000 = 6000 left) never binds before the 4000.
  const familyPlan = (family: Record<string, unknown>) => ({
    program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
    coverage: { planType: 'private', network: 'in', payer: 'Aetna', deductible: '4000.00', coinsurancePercent: 60, oopMax: '15000.00', family },
  });

  it('an embedded individual maximum above the self-only limit is capped at the limit on a family plan', () => {
    const r = run(familyPlan({ kind: 'embedded', deductible: '8000.00', deductibleMet: '2000.00', oopMax: '20000.00', oopMet: '5000.00' }));
    // Individual maximum used min(15,000, 10,600) = 10,600; family 20,000 is under 21,200 (kept), 15,000 left.
    // Cap left = min(10,600 - 4096 = 6504, 20,000 - (5000 + 4096) = 10,904) = 6504 after day 8.
    // Days 9-28: 20 x 312 = 6240 (10,336). Day 29 (2026-04-20): min(312, 264) = 264 -> 10,600. Days 30-48: 0.
    // Total 10,600.00; deductible 4000.00, coinsurance 96 + 6240 + 264 = 6600.00; plan pays 24,960 - 10,600 = 14,360.00
    // (Unclamped: 4096 + 40 x 312 = 16,576 -> capped at 15,000.)
    // Weekly: 2080, 2016 (3 x 520 + 456), 5 weeks of 4 x 312 = 1248, 264, then 0.00 x 4
    expect(r.patient.total).to.equal('10600.00');
    expect(r.patient.deductible).to.equal('4000.00');
    expect(r.patient.coinsurance).to.equal('6600.00');
    expect(r.planPays).to.equal('14360.00');
    expect(weeklyPatient(r)).to.deep.equal([
      '2080.00', '2016.00', '1248.00', '1248.00', '1248.00', '1248.00', '1248.00', '264.00', '0.00', '0.00', '0.00', '0.00',
    ]);
    expect(weeklyPlanPays(r)).to.deep.equal([
      '0.00', '64.00', '832.00', '832.00', '832.00', '832.00', '832.00', '1816.00', '2080.00', '2080.00', '2080.00', '2080.00',
    ]);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-12');
    expect(r.milestones?.oopMaxReached).to.equal('2026-04-20');
    const above = r.warnings.find((w) => w.code === 'oop-max-above-legal-limit');
    expect(above?.params).to.deep.include({ entered: '15000.00', limit: '10600.00' });
    expect(warningCodes(r)).to.not.include('family-oop-max-above-legal-limit');
    expectBalanced(r);
  });

  it('a family maximum above the family limit is capped at 21,200, and then binds before the individual one', () => {
    const r = run(familyPlan({ kind: 'embedded', deductible: '8000.00', deductibleMet: '2000.00', oopMax: '30000.00', oopMet: '15000.00' }));
    // Family maximum used min(30,000, 21,200) = 21,200, left 21,200 - 15,000 = 6200; individual 10,600 (clamped too).
    // After day 8: individual left 10,600 - 4096 = 6504, family left 6200 - 4096 = 2104 -> cap 2104.
    // Days 9-14: 6 x 312 = 1872 (left 232). Day 15 (2026-03-25): 232 -> family maximum reached. Then 0.
    // Total 6200.00; deductible 4000.00, coinsurance 96 + 1872 + 232 = 2200.00; plan pays 24,960 - 6200 = 18,760.00
    // (Family unclamped: left min(6504, 30,000 - 19,096 = 10,904) and the total would be 10,600.00.)
    // Weekly: 2080, 2016, 1248, 312 + 312 + 232 = 856, then 0.00
    expect(r.patient.total).to.equal('6200.00');
    expect(r.patient.deductible).to.equal('4000.00');
    expect(r.patient.coinsurance).to.equal('2200.00');
    expect(r.planPays).to.equal('18760.00');
    expect(weeklyPatient(r)).to.deep.equal([
      '2080.00', '2016.00', '1248.00', '856.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00',
    ]);
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-25');
    expect(warningCodes(r)).to.include('oop-max-above-legal-limit');
    const family = r.warnings.find((w) => w.code === 'family-oop-max-above-legal-limit');
    expect(family?.params).to.deep.include({ entered: '30000.00', limit: '21200.00' });
    expectBalanced(r);
  });

  it("the family's out-of-pocket maximum is reached before the individual one", () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', deductible: '1000.00', coinsurancePercent: 20, oopMax: '5000.00',
        family: { kind: 'embedded', deductible: '2000.00', deductibleMet: '1500.00', oopMax: '8000.00', oopMet: '7400.00' },
      },
    });
    // 8 days x 450 = 3600.00. Deductible left min(1000, 500) = 500; cap left min(5000, 8000 - 7400 = 600) = 600.
    // 03-02: 450 deductible (family ded 1950; family oop 7850, left 150)
    // 03-03: 50 deductible (family ded 2000: met) + 400 x 20% = 80 -> 130 (family oop 7980, left 20)
    // 03-04: 90 capped at 20 (family oop 8000: reached; the individual has paid only 600 of 5000)
    // 03-05 .. 03-12: 0.00, the plan pays everything
    // Total 450 + 130 + 20 = 600.00; deductible 500.00, coinsurance 80 + 20 = 100.00; plan pays 3600 - 600 = 3000.00
    expect(r.patient.deductible).to.equal('500.00');
    expect(r.patient.coinsurance).to.equal('100.00');
    expect(r.patient.total).to.equal('600.00');
    expect(r.planPays).to.equal('3000.00');
    expect(weeklyPatient(r)).to.deep.equal(['600.00', '0.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['1200.00', '1800.00']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-04');
    expect(warningCodes(r)).to.include('oop-max-reached');
    expectBalanced(r);
  });
});

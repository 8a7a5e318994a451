// Worked examples, a copay AND coinsurance on the same day (spec of issue 7, steps 3-5), computed by hand.
// Each day: deductible d = min(allowed, deductible left); rest = allowed - d; copay c = min(copay x units, rest)
// when the copay is > 0; coinsurance = toCents((rest - c) x percent / 100), half-up. The cap takes the
// deductible first, then the copay, then the coinsurance.
// Example center in network: $450/day, Blue Cross Blue Shield $480/day. 9 h/week = 3 days, 12 h/week = 4 days.
// 2026-03-02 is a Monday: 2 weeks of 3 days = 03-02, 03-03, 03-04 | 03-09, 03-10, 03-11.
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient, weeklyPlanPays } from './worked.ts';

describe('worked examples: copay and coinsurance together', () => {
  it('charges the copay, then coinsurance on what is left, after the deductible (half-up to the cent)', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', payer: 'Blue Cross Blue Shield',
        deductible: '600.00', copayPerUnit: '46.70', coinsurancePercent: 15, oopMax: '5000.00',
      },
    });
    // 6 days x 480 (BCBS) = 2880.00 allowed.
    // 03-02: deductible 480 (met 480), rest 0: copay min(46.70, 0) = 0, coinsurance 0      -> 480.00
    // 03-03: deductible 120 (met 600), rest 360: copay 46.70, coinsurance (360 - 46.70) = 313.30 x 15%
    //        = 46.995 -> 47.00 (half-up)                                   120 + 46.70 + 47.00 = 213.70
    // 03-04 and week 2: rest 480: copay 46.70, coinsurance 433.30 x 15% = 64.995 -> 65.00 -> 111.70 a day
    // Week 1: 480 + 213.70 + 111.70 = 805.40; week 2: 3 x 111.70 = 335.10; total 1140.50
    // Deductible 600.00; copay 5 x 46.70 = 233.50; coinsurance 47.00 + 4 x 65.00 = 307.00 (600 + 233.50 + 307 = 1140.50)
    // Plan pays 2880 - 1140.50 = 1739.50 (week 1: 1440 - 805.40 = 634.60, week 2: 1440 - 335.10 = 1104.90)
    expect(r.allowed).to.equal('2880.00');
    expect(r.patient.deductible).to.equal('600.00');
    expect(r.patient.copay).to.equal('233.50');
    expect(r.patient.coinsurance).to.equal('307.00');
    expect(r.patient.total).to.equal('1140.50');
    expect(r.planPays).to.equal('1739.50');
    expect(weeklyPatient(r)).to.deep.equal(['805.40', '335.10']);
    expect(weeklyPlanPays(r)).to.deep.equal(['634.60', '1104.90']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    const both = r.warnings.find((w) => w.code === 'copay-and-coinsurance');
    expect(both, 'copay-and-coinsurance warning').to.not.equal(undefined);
    expect(both!.params).to.include.keys('copay', 'percent');
    expect(r.range).to.equal(undefined);
    expectBalanced(r);
  });

  it('caps the copay before the coinsurance when the maximum is reached mid-day', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '200.00', copayPerUnit: '60.00', coinsurancePercent: 30, oopMax: '500.00' },
    });
    // 3 days x 450 = 1350.00 allowed.
    // 03-02: deductible 200, rest 250: copay 60, coinsurance 190 x 30% = 57 -> 317 (oop 317, left 183)
    // 03-03: copay 60 (left 123), coinsurance 390 x 30% = 117 (left 6) -> 177 (oop 494)
    // 03-04: left 6: copay min(60, 6) = 6 (left 0), coinsurance min(117, 0) = 0 -> 6 (oop 500, maximum reached)
    // Total 500.00 = deductible 200.00 + copay 60 + 60 + 6 = 126.00 + coinsurance 57 + 117 = 174.00
    // (capping the coinsurance first would have given copay 120.00, coinsurance 180.00)
    // Plan pays 1350 - 500 = 850.00
    expect(r.patient.total).to.equal('500.00');
    expect(r.patient.deductible).to.equal('200.00');
    expect(r.patient.copay).to.equal('126.00');
    expect(r.patient.coinsurance).to.equal('174.00');
    expect(r.planPays).to.equal('850.00');
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-04');
    expect(warningCodes(r)).to.include.members(['copay-and-coinsurance', 'oop-max-reached']);
    expectBalanced(r);
  });

  it('a $0 copay is no copay: 30% coinsurance is charged in full', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '500.00', copayPerUnit: '0', coinsurancePercent: 30, oopMax: '6000.00' },
    });
    // 4 days x 450 = 1800.00 allowed.
    // 03-02: 450 deductible (met 450). 03-03: 50 deductible (met 500) + 400 x 30% = 120 -> 170
    // 03-04, 03-05: 450 x 30% = 135 each
    // Total 450 + 170 + 270 = 890.00; deductible 500.00, coinsurance 120 + 270 = 390.00, copay 0.00
    // (the old bug: a copay of "0" replaced the coinsurance and the total was just the 500 deductible)
    // Plan pays 1800 - 890 = 910.00
    expect(r.patient.total).to.equal('890.00');
    expect(r.patient.deductible).to.equal('500.00');
    expect(r.patient.coinsurance).to.equal('390.00');
    expect(r.patient.copay).to.equal('0.00');
    expect(r.planPays).to.equal('910.00');
    expect(weeklyPatient(r)).to.deep.equal(['890.00']);
    expect(r.range).to.equal(undefined);
    expect(warningCodes(r)).to.not.include('copay-and-coinsurance');
    expectBalanced(r);
  });

  it('copayBeforeDeductible with coinsurance: no deductible, the copay then coinsurance on the rest', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', deductible: '2000.00', copayPerUnit: '40.00', copayBeforeDeductible: true,
        coinsurancePercent: 20, oopMax: '3000.00',
      },
    });
    // 6 days x 450 = 2700.00 allowed. Every day: deductible 0 (it does not apply), copay 40,
    // coinsurance (450 - 40) = 410 x 20% = 82 -> 122 a day.
    // Weekly 3 x 122 = 366.00; total 732.00 = copay 240.00 + coinsurance 492.00; plan pays 2700 - 732 = 1968.00
    expect(r.patient.deductible).to.equal('0.00');
    expect(r.patient.copay).to.equal('240.00');
    expect(r.patient.coinsurance).to.equal('492.00');
    expect(r.patient.total).to.equal('732.00');
    expect(r.planPays).to.equal('1968.00');
    expect(weeklyPatient(r)).to.deep.equal(['366.00', '366.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['984.00', '984.00']);
    expect(r.milestones?.deductibleMet).to.equal(undefined);
    expect(warningCodes(r)).to.include('copay-and-coinsurance');
    expectBalanced(r);
  });
});

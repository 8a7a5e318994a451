// Worked examples, private/employer plans (src/core/RULES.md §2-§4, §9), computed by hand.
// Example center: charge $850/day, in-network $450/day, Aetna $520, Blue Cross Blue Shield $480,
// out-of-network allowed 60% of the charge = $510/day. 3 hours a day: 9 h/week = 3 days, 12 h/week = 4 days.
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient, weeklyPlanPays } from './worked.ts';

describe('worked examples: private plan', () => {
  it('crosses the deductible in the middle of week 2', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '2000.00', coinsurancePercent: 20, oopMax: '5000.00' },
    });
    // 4 days a week (ceil(12/3)), $450 allowed a day, 8 days = $3,600 allowed.
    // Week 1 (03-02..03-05): 4 x $450 all deductible = 1800.00           deductible met 1800
    // Week 2 (03-09): deductible part min(450, 2000-1800) = 200, rest 250 x 20% = 50 -> 250.00
    //        (03-10..03-12): 3 x 450 x 20% = 3 x 90 = 270.00   week 2 = 520.00
    // Total 2320.00 (< oopMax 5000); deductible 2000.00, coinsurance 50 + 270 = 320.00
    // Plan pays 3600 - 2320 = 1280.00 (week 1: 0.00, week 2: 1800 - 520 = 1280.00)
    expect(r.serviceDays).to.equal(8);
    expect(r.allowed).to.equal('3600.00');
    expect(weeklyPatient(r)).to.deep.equal(['1800.00', '520.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['0.00', '1280.00']);
    expect(r.patient.total).to.equal('2320.00');
    expect(r.patient.deductible).to.equal('2000.00');
    expect(r.patient.coinsurance).to.equal('320.00');
    expect(r.planPays).to.equal('1280.00');
    expectBalanced(r);
  });

  it('reaches the out-of-pocket maximum in week 3 (Aetna negotiated rate)', () => {
    const r = run({
      program: { weeks: 3, hoursPerWeek: 9, startDate: '2026-04-06' },
      coverage: { planType: 'private', network: 'in', payer: 'Aetna', deductible: '500.00', coinsurancePercent: 30, oopMax: '1500.00' },
    });
    // 3 days a week, $520 allowed a day (Aetna), 9 days = $4,680 allowed.
    // Day 1: deductible 500 + (520-500) x 30% = 6 -> 506.00                        oop 506
    // Days 2-3: 520 x 30% = 156 each                        week 1 = 818.00         oop 818
    // Days 4-6: 156 each                                    week 2 = 468.00         oop 1286
    // Day 7: 156 (oop 1442); day 8: min(156, 1500-1442) = 58 (oop 1500); day 9: 0
    //                                                       week 3 = 214.00
    // Total 1500.00 = the maximum; deductible 500.00, coinsurance 6 + 6 x 156 + 58 = 1000.00
    // Plan pays 4680 - 1500 = 3180.00; week 3: 3 x 520 - 214 = 1346.00
    expect(weeklyPatient(r)).to.deep.equal(['818.00', '468.00', '214.00']);
    expect(weeklyPlanPays(r)[2]).to.equal('1346.00');
    expect(r.patient.total).to.equal('1500.00');
    expect(r.patient.deductible).to.equal('500.00');
    expect(r.patient.coinsurance).to.equal('1000.00');
    expect(r.planPays).to.equal('3180.00');
    expectBalanced(r);
  });

  it('resets the deductible and out-of-pocket maximum on January 1', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-12-28' },
      coverage: {
        planType: 'private', network: 'in', deductible: '1000.00', deductibleMet: '800.00',
        coinsurancePercent: 20, oopMax: '4000.00', oopMet: '3900.00',
      },
    });
    // Days: 2026-12-28, 12-29, 12-30 | 2027-01-04, 01-05, 01-06; $450 a day, $2,700 allowed.
    // 12-28: deductible min(450, 200) = 200 + 250 x 20% = 50 -> 250, capped at 4000 - 3900 = 100.00
    // 12-29, 12-30: maximum reached -> 0.00                    week 1 = 100.00
    // 2027-01-01 reset: deductibleMet 0, oopMet 0.
    // 01-04: 450 (deductible), 01-05: 450 (met 900), 01-06: 100 + 350 x 20% = 70 -> 170
    //                                                          week 2 = 1070.00
    // Total 1170.00; plan pays 2700 - 1170 = 1530.00 (week 1: 1350 - 100 = 1250.00, week 2: 280.00)
    expect(r.planYearResets).to.deep.equal(['2027-01-01']);
    // Said in words as the widget writes dates; the date itself stays in params for translations.
    const reset = r.warnings.find((w) => w.code === 'plan-year-reset')!;
    expect(reset.message).to.equal('Your plan year starts over on Jan 1, 2027: the deductible and out-of-pocket maximum start again from zero, so some costs repeat.');
    expect(reset.params).to.deep.equal({ date: '2027-01-01', withMaximum: true });
    expect(weeklyPatient(r)).to.deep.equal(['100.00', '1070.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['1250.00', '280.00']);
    expect(r.patient.total).to.equal('1170.00');
    expect(r.planPays).to.equal('1530.00');
    // What each plan year costs, for the headline: week 1 is 2026's, week 2 is 2027's.
    expect(r.planYears).to.deep.equal([{ from: '2026-12-28', patient: '100.00' }, { from: '2027-01-01', patient: '1070.00' }]);
    expectBalanced(r);
  });

  it('splits a program that crosses a plan year by year, for the headline', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-11-02' },
      coverage: { planType: 'private', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '5000.00' },
    });
    // Mondays to Wednesdays from Nov 2, 2026: 27 days in 2026 (through Dec 30), 9 in 2027 (from Jan 4); $450 a day.
    // 2026: 27 x 450 = 12,150.00: deductible 1,500.00 + 20% x 10,650.00 = 2,130.00 -> 3,630.00 (under 5,000.00).
    // 2027: 9 x 450 = 4,050.00: deductible 1,500.00 + 20% x 2,550.00 = 510.00 -> 2,010.00. Total 5,640.00.
    expect(r.planYears).to.deep.equal([{ from: '2026-11-02', patient: '3630.00' }, { from: '2027-01-01', patient: '2010.00' }]);
    expect(r.patient.total).to.equal('5640.00');
  });

  it('resets on a plan year that starts July 1 (planYearStart 07-01)', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-06-22' },
      coverage: {
        planType: 'private', network: 'in', payer: 'Blue Cross Blue Shield', planYearStart: '07-01',
        deductible: '1500.00', deductibleMet: '1400.00', coinsurancePercent: 10, oopMax: '3000.00', oopMet: '1450.00',
      },
    });
    // Days: 06-22, 06-23, 06-24 | 06-29, 06-30, 07-01; $480 a day (BCBS), $2,880 allowed.
    // 06-22: deductible 100 + 380 x 10% = 38 -> 138.00 (oop 1588); 06-23, 06-24: 48 each
    //                                                          week 1 = 234.00
    // 06-29, 06-30: 48 each; 07-01 new plan year: deductible 0 met -> 480 all deductible
    //                                                          week 2 = 576.00
    // Total 810.00; plan pays 2880 - 810 = 2070.00
    expect(r.planYearResets).to.deep.equal(['2026-07-01']);
    expect(weeklyPatient(r)).to.deep.equal(['234.00', '576.00']);
    expect(r.patient.total).to.equal('810.00');
    expect(r.patient.deductible).to.equal('580.00'); // 100 + 480
    expect(r.patient.coinsurance).to.equal('230.00'); // 38 + 4 x 48
    expect(r.planPays).to.equal('2070.00');
    expectBalanced(r);
  });

  it('bills the balance out of network, on top of the out-of-pocket maximum', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-05-04' },
      coverage: { planType: 'private', network: 'out', deductible: '1000.00', coinsurancePercent: 50, oopMax: '1500.00' },
    });
    // 4 days; charge 850, allowed 60% x 850 = 510, balance billing 850 - 510 = 340 a day.
    // Day 1: 510 deductible (met 510). Day 2: 490 + (510-490) x 50% = 10 -> 500 (oop 1010)
    // Day 3: 255 (oop 1265). Day 4: min(255, 1500-1265) = 235 (oop 1500)
    // Cost sharing 1500.00; balance billed 4 x 340 = 1360.00 (not counted toward the maximum)
    // Total 1500 + 1360 = 2860.00; allowed 2040.00; plan pays 2040 - 1500 = 540.00; gross 3400.00
    expect(r.grossCharges).to.equal('3400.00');
    expect(r.allowed).to.equal('2040.00');
    expect(r.patient.balanceBilled).to.equal('1360.00');
    expect(r.patient.total).to.equal('2860.00');
    expect(r.planPays).to.equal('540.00');
    expect(warningCodes(r)).to.include('balance-billing');
    expectBalanced(r);
  });

  it("uses the plan's out-of-network allowed amount when the person knows it", () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-05-04' },
      coverage: {
        planType: 'private', network: 'out', outOfNetworkAllowedPerUnit: '400.00',
        deductible: '500.00', coinsurancePercent: 30, oopMax: '10000.00',
      },
    });
    // 3 days; allowed 400, balance 850 - 400 = 450 a day.
    // Day 1: 400 deductible. Day 2: 100 + 300 x 30% = 90 -> 190. Day 3: 400 x 30% = 120.
    // Cost sharing 710.00; balance 3 x 450 = 1350.00; total 2060.00
    // Allowed 1200.00; plan pays 1200 - 710 = 490.00
    expect(r.allowed).to.equal('1200.00');
    expect(r.patient.balanceBilled).to.equal('1350.00');
    expect(r.patient.total).to.equal('2060.00');
    expect(r.planPays).to.equal('490.00');
    expectBalanced(r);
  });

  it('owes the whole charge when the plan has no out-of-network benefit', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-05-04' },
      coverage: {
        planType: 'private', network: 'out', outOfNetworkCovered: false,
        deductible: '500.00', coinsurancePercent: 20, oopMax: '5000.00',
      },
    });
    // Nothing is allowed: the person owes 3 x 850 = 2550.00, the plan pays 0.00.
    expect(r.allowed).to.equal('0.00');
    expect(r.patient.balanceBilled).to.equal('2550.00');
    expect(r.patient.total).to.equal('2550.00');
    expect(r.planPays).to.equal('0.00');
    expect(warningCodes(r)).to.include('no-out-of-network-benefit');
    expectBalanced(r);
  });

  it('charges a copay before the deductible', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'in', deductible: '2000.00', copayPerUnit: '40.00',
        copayBeforeDeductible: true, oopMax: '3000.00',
      },
    });
    // 6 days; copay not subject to the deductible: min(40, 450) = 40 a day, nothing to the deductible.
    // Weekly 3 x 40 = 120.00; total 240.00; plan pays 6 x 410 = 2460.00
    expect(weeklyPatient(r)).to.deep.equal(['120.00', '120.00']);
    expect(r.patient.total).to.equal('240.00');
    expect(r.patient.copay).to.equal('240.00');
    expect(r.patient.deductible).to.equal('0.00');
    expect(r.planPays).to.equal('2460.00');
    expectBalanced(r);
  });

  it('charges a copay after the deductible, at most the rest of the allowed amount', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '880.00', copayPerUnit: '50.00', oopMax: '4000.00' },
    });
    // 4 days at 450.
    // Day 1: 450 deductible (met 450). Day 2: 430 deductible, rest 20 -> copay min(50, 20) = 20 -> 450
    // Days 3-4: copay 50 each. Total 1000.00 = deductible 880.00 + copay 120.00
    // Plan pays 1800 - 1000 = 800.00
    expect(r.patient.total).to.equal('1000.00');
    expect(r.patient.deductible).to.equal('880.00');
    expect(r.patient.copay).to.equal('120.00');
    expect(r.planPays).to.equal('800.00');
    expectBalanced(r);
  });

  it('shows a range when nothing is known about the plan, the high end bounded by the legal limit', () => {
    const r = run({
      program: { weeks: 9, hoursPerWeek: 12, startDate: '2026-02-02' },
      coverage: { planType: 'private', network: 'in' },
    });
    // 36 days x 450 = 16,200.00 allowed (2026-02-02 .. 2026-04-02, one plan year).
    // Low: deductible met, unknown coinsurance 0% -> 0.00
    // High: everything until the maximum, bounded by the 2026 legal limit 10,600:
    //   weeks 1-5: 5 x 1800 = 9000; week 6: 450, 450, 450 (10,350), 250 (10,600) = 1600; weeks 7-9: 0
    // Total = high = 10600.00; plan pays 16,200 - 10,600 = 5600.00
    expect(r.range).to.include({ low: '0.00', high: '10600.00' });
    expect(r.patient.total).to.equal('10600.00');
    expect(weeklyPatient(r)).to.deep.equal(['1800.00', '1800.00', '1800.00', '1800.00', '1800.00', '1600.00', '0.00', '0.00', '0.00']);
    expect(r.planPays).to.equal('5600.00');
    expectBalanced(r);
  });

  it('shows a range from "deductible already met" when only the coinsurance is unknown', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '1000.00', oopMax: '2000.00' },
    });
    // 6 days x 450 = 2700 allowed.
    // Low (RULES.md §9: "from 'deductible already met'"): deductible met, coinsurance 0% -> 0.00
    // High: 1000 deductible, then unknown coinsurance at 100% until the maximum 2000 -> 2000.00
    //   (450, 450, 100 + 350 = 450, 450, then 200 reaches 2000, then 0)
    // Total = high = 2000.00; plan pays 2700 - 2000 = 700.00
    expect(r.range).to.include({ low: '0.00', high: '2000.00' });
    expect(r.patient.total).to.equal('2000.00');
    expect(r.planPays).to.equal('700.00');
    expectBalanced(r);
  });

  it('clamps an in-network maximum above the legal limit (employer plan)', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '5000.00', coinsurancePercent: 50, oopMax: '12000.00' },
    });
    // 48 days x 450 = 21,600 allowed.
    // Days 1-11: 11 x 450 = 4950; day 12: 50 + 400 x 50% = 200 -> 250 (5200); then 225 a day.
    // Maximum min(12,000, legal 10,600) = 10,600: 5400 more = 24 x 225 exactly (days 13-36).
    // Total 10600.00 (unclamped it would be 5200 + 36 x 225 = 13,300 -> 12,000)
    expect(r.patient.total).to.equal('10600.00');
    expect(r.planPays).to.equal('11000.00');
    expect(warningCodes(r)).to.include('oop-max-above-legal-limit');
    expectBalanced(r);
  });
});

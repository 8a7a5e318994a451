// Worked examples, a plan's covered-day limit and prior authorization (spec of issue 7), computed by hand.
// A day past the limit: the person owes the center's self-pay price ($350/day), which is that day's allowed
// amount; the plan pays 0; no deductible, copay, coinsurance or balance; it counts toward no accumulator.
// A new plan year starts every count over: deductible, out-of-pocket and days used.
// Example center in network: $450/day. 12 h/week = 4 days of 3 hours; week k starts start + 7k.
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient, weeklyPlanPays } from './worked.ts';

describe('worked examples: covered-day limit', () => {
  it('runs out of covered days mid-program and starts over on January 1', () => {
    const r = run({
      program: { weeks: 4, hoursPerWeek: 12, startDate: '2026-12-14' },
      coverage: {
        planType: 'private', network: 'in', deductible: '1000.00', deductibleMet: '400.00', coinsurancePercent: 20,
        oopMax: '4000.00', oopMet: '1200.00', coveredDaysPerYear: 20, coveredDaysUsed: 14,
      },
    });
    // Days (2026-12-14 is a Monday): 12-14, 12-15, 12-16, 12-17 | 12-21, 12-22, 12-23, 12-24 |
    //                                12-28, 12-29, 12-30, 12-31 | 2027-01-04, 01-05, 01-06, 01-07
    // 2026: 14 of 20 days used -> 6 covered: 12-14 .. 12-22 (used 20). 12-23 .. 12-31 (6 days) not covered.
    //   12-14: 450 deductible (met 850). 12-15: 150 deductible (met 1000) + 300 x 20% = 60 -> 210
    //   12-16, 12-17, 12-21, 12-22: 90 each = 360. Covered cost sharing 1020 (oop 2220, under 4000).
    //   Not covered: 6 x 350 = 2100.00 (allowed 350 each, plan 0).
    // 2027-01-01: new plan year, days used 0, deductible met 0, oop met 0.
    //   01-04: 450 deductible, 01-05: 450 (met 900), 01-06: 100 + 350 x 20% = 70 -> 170, 01-07: 90 = 1160
    // Total 1020 + 2100 + 1160 = 4280.00
    //   deductible 450 + 150 + 450 + 450 + 100 = 1600.00; coinsurance 60 + 360 + 70 + 90 = 580.00; notCovered 2100.00
    // Allowed 10 covered days x 450 = 4500 + 6 x 350 = 2100 -> 6600.00; plan pays 4500 - (1020 + 1160) = 2320.00
    // Weekly: 450 + 210 + 90 + 90 = 840.00 | 90 + 90 + 350 + 350 = 880.00 | 4 x 350 = 1400.00 | 1160.00
    // Plan:   1800 - 840 = 960.00         | 360 + 360 = 720.00            | 0.00             | 1800 - 1160 = 640.00
    expect(r.serviceDays).to.equal(16);
    expect(r.planYearResets).to.deep.equal(['2027-01-01']);
    expect(r.allowed).to.equal('6600.00');
    expect(r.patient.deductible).to.equal('1600.00');
    expect(r.patient.coinsurance).to.equal('580.00');
    expect(r.patient.copay).to.equal('0.00');
    expect(r.patient.balanceBilled).to.equal('0.00');
    expect(r.patient.notCovered).to.equal('2100.00');
    expect(r.patient.total).to.equal('4280.00');
    expect(r.planPays).to.equal('2320.00');
    expect(weeklyPatient(r)).to.deep.equal(['840.00', '880.00', '1400.00', '1160.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['960.00', '720.00', '0.00', '640.00']);
    expect(r.milestones?.notCoveredFrom).to.equal('2026-12-23');
    expect(r.milestones?.deductibleMet).to.equal('2026-12-15');
    const limits = r.warnings.filter((w) => w.code === 'covered-days-limit');
    expect(limits.length, 'one covered-days-limit warning: 2027 uses only 4 of 20 days').to.equal(1);
    expect(limits[0]!.params?.date).to.equal('2026-12-23');
    expect(Number(limits[0]!.params?.limit)).to.equal(20);
    expect(warningCodes(r)).to.include('plan-year-reset');
    expectBalanced(r);
  });

  it('runs out only in the second plan year, and says so with that date', () => {
    const r = run({
      program: { weeks: 6, hoursPerWeek: 9, startDate: '2026-12-22' },
      coverage: { planType: 'private', network: 'in', deductible: '0.00', coinsurancePercent: 10, oopMax: '5000.00', coveredDaysPerYear: 8 },
    });
    // 3 days a week: 12-22, 12-23, 12-24 | 12-29, 12-30, 12-31 | 2027: 01-05..01-07 | 01-12..01-14 |
    // 01-19..01-21 | 01-26..01-28. 2026 uses 6 of its 8 days. 2027 starts over: 01-05 .. 01-20 are its
    // 8 covered days; 01-21 and 01-26..01-28 are not covered (4 x $350.00 = $1,400.00).
    // Covered days: 10% of $450.00 = $45.00, 14 days = $630.00. Total $2,030.00.
    // Weekly: 135, 135, 135, 135, 45 + 45 + 350 = 440, 1050. Plan pays 14 x $405.00 = $5,670.00.
    expect(r.patient.notCovered).to.equal('1400.00');
    expect(r.patient.total).to.equal('2030.00');
    expect(r.planPays).to.equal('5670.00');
    expect(weeklyPatient(r)).to.deep.equal(['135.00', '135.00', '135.00', '135.00', '440.00', '1050.00']);
    expect(r.milestones?.notCoveredFrom).to.equal('2027-01-21');
    const limits = r.warnings.filter((w) => w.code === 'covered-days-limit');
    expect(limits.map((w) => w.params?.date)).to.deep.equal(['2027-01-21']);
    expectBalanced(r);
  });

  it('a plan year starting July 1 gives the days back mid-program', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-06-22' },
      coverage: {
        planType: 'private', network: 'in', planYearStart: '07-01', deductible: '500.00', deductibleMet: '500.00',
        coinsurancePercent: 10, oopMax: '3000.00', oopMet: '500.00', coveredDaysPerYear: 30, coveredDaysUsed: 28,
      },
    });
    // Days (2026-06-22 is a Monday): 06-22, 06-23, 06-24, 06-25 | 06-29, 06-30, 07-01, 07-02
    // Plan year to 06-30: 28 of 30 used -> 06-22, 06-23 covered: deductible met, 450 x 10% = 45 each.
    //   06-24, 06-25, 06-29, 06-30 not covered: 4 x 350 = 1400.00
    // 2026-07-01: new plan year. 07-01: 450 deductible; 07-02: 50 deductible (met 500) + 400 x 10% = 40 -> 90
    // Total 45 + 45 + 1400 + 450 + 90 = 2030.00; deductible 500.00, coinsurance 45 + 45 + 40 = 130.00, notCovered 1400.00
    // Allowed 4 x 450 + 4 x 350 = 3200.00; plan pays 1800 - (90 + 540) = 1170.00
    // Weekly: 45 + 45 + 350 + 350 = 790.00 | 350 + 350 + 450 + 90 = 1240.00; plan 405 + 405 = 810.00 | 360.00
    expect(r.planYearResets).to.deep.equal(['2026-07-01']);
    expect(r.allowed).to.equal('3200.00');
    expect(r.patient.deductible).to.equal('500.00');
    expect(r.patient.coinsurance).to.equal('130.00');
    expect(r.patient.notCovered).to.equal('1400.00');
    expect(r.patient.total).to.equal('2030.00');
    expect(r.planPays).to.equal('1170.00');
    expect(weeklyPatient(r)).to.deep.equal(['790.00', '1240.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['810.00', '360.00']);
    expect(r.milestones?.notCoveredFrom).to.equal('2026-06-24');
    const limit = r.warnings.find((w) => w.code === 'covered-days-limit');
    expect(limit?.params?.date).to.equal('2026-06-24');
    expect(Number(limit?.params?.limit)).to.equal(30);
    expectBalanced(r);
  });

  it('no limit: notCovered is 0.00 and there is no notCoveredFrom', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'in', deductible: '500.00', coinsurancePercent: 20, oopMax: '3000.00' },
    });
    // 450, 50 + 400 x 20% = 80 -> 130, 90: total 670.00
    expect(r.patient.notCovered).to.equal('0.00');
    expect(r.patient.total).to.equal('670.00');
    expect(r.milestones?.notCoveredFrom).to.equal(undefined);
    expect(warningCodes(r)).to.not.include('covered-days-limit');
    expectBalanced(r);
  });
});

describe('worked examples: prior authorization', () => {
  const request = (priorAuthorization: string, extra: Record<string, unknown> = {}) => ({
    program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' },
    coverage: { planType: 'private', network: 'in', deductible: '500.00', coinsurancePercent: 20, oopMax: '3000.00', priorAuthorization, ...extra },
  });
  // 3 days x 450: 450, 50 + 400 x 20% = 80 -> 130, 90: total 670.00 whatever the authorization says.

  it("'pending' warns prior-authorization-pending and does not change the amounts", () => {
    const r = run(request('pending'));
    expect(warningCodes(r)).to.include('prior-authorization-pending');
    expect(warningCodes(r)).to.not.include('prior-authorization-unknown');
    expect(r.patient.total).to.equal('670.00');
    expect(r.planPays).to.equal('680.00'); // 1350 - 670
    expectBalanced(r);
  });

  it("'unknown' warns prior-authorization-unknown", () => {
    const r = run(request('unknown'));
    expect(warningCodes(r)).to.include('prior-authorization-unknown');
    expect(warningCodes(r)).to.not.include('prior-authorization-pending');
    expect(r.patient.total).to.equal('670.00');
    expectBalanced(r);
  });

  it("'approved' gives neither prior-authorization warning", () => {
    const r = run(request('approved'));
    expect(warningCodes(r)).to.not.include('prior-authorization-pending');
    expect(warningCodes(r)).to.not.include('prior-authorization-unknown');
    expect(r.patient.total).to.equal('670.00');
    expectBalanced(r);
  });

  it('self-pay and Original Medicare requests get no prior-authorization warning', () => {
    const selfPay = run(request('pending', { selfPay: true }));
    const medicare = run({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'medicare', medicarePlan: 'original', priorAuthorization: 'pending' } });
    for (const r of [selfPay, medicare]) {
      expect(warningCodes(r)).to.not.include('prior-authorization-pending');
      expect(warningCodes(r)).to.not.include('prior-authorization-unknown');
    }
    // Self-pay: 3 x 350 = 1050.00 (no paid-in-full discount unless asked)
    expect(selfPay.patient.total).to.equal('1050.00');
  });
});

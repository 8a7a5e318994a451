// Worked examples, the plan's own out-of-network terms (coverage.outOfNetwork, spec of issue 7), computed by hand.
// Example center: charge $850/day, in-network $450/day; out of network the plan allows 60% of the charge =
// $510/day and the center bills the balance, 850 - 510 = $340/day, which counts toward nothing.
// 12 h/week = 4 days of 3 hours (start, +1, +2, +3), 9 h/week = 3 days; week k starts start + 7k.
// 2026-03-02 is a Monday: 2 weeks of 4 days = 03-02, 03-03, 03-04, 03-05 | 03-09, 03-10, 03-11, 03-12.
import { describe, expect, it } from '../../harness.ts';
import { compareOptions } from '../../../src/core/compare.ts';
import type { EstimateResult } from '../../../src/core/schemas.ts';
import { expectBalanced, run, warningCodes, weeklyPatient, weeklyPlanPays } from './worked.ts';

function warning(result: EstimateResult, code: string) {
  return result.warnings.find((w) => w.code === code);
}

/** None of these warnings (chai's `not.include.members` would pass as soon as one of them is missing). */
function expectNoWarnings(result: EstimateResult, codes: string[]): void {
  for (const code of codes) expect(warningCodes(result), code).to.not.include(code);
}

// In-network terms (the flat fields) that must NOT be used out of network: with them the answers would differ.
const inNetworkTerms = { deductible: '1000.00', deductibleMet: '800.00', coinsurancePercent: 20, oopMax: '4000.00', oopMet: '1500.00' };
const ppoOut = { deductible: '2000.00', deductibleMet: '300.00', coinsurancePercent: 40, oopMax: '3000.00', oopMet: '500.00' };

describe('worked examples: out-of-network terms of the plan', () => {
  it('a PPO out of network uses its own deductible and maximum, separate accumulators (in-network met amounts ignored)', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'out', ...inNetworkTerms, outOfNetwork: { ...ppoOut, accumulators: 'separate' } },
    });
    // 8 days x $510 allowed = 4080.00; balance 8 x 340 = 2720.00.
    // Out-of-network only: deductible left 2000 - 300 = 1700, maximum left 3000 - 500 = 2500.
    // 03-02: 510 deductible (ded met 810, oop 1010)   03-03: 510 (1320; oop 1520)   03-04: 510 (1830; oop 2030)
    // 03-05: deductible min(510, 170) = 170 (met 2000), rest 340 x 40% = 136 -> 306 (oop 2336)
    //                                                       week 1 cost sharing = 1530 + 306 = 1836.00
    // 03-09, 03-10, 03-11: 510 x 40% = 204 each (oop 2948); 03-12: min(204, 3000 - 2948 = 52) = 52 (oop 3000)
    //                                                       week 2 cost sharing = 612 + 52 = 664.00
    // Cost sharing 2500.00 = what was left of the maximum; deductible 1700.00, coinsurance 136 + 612 + 52 = 800.00
    // Total 2500 + 2720 = 5220.00; plan pays 4080 - 2500 = 1580.00
    // Weekly with the balance: 1836 + 1360 = 3196.00, 664 + 1360 = 2024.00; plan 2040 - 1836 = 204.00, 2040 - 664 = 1376.00
    expect(r.serviceDays).to.equal(8);
    expect(r.allowed).to.equal('4080.00');
    expect(r.patient.deductible).to.equal('1700.00');
    expect(r.patient.coinsurance).to.equal('800.00');
    expect(r.patient.copay).to.equal('0.00');
    expect(r.patient.balanceBilled).to.equal('2720.00');
    expect(r.patient.notCovered).to.equal('0.00');
    expect(r.patient.total).to.equal('5220.00');
    expect(r.planPays).to.equal('1580.00');
    expect(weeklyPatient(r)).to.deep.equal(['3196.00', '2024.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['204.00', '1376.00']);
    expect(r.range).to.equal(undefined);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-05');
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-12');
    expect(warningCodes(r)).to.include.members(['balance-billing', 'oop-max-reached']);
    expect(warningCodes(r)).to.not.include('plan-details-unknown');
    expectBalanced(r);
  });

  it('the same PPO with shared accumulators: in-network met amounts count toward the out-of-network ones', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private', network: 'out', ...inNetworkTerms, outOfNetwork: { ...ppoOut, accumulators: 'shared' } },
    });
    // Shared: deductible met 800 + 300 = 1100 (left 2000 - 1100 = 900); oop met 1500 + 500 = 2000 (left 1000).
    // 03-02: 510 deductible (ded met 1610, oop 2510)
    // 03-03: deductible min(510, 390) = 390 (met 2000), rest 120 x 40% = 48 -> 438 (oop 2948)
    // 03-04: 204 capped at 3000 - 2948 = 52 (oop 3000, maximum reached); 03-05 .. 03-12: 0.00
    // Cost sharing 510 + 438 + 52 = 1000.00; deductible 900.00, coinsurance 48 + 52 = 100.00
    // Balance still 8 x 340 = 2720.00 (never capped). Total 3720.00; plan pays 4080 - 1000 = 3080.00
    // Weekly: 1000 + 1360 = 2360.00, 0 + 1360 = 1360.00; plan 2040 - 1000 = 1040.00, 2040.00
    expect(r.patient.deductible).to.equal('900.00');
    expect(r.patient.coinsurance).to.equal('100.00');
    expect(r.patient.balanceBilled).to.equal('2720.00');
    expect(r.patient.total).to.equal('3720.00');
    expect(r.planPays).to.equal('3080.00');
    expect(weeklyPatient(r)).to.deep.equal(['2360.00', '1360.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['1040.00', '2040.00']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-04');
    expectBalanced(r);
  });

  it('with no out-of-network maximum (oopMax null) coinsurance runs the whole program, plus balance billing', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'out', deductible: '500.00', coinsurancePercent: 10, oopMax: '3000.00',
        outOfNetwork: { deductible: '1000.00', coinsurancePercent: 50, oopMax: null },
      },
    });
    // 48 days (2026-03-02 .. 2026-05-21, one plan year) x 510 = 24,480.00 allowed; balance 48 x 340 = 16,320.00.
    // Day 1: 510 deductible. Day 2: 490 deductible + 20 x 50% = 10 -> 500. Days 3-48: 510 x 50% = 255 each.
    // Cost sharing 510 + 500 + 46 x 255 = 1010 + 11,730 = 12,740.00: no cap, neither the in-network 3,000 nor
    // the 2026 legal limit 10,600 (legal limits are in network only).
    // Deductible 1000.00, coinsurance 10 + 11,730 = 11,740.00. Total 12,740 + 16,320 = 29,060.00
    // Plan pays 24,480 - 12,740 = 11,740.00
    // Week 1: 510 + 500 + 255 + 255 = 1520 + 1360 = 2880.00 (plan 2040 - 1520 = 520.00)
    // Weeks 2-12: 4 x 255 = 1020 + 1360 = 2380.00 (plan 2040 - 1020 = 1020.00); 2880 + 11 x 2380 = 29,060
    expect(r.serviceDays).to.equal(48);
    expect(r.allowed).to.equal('24480.00');
    expect(r.patient.deductible).to.equal('1000.00');
    expect(r.patient.coinsurance).to.equal('11740.00');
    expect(r.patient.balanceBilled).to.equal('16320.00');
    expect(r.patient.total).to.equal('29060.00');
    expect(r.planPays).to.equal('11740.00');
    expect(weeklyPatient(r)).to.deep.equal(['2880.00', ...Array(11).fill('2380.00')]);
    expect(weeklyPlanPays(r)).to.deep.equal(['520.00', ...Array(11).fill('1020.00')]);
    expect(r.range).to.equal(undefined); // oopMax null is a known term: no maximum
    expect(r.milestones?.oopMaxReached).to.equal(undefined);
    expect(warningCodes(r)).to.include.members(['no-out-of-network-maximum', 'balance-billing']);
    expectNoWarnings(r, ['oop-max-reached', 'oop-max-above-legal-limit', 'plan-details-unknown']);
    expectBalanced(r);
  });

  it('with outOfNetwork {} every out-of-network term is unknown: a range up to the full charge, no cap', () => {
    const r = run({
      program: { weeks: 12, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: {
        planType: 'private', network: 'out', deductible: '500.00', coinsurancePercent: 20, oopMax: '2000.00',
        outOfNetwork: {},
      },
    });
    // 48 days; allowed 48 x 510 = 24,480.00; balance 48 x 340 = 16,320.00. The flat (in-network) terms are not borrowed.
    // High: unknown deductible = 100% of the allowed amount until the maximum; unknown maximum out of network =
    //   no cap at all (not 2000, not the legal 10,600): 510 + 340 = 850 a day, the full charge: 48 x 850 = 40,800.00
    // Low: deductible counts as met (no met amount given), unknown coinsurance 0%, no copay, no maximum:
    //   only the balance, 48 x 340 = 16,320.00
    // Total = high = 40,800.00; the plan pays 0.00; the 100% is the deductible part: 24,480.00
    expect(r.range).to.include({ low: '16320.00', high: '40800.00' });
    expect(r.patient.total).to.equal('40800.00');
    expect(r.allowed).to.equal('24480.00');
    expect(r.patient.balanceBilled).to.equal('16320.00');
    expect(r.patient.deductible).to.equal('24480.00');
    expect(r.patient.coinsurance).to.equal('0.00');
    expect(r.planPays).to.equal('0.00');
    expect(weeklyPatient(r)).to.deep.equal(Array(12).fill('3400.00')); // 4 x 850
    expect(r.milestones?.oopMaxReached).to.equal(undefined);
    const unknown = warning(r, 'plan-details-unknown');
    expect(unknown?.params?.outOfNetwork).to.equal(true);
    expect(unknown?.params?.bounded).to.equal(false);
    expect(warningCodes(r)).to.include('balance-billing');
    expect(warningCodes(r)).to.not.include('oop-max-reached');
    expectBalanced(r);
  });

  // In network with outOfNetwork given: the flat fields are the in-network terms. These two requests differ
  // only in accumulators; the out-of-network terms (3000 deductible, 40%) are never used in network.
  const inNetworkRequest = (accumulators: 'separate' | 'shared') => ({
    program: { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' },
    coverage: {
      planType: 'private', network: 'in', deductible: '1000.00', deductibleMet: '200.00', coinsurancePercent: 20,
      oopMax: '3000.00', oopMet: '400.00',
      outOfNetwork: { deductible: '3000.00', deductibleMet: '300.00', coinsurancePercent: 40, oopMax: '6000.00', oopMet: '1900.00', accumulators },
    },
  });

  it('in network with outOfNetwork given, the flat fields apply (separate accumulators: outOfNetwork ignored)', () => {
    const r = run(inNetworkRequest('separate'));
    // 8 days x 450 = 3600.00 allowed, no balance billing. Deductible left 1000 - 200 = 800; maximum left 2600.
    // 03-02: 450 deductible (met 650). 03-03: 350 deductible (met 1000) + 100 x 20% = 20 -> 370
    // 03-04 .. 03-12: 450 x 20% = 90 each, 6 days = 540
    // Total 450 + 370 + 540 = 1360.00; deductible 800.00, coinsurance 20 + 540 = 560.00; plan pays 3600 - 1360 = 2240.00
    // Weekly: 450 + 370 + 90 + 90 = 1000.00, 4 x 90 = 360.00; plan 800.00, 1440.00
    expect(r.allowed).to.equal('3600.00');
    expect(r.patient.deductible).to.equal('800.00');
    expect(r.patient.coinsurance).to.equal('560.00');
    expect(r.patient.balanceBilled).to.equal('0.00');
    expect(r.patient.total).to.equal('1360.00');
    expect(r.planPays).to.equal('2240.00');
    expect(weeklyPatient(r)).to.deep.equal(['1000.00', '360.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['800.00', '1440.00']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    expectNoWarnings(r, ['balance-billing', 'no-out-of-network-maximum', 'plan-details-unknown']);
    expectBalanced(r);
  });

  it('in network with shared accumulators, out-of-network met amounts count toward the in-network ones', () => {
    const r = run(inNetworkRequest('shared'));
    // In-network terms, starting from deductible met 200 + 300 = 500 (left 500) and oop met 400 + 1900 = 2300 (left 700).
    // 03-02: 450 deductible (met 950, oop 2750). 03-03: 50 deductible (met 1000) + 400 x 20% = 80 -> 130 (oop 2880)
    // 03-04: 90 (oop 2970). 03-05: min(90, 30) = 30 (oop 3000, maximum reached). 03-09 .. 03-12: 0.00
    // Total 450 + 130 + 90 + 30 = 700.00; deductible 500.00, coinsurance 80 + 90 + 30 = 200.00
    // Plan pays 3600 - 700 = 2900.00 (week 1: 1800 - 700 = 1100.00, week 2: 1800.00)
    expect(r.patient.deductible).to.equal('500.00');
    expect(r.patient.coinsurance).to.equal('200.00');
    expect(r.patient.total).to.equal('700.00');
    expect(r.planPays).to.equal('2900.00');
    expect(weeklyPatient(r)).to.deep.equal(['700.00', '0.00']);
    expect(weeklyPlanPays(r)).to.deep.equal(['1100.00', '1800.00']);
    expect(r.milestones?.deductibleMet).to.equal('2026-03-03');
    expect(r.milestones?.oopMaxReached).to.equal('2026-03-05');
    expectBalanced(r);
  });
});

describe('worked examples: compareOptions with out-of-network terms', () => {
  const program = { weeks: 2, hoursPerWeek: 12, startDate: '2026-03-02' };
  const flat = { planType: 'private', deductible: '1000.00', coinsurancePercent: 20, oopMax: '3000.00' } as const;

  it('in network with no outOfNetwork: the out-of-network option is a range with no cap, not the in-network numbers', () => {
    const comparison = compareOptions({ program, coverage: { ...flat, network: 'in' } });
    // In network, 8 days x 450: 450, 450, 100 + 350 x 20% = 70 -> 170, then 5 x 90 = 450: total 1520.00
    // Out of network, terms unknown (outOfNetwork {}): high 8 x 850 = 6800.00 (no cap), low 8 x 340 = 2720.00
    //   (with the in-network numbers it would have been 510 + 494 + 6 x 102 + 2720 = 4336.00)
    // Self-pay: 8 x 350 = 2800.00. Cheapest: in network.
    expect(comparison).to.not.equal(null);
    const [inNet, outNet, selfPay] = comparison!.options;
    expect(comparison!.options.map((o) => o.kind)).to.deep.equal(['in-network', 'out-of-network', 'self-pay']);
    expect(inNet!.result.patient.total).to.equal('1520.00');
    expect(inNet!.result.range).to.equal(undefined);
    expect(outNet!.result.range).to.include({ low: '2720.00', high: '6800.00' });
    expect(outNet!.result.patient.total).to.equal('6800.00');
    expect(outNet!.result.patient.balanceBilled).to.equal('2720.00');
    expect(outNet!.result.planPays).to.equal('0.00');
    expect(selfPay!.result.patient.total).to.equal('2800.00');
    expect(comparison!.cheapest).to.equal('in-network');
    for (const option of comparison!.options) expectBalanced(option.result);
  });

  it('with outOfNetwork given, the out-of-network option uses those terms to the cent', () => {
    const comparison = compareOptions({
      program,
      coverage: { ...flat, network: 'in', outOfNetwork: { deductible: '2000.00', coinsurancePercent: 40, oopMax: '3000.00' } },
    });
    // In network: 1520.00 as above.
    // Out of network, 8 days x 510: 510, 510, 510 (1530), 470 (met 2000) + 40 x 40% = 16 -> 486 (2016),
    //   then 4 x 204 = 816: cost sharing 2832.00 (< 3000); deductible 2000.00, coinsurance 16 + 816 = 832.00
    //   balance 8 x 340 = 2720.00; total 5552.00; plan pays 4080 - 2832 = 1248.00
    expect(comparison).to.not.equal(null);
    const [inNet, outNet, selfPay] = comparison!.options;
    expect(inNet!.result.patient.total).to.equal('1520.00');
    expect(outNet!.kind).to.equal('out-of-network');
    expect(outNet!.result.range).to.equal(undefined);
    expect(outNet!.result.patient.deductible).to.equal('2000.00');
    expect(outNet!.result.patient.coinsurance).to.equal('832.00');
    expect(outNet!.result.patient.balanceBilled).to.equal('2720.00');
    expect(outNet!.result.patient.total).to.equal('5552.00');
    expect(outNet!.result.planPays).to.equal('1248.00');
    expect(selfPay!.result.patient.total).to.equal('2800.00');
    expect(comparison!.cheapest).to.equal('in-network');
    for (const option of comparison!.options) expectBalanced(option.result);
  });

  it("a request named out of network without outOfNetwork: its flat fields are the out-of-network terms, in network is unknown", () => {
    const comparison = compareOptions({ program, coverage: { ...flat, network: 'out' } });
    // Out-of-network row: the flat fields, today's meaning. 8 days x 510:
    //   510, 490 + 20 x 20% = 4 -> 494, then 6 x 102 = 612: cost sharing 1616.00 + balance 2720.00 = 4336.00
    // In-network row: the in-network terms are unknown: high = 100% until the legal limit 10,600: 8 x 450 = 3600.00;
    //   low = 0.00 (deductible met, coinsurance 0%). Self-pay 2800.00 is the cheapest.
    expect(comparison).to.not.equal(null);
    const [inNet, outNet, selfPay] = comparison!.options;
    expect(outNet!.result.range).to.equal(undefined);
    expect(outNet!.result.patient.total).to.equal('4336.00');
    expect(outNet!.result.planPays).to.equal('2464.00'); // 4080 - 1616
    expect(inNet!.result.range).to.include({ low: '0.00', high: '3600.00' });
    expect(inNet!.result.patient.total).to.equal('3600.00');
    expect(selfPay!.result.patient.total).to.equal('2800.00');
    expect(comparison!.cheapest).to.equal('self-pay');
    for (const option of comparison!.options) expectBalanced(option.result);
  });
});

// Worked examples for the rules a benefits audit found applied wrongly (src/core/RULES.md §3, §8, §11, §13, §17),
// computed by hand. Example center: charge $850/day, in network $450/day, Aetna $520, out of network 60% of the
// charge = $510/day; Original Medicare per diem $250 (3 services) / $300 (4 or more); self-pay $350.
// 9 h/week = 3 days of 3 hours (3 services); 12 weeks = 36 days.
import { describe, expect, it } from '../../harness.ts';
import { compareOptions } from '../../../src/core/compare.ts';
import { estimate } from '../../../src/core/estimate.ts';
import { centerWith, expectBalanced, run, warningCodes } from './worked.ts';

const PROGRAM = { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' };
const ADVANTAGE = { planType: 'medicare', medicarePlan: 'advantage' } as const;

describe('worked examples: what was paid toward the deductible counts toward the maximum', () => {
  it('a deductible already met leaves only the rest of the maximum to pay (the audit’s case)', () => {
    const r = run({
      program: PROGRAM,
      coverage: { planType: 'private', network: 'in', payer: 'Aetna', deductible: '1500.00', deductibleMet: '1500.00', coinsurancePercent: 20, oopMax: '4000.00' },
    });
    // oopMet not given: at least the $1,500.00 paid toward the deductible, so $2,500.00 of room.
    // 20% of $520.00 = $104.00 a day: 24 days = $2,496.00, day 25 $4.00, then $0.00. (Before: 36 x $104 = $3,744.00.)
    // Plan pays 36 x 520 = 18,720.00 - 2,500.00 = 16,220.00
    expect(r.patient.total).to.equal('2500.00');
    expect(r.patient.deductible).to.equal('0.00');
    expect(r.planPays).to.equal('16220.00');
    expect(r.milestones?.oopMaxReached).to.equal('2026-04-27'); // day 25: week 9 (Apr 27), its first day
    expectBalanced(r);
  });

  it('raises a typed amount paid toward the maximum that is below the deductible paid, and says so', () => {
    const r = run({
      program: PROGRAM,
      coverage: { planType: 'private', network: 'in', payer: 'Aetna', deductible: '1500.00', deductibleMet: '1500.00', coinsurancePercent: 20, oopMax: '4000.00', oopMet: '1000.00' },
    });
    // $1,000.00 is impossible beside $1,500.00 paid toward the deductible: $1,500.00 is used, the same $2,500.00.
    expect(r.patient.total).to.equal('2500.00');
    const warning = r.warnings.find((w) => w.code === 'oop-met-below-deductible-met');
    expect(warning?.message).to.equal(
      "What was paid toward the out-of-pocket maximum (coverage.oopMet, $1,000.00) can't be less than what was paid toward the deductible (coverage.deductibleMet, $1,500.00), which counts toward the maximum too: the estimate uses $1,500.00.",
    );
  });

  it('counts the family’s deductible paid toward the family maximum', () => {
    const r = run({
      program: PROGRAM,
      coverage: {
        planType: 'private', network: 'in', payer: 'Aetna', deductible: '1500.00', coinsurancePercent: 20, oopMax: '4000.00',
        family: { kind: 'embedded', deductible: '3000.00', deductibleMet: '3000.00', oopMax: '6000.00' },
      },
    });
    // The family's deductible is met, so the person's is too ($0 left of it). The family maximum has
    // $6,000 - $3,000 = $3,000 left; the person's own $4,000. $104 a day: 28 days = $2,912.00, day 29 $88.00.
    expect(r.patient.total).to.equal('3000.00');
    expect(r.planPays).to.equal('15720.00'); // 18,720.00 - 3,000.00
    expectBalanced(r);
  });

  it('counts the out-of-network deductible paid toward the out-of-network maximum', () => {
    const r = run({
      program: PROGRAM,
      coverage: {
        planType: 'private', network: 'out', deductible: '1000.00', coinsurancePercent: 20, oopMax: '4000.00',
        outOfNetwork: { deductible: '2000.00', deductibleMet: '2000.00', coinsurancePercent: 40, oopMax: '5000.00' },
      },
    });
    // $510.00 allowed a day, 40% = $204.00. Room: $5,000 - $2,000 = $3,000: 14 days = $2,856.00, day 15 $144.00.
    // Balance billing: 36 x ($850 - $510) = $12,240.00 on top. Total $15,240.00.
    expect(r.patient.coinsurance).to.equal('3000.00');
    expect(r.patient.balanceBilled).to.equal('12240.00');
    expect(r.patient.total).to.equal('15240.00');
    expectBalanced(r);
  });
});

describe('worked examples: shared accumulators count each network’s deductible paid toward the maximum', () => {
  it('the out-of-network deductible paid joins the in-network amount paid toward the maximum', () => {
    const r = run({
      program: PROGRAM,
      coverage: {
        planType: 'private', network: 'out', deductible: '1000.00', deductibleMet: '600.00', coinsurancePercent: 20, oopMax: '4000.00', oopMet: '1000.00',
        outOfNetwork: { deductible: '2000.00', deductibleMet: '100.00', coinsurancePercent: 40, oopMax: '5000.00', accumulators: 'shared' },
      },
    });
    // Out of network starts with $600 + $100 = $700 of its deductible met, and $1,000 + $100 = $1,100 toward its
    // $5,000 maximum (the $100 out-of-network deductible paid is paid toward the maximum too): $3,900 of room.
    // $510.00 a day: days 1-2 $1,020.00 of deductible, day 3 $280.00 + 40% of $230.00 = $372.00; then $204.00 a
    // day: 12 days $2,448.00, the next $60.00: $3,900.00. Plus 36 x $340.00 = $12,240.00 balance billed.
    expect(r.patient.total).to.equal('16140.00');
    expectBalanced(r);
  });
});

describe('worked examples: Medicare Advantage', () => {
  it('out of network: what Original Medicare would pay, no balance billing (the audit’s case)', () => {
    const r = run({ program: PROGRAM, coverage: { ...ADVANTAGE, network: 'out', deductible: '0.00', coinsurancePercent: 40 } });
    // Allowed: the center's Original Medicare per diem, $250.00 a day (3 services), 36 days = $9,000.00.
    // 40% = $100.00 a day = $3,600.00; no balance billing. (Before: 60% of the charge allowed,
    // 36 x $204.00 = $7,344.00 + $12,240.00 balance billed = $19,584.00.)
    // The plan's own maximum is unknown: the 2026 combined limit ($13,900.00) bounds it, far above.
    expect(r.grossCharges).to.equal('30600.00');
    expect(r.allowed).to.equal('9000.00');
    expect(r.patient.balanceBilled).to.equal('0.00');
    expect(r.patient.total).to.equal('3600.00');
    expect(r.planPays).to.equal('5400.00');
    expect(warningCodes(r)).to.include('medicare-advantage-out-of-network');
    expect(warningCodes(r)).not.to.include('balance-billing');
    expectBalanced(r);
  });

  it('out of network on 4-service days: the 4-or-more per diem', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 12, daysPerWeek: 3, startDate: '2026-03-02' },
      coverage: { ...ADVANTAGE, network: 'out', deductible: '100.00', coinsurancePercent: 30, oopMax: '5000.00' },
    });
    // 4 hours a day = 4 services: $300.00 a day, 6 days = $1,800.00 allowed.
    // Day 1: $100.00 deductible + 30% of $200.00 = $60.00 -> $160.00; days 2-6: $90.00 each = $450.00. Total $610.00.
    expect(r.allowed).to.equal('1800.00');
    expect(r.patient.total).to.equal('610.00');
    expect(r.patient.deductible).to.equal('100.00');
    expect(r.patient.coinsurance).to.equal('510.00');
    expectBalanced(r);
  });

  it('an HMO with no out-of-network benefit covers nothing there', () => {
    const r = run({ program: PROGRAM, coverage: { ...ADVANTAGE, network: 'out', outOfNetworkCovered: false } });
    // The plan pays nothing: the whole charge, 36 x $850.00 = $30,600.00, with its reason.
    expect(r.planPays).to.equal('0.00');
    expect(r.patient.total).to.equal('30600.00');
    expect(warningCodes(r)).to.include('no-out-of-network-benefit');
    expect(r.range).to.equal(undefined);
  });

  it('in network with no maximum typed: CMS’s limit for the year caps the total (the audit’s case)', () => {
    const r = run({
      program: { weeks: 40, hoursPerWeek: 15, startDate: '2026-01-05' },
      coverage: { ...ADVANTAGE, network: 'in', payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20 },
    });
    // 5 days a week x 40 weeks = 200 days, Jan 5 - Oct 9, 2026, at $520.00: 20% = $104.00 a day = $20,800.00
    // uncapped. The 2026 mandatory in-network limit is $9,250.00: 88 days = $9,152.00, day 89 $98.00.
    expect(r.patient.total).to.equal('9250.00');
    expect(r.range).to.deep.equal({ low: '9250.00', high: '9250.00' });
    expect(r.figures.find((f) => f.name === 'Medicare Advantage maximum out-of-pocket limit (in network)')?.value).to.equal('9250.00');
    expect(r.planPays).to.equal('94750.00'); // 200 x 520 = 104,000.00 - 9,250.00
    expectBalanced(r);
  });

  it('a maximum typed above CMS’s limit is held to it, with a warning', () => {
    const r = run({
      program: { weeks: 40, hoursPerWeek: 15, startDate: '2026-01-05' },
      coverage: { ...ADVANTAGE, network: 'in', payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20, oopMax: '12000.00' },
    });
    expect(r.patient.total).to.equal('9250.00');
    expect(r.warnings.find((w) => w.code === 'oop-max-above-medicare-advantage-limit')?.params).to.deep.equal({
      entered: '12000.00', limit: '9250.00', year: '2026', network: 'in',
    });
  });

  it('a Qualified Medicare Beneficiary in Medicare Advantage owes nothing (the audit’s case)', () => {
    const r = run({
      program: PROGRAM,
      coverage: { ...ADVANTAGE, network: 'in', payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20, oopMax: '5000.00', supplement: 'qmb' },
    });
    // Cost sharing 36 x $104.00 = $3,744.00 (under $5,000), none of which a QMB can be billed.
    expect(r.patient.total).to.equal('0.00');
    expect(r.supplementPays).to.equal('3744.00');
    expect(r.planPays).to.equal('18720.00');
    expect(warningCodes(r)).to.include('supplement-qmb');
    expectBalanced(r);
  });

  it('a QMB with the plan’s numbers unknown owes nothing either, and gets no range', () => {
    const r = run({ program: PROGRAM, coverage: { ...ADVANTAGE, network: 'in', supplement: 'qmb' } });
    expect(r.patient.total).to.equal('0.00');
    expect(r.range).to.equal(undefined);
  });

  it('full Medicaid (not QMB) pays the cost sharing at a center that takes Medicaid, and not at one that does not', () => {
    const request = { program: PROGRAM, coverage: { ...ADVANTAGE, network: 'in', payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20, oopMax: '5000.00', supplement: 'full-medicaid' } };
    // The example center takes Medicaid (it has a Medicaid rate): Medicaid pays the $3,744.00, the person $0.00.
    const enrolled = run(request);
    expect(enrolled.patient.total).to.equal('0.00');
    expect(enrolled.supplementPays).to.equal('3744.00');
    expect(warningCodes(enrolled)).to.include('supplement-full-medicaid');
    // A center that is not enrolled in Medicaid is not paid by it: the person owes the cost sharing.
    const notEnrolled = run(request, centerWith((c) => (c.participates = { medicaid: false })));
    expect(notEnrolled.patient.total).to.equal('3744.00');
    expect(warningCodes(notEnrolled)).to.include('supplement-full-medicaid-not-enrolled');
    // Original Medicare at the example center: the 36 days' $2,026.40 of Part B cost sharing, all Medicaid's.
    const original = run({ program: PROGRAM, coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'full-medicaid' } });
    expect(original.patient.total).to.equal('0.00');
    expect(original.supplementPays).to.equal('2026.40');
    expectBalanced(original);
  });

  it('says a Medigap plan does not pay Medicare Advantage cost sharing', () => {
    const r = run({ program: PROGRAM, coverage: { ...ADVANTAGE, network: 'in', payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20, oopMax: '5000.00', supplement: 'medigap-full' } });
    expect(r.patient.total).to.equal('3744.00');
    expect(warningCodes(r)).to.include('medigap-with-medicare-advantage');
  });

  it('out of network at a center with no Medicare rate: a clear message naming the field', () => {
    const center = centerWith((c) => delete c.medicare);
    const outcome = estimate({ program: PROGRAM, coverage: { ...ADVANTAGE, network: 'out' } }, center);
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]?.field).to.equal('center.medicare');
  });
});

describe('worked examples: cost-sharing reductions use the guidelines of the year before', () => {
  it('a 2025 silver plan: one person at $31,000 is measured against the 2024 guideline (the audit’s case)', () => {
    const r = run({
      program: { ...PROGRAM, startDate: '2025-03-03' },
      coverage: { planType: 'aca', metal: 'silver', network: 'in', deductible: '0.00', coinsurancePercent: 50, oopMax: '9200.00' },
      household: { size: 1, annualIncome: '31000.00', state: 'OH' },
    });
    // 2024 guideline $15,060.00: $31,000 is 205.84% -> the 73% variant, limit $7,350.00.
    // (Against 2025's $15,650.00 it would be 198.08% and $3,050.00.)
    // 50% of $450.00 = $225.00 a day: 32 days = $7,200.00, day 33 $150.00 -> $7,350.00.
    expect(r.figures.find((f) => f.name.startsWith('Poverty guideline, household of 1'))).to.include({ value: '15060.00', year: 2024 });
    expect(r.patient.total).to.equal('7350.00');
    expectBalanced(r);
  });
});

describe('worked examples: self-pay where Medicare or Medicaid rules it out', () => {
  it('a Medicare beneficiary at a center that takes Medicare is not offered self-pay', () => {
    const comparison = compareOptions({ program: PROGRAM, coverage: { planType: 'medicare', medicarePlan: 'original' } });
    // The example center has a Medicare rate, so it participates: in network only.
    expect(comparison?.options.map((o) => o.kind)).to.deep.equal(['in-network']);
    expect(comparison?.selfPayNotOffered?.code).to.equal('self-pay-limited');
    expect(comparison?.selfPayNotOffered?.params).to.deep.include({ program: 'medicare' });
  });

  it('nor is a Medicare Advantage member, nor a Medicaid enrollee', () => {
    const advantage = compareOptions({ program: PROGRAM, coverage: { ...ADVANTAGE, payer: 'Aetna', deductible: '0.00', coinsurancePercent: 20, oopMax: '5000.00' } });
    expect(advantage?.options.map((o) => o.kind)).to.deep.equal(['in-network', 'out-of-network']);
    const medicaid = compareOptions({ program: PROGRAM, coverage: { planType: 'medicaid' } });
    expect(medicaid?.options.map((o) => o.kind)).to.deep.equal(['in-network']);
    expect(medicaid?.selfPayNotOffered?.params).to.deep.include({ program: 'medicaid' });
  });

  it('a center that says it does not take Medicare offers it, and a private plan always gets it', () => {
    const center = centerWith((c) => (c.participates = { medicare: false }));
    const comparison = compareOptions({ program: PROGRAM, coverage: { planType: 'medicare', medicarePlan: 'original' } }, center);
    // Self-pay 36 x $350.00 = $12,600.00
    expect(comparison?.options.map((o) => [o.kind, o.result.patient.total])).to.deep.include(['self-pay', '12600.00']);
    expect(comparison?.selfPayNotOffered).to.equal(undefined);
    const privatePlan = compareOptions({ program: PROGRAM, coverage: { planType: 'private' } });
    expect(privatePlan?.options.map((o) => o.kind)).to.deep.equal(['in-network', 'out-of-network', 'self-pay']);
  });

  it('a beneficiary who asks for the self-pay price anyway is told the rule that limits it', () => {
    const r = run({ program: PROGRAM, coverage: { planType: 'medicaid', selfPay: true } });
    expect(r.patient.total).to.equal('12600.00');
    expect(warningCodes(r)).to.include('self-pay-limited');
    expect(warningCodes(r)).not.to.include('self-pay-not-counted');
  });
});

// Worked examples, Medicare (src/core/RULES.md §10-§11), computed by hand.
// Original Medicare: the example center's per diem is $250 for a day of 3 services and $300 for 4 or more
// (one service per full hour of the day). 2026 Part B: deductible $283, then 20%, no out-of-pocket maximum.
// Medicare Advantage: section 3 with the plan's numbers, at the center's in-network rate ($450/day).
import { describe, expect, it } from '../../harness.ts';
import { expectBalanced, run, warningCodes, weeklyPatient } from './worked.ts';

describe('worked examples: Medicare', () => {
  it('Original Medicare: the Part B deductible, then 20% with no maximum', () => {
    const r = run({
      program: { weeks: 4, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'medicare', medicarePlan: 'original' },
    });
    // 3 days a week of 3 hours = 3 services -> $250 a day; 12 days = 3000.00 allowed.
    // Day 1: 250 deductible (met 250). Day 2: 33 deductible + 217 x 20% = 43.40 -> 76.40
    // Days 3-12: 250 x 20% = 50 each.
    // Week 1: 250 + 76.40 + 50 = 376.40; weeks 2-4: 150.00 each.
    // Total 826.40 = deductible 283.00 + coinsurance 43.40 + 10 x 50 = 543.40; Medicare pays 2173.60
    expect(r.allowed).to.equal('3000.00');
    expect(weeklyPatient(r)).to.deep.equal(['376.40', '150.00', '150.00', '150.00']);
    expect(r.patient.total).to.equal('826.40');
    expect(r.patient.deductible).to.equal('283.00');
    expect(r.patient.coinsurance).to.equal('543.40');
    expect(r.planPays).to.equal('2173.60');
    expect(r.supplementPays).to.equal('0.00');
    expectBalanced(r);
  });

  it('keeps charging 20% over a long program (no out-of-pocket maximum)', () => {
    const r = run({
      program: { weeks: 52, hoursPerWeek: 9, startDate: '2026-01-05' },
      coverage: { planType: 'medicare', medicarePlan: 'original' },
    });
    // 156 days x 250 = 39,000.00 allowed, 2026-01-05 .. 2026-12-30 (one calendar year).
    // 250 + 76.40 + 154 x 50 = 7700 -> 8026.40; Medicare pays 39,000 - 8026.40 = 30973.60
    expect(r.allowed).to.equal('39000.00');
    expect(r.patient.total).to.equal('8026.40');
    expect(r.planPays).to.equal('30973.60');
    expectBalanced(r);
  });

  it('Medigap paying the coinsurance: the person pays the deductible only (4-service days)', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 14, daysPerWeek: 3, startDate: '2026-03-02' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-coinsurance' },
    });
    // 14 h / 3 days = 4.67 h a day -> 4 full hours -> 4 services -> $300 a day; 6 days = 1800.00.
    // Day 1: 283 deductible + 17 x 20% = 3.40; days 2-6: 60 each = 300. Cost sharing 586.40.
    // Medigap pays the coinsurance 3.40 + 300 = 303.40; the person pays 283.00.
    // Medicare 1800 - 586.40 = 1213.60, + Medigap 303.40 = planPays 1517.00
    expect(r.allowed).to.equal('1800.00');
    expect(r.patient.total).to.equal('283.00');
    expect(r.patient.deductible).to.equal('283.00');
    expect(r.patient.coinsurance).to.equal('0.00');
    expect(r.supplementPays).to.equal('303.40');
    expect(r.planPays).to.equal('1517.00');
    expectBalanced(r);
  });

  it('Medigap paying deductible and coinsurance: the person pays nothing', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-full' },
    });
    // 4 days of 3 hours -> $250; 1000.00 allowed.
    // Cost sharing: 250 + (33 + 43.40 = 76.40) + 50 + 50 = 426.40, all paid by Medigap.
    expect(r.patient.total).to.equal('0.00');
    expect(r.supplementPays).to.equal('426.40');
    expect(r.planPays).to.equal('1000.00');
    expectBalanced(r);
  });

  it('a Qualified Medicare Beneficiary owes nothing', () => {
    const r = run({
      program: { weeks: 1, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'qmb' },
    });
    // Same 426.40 of cost sharing as above; a QMB can't be billed it. Person 0.00, paid 1000.00.
    expect(r.patient.total).to.equal('0.00');
    expect(r.planPays).to.equal('1000.00');
    expectBalanced(r);
  });

  // Medigap plans K and L, and high-deductible F and G, with the 2025 figures (data/medigap.json): Part B
  // deductible $257.00; K pays 50% of the coinsurance to a $7,220.00 limit, L 75% to $3,610.00; high deductible $2,870.00.
  it('Medigap plan L pays 75% of the coinsurance; the person pays the deductible and 25%', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2025-03-03' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-l' },
    });
    // 6 days at $250.00 = $1,500.00. Day 1: $250.00 deductible. Day 2: $7.00 deductible + 20% of $243.00 = $48.60,
    // of which the person pays 25% = $12.15. Days 3-6: 20% = $50.00, the person $12.50 each = $50.00.
    // Person: 250 + 7 + 12.15 + 50 = 319.15. Medigap: 36.45 + 4 x 37.50 = 186.45.
    // Medicare: 1,500.00 - (257.00 + 48.60 + 200.00) = 994.40; plan side 994.40 + 186.45 = 1,180.85.
    expect(r.patient.total).to.equal('319.15');
    expect(r.patient.deductible).to.equal('257.00');
    expect(r.patient.coinsurance).to.equal('62.15');
    expect(r.supplementPays).to.equal('186.45');
    expect(r.planPays).to.equal('1180.85');
    expect(r.figures.find((f) => f.name === 'Medigap Plan L yearly out-of-pocket limit')).to.include({ value: '3610.00', year: 2025 });
    expectBalanced(r);
  });

  it('Medigap plan K pays all the coinsurance once the person reaches its yearly limit', () => {
    const r = run({
      program: { weeks: 4, hoursPerWeek: 9, startDate: '2025-03-03' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-k', deductibleMet: '257.00', oopMet: '7000.00' },
    });
    // $7,000.00 already paid toward the $7,220.00 limit: $220.00 left. 12 days of $50.00 coinsurance, the person
    // 50% = $25.00: days 1-8 $200.00, day 9 $20.00, then $0.00. Person 220.00; Medigap 600.00 - 220.00 = 380.00.
    // Medicare 12 x 200.00 = 2,400.00; plan side 2,780.00.
    expect(r.patient.total).to.equal('220.00');
    expect(r.supplementPays).to.equal('380.00');
    expect(r.planPays).to.equal('2780.00');
    expect(warningCodes(r)).to.include('supplement-medigap-shared');
    expectBalanced(r);
  });

  it('high-deductible F pays everything past its deductible; G leaves the Part B deductible to the person', () => {
    const request = (supplement: string) => ({
      program: { weeks: 12, hoursPerWeek: 9, startDate: '2025-03-03' },
      coverage: { planType: 'medicare', medicarePlan: 'original', supplement, oopMet: '2800.00' },
    });
    // $2,800.00 of Medicare costs already paid this year: $70.00 left of the $2,870.00 deductible.
    // F: day 1's $250.00 of Part B deductible: $70.00 from the person, then F pays the rest of everything.
    const f = run(request('medigap-high-deductible-f'));
    expect(f.patient.total).to.equal('70.00');
    // G: the Part B deductible ($250.00 on day 1, $7.00 on day 2) is always the person's; its coinsurance is paid
    // once the high deductible is met, which the $250.00 already does.
    const g = run(request('medigap-high-deductible-g'));
    expect(g.patient.total).to.equal('257.00');
    expect(g.patient.coinsurance).to.equal('0.00');
    // Without anything paid before, the person pays all of the 36 days' cost sharing up to the $2,870.00:
    // 257.00 + 48.60 + 34 x 50.00 = 2,005.60, under the deductible.
    const fresh = run({ ...request('medigap-high-deductible-f'), coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-high-deductible-f' } });
    expect(fresh.patient.total).to.equal('2005.60');
    expect(fresh.supplementPays).to.equal('0.00');
    expectBalanced(f);
    expectBalanced(g);
  });

  it('warns below 9 hours a week, and starts from the deductible already met', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 6, startDate: '2026-03-02' },
      coverage: { planType: 'medicare', medicarePlan: 'original', deductibleMet: '200.00' },
    });
    // ceil(6/3) = 2 days of 3 hours -> $250; 4 days = 1000.00.
    // Day 1: 283 - 200 = 83 deductible + 167 x 20% = 33.40 -> 116.40; days 2-4: 50 each.
    // Week 1: 166.40, week 2: 100.00; total 266.40; Medicare pays 733.60
    expect(warningCodes(r)).to.include('medicare-hours-below-9');
    expect(weeklyPatient(r)).to.deep.equal(['166.40', '100.00']);
    expect(r.patient.total).to.equal('266.40');
    expect(r.planPays).to.equal('733.60');
    expectBalanced(r);
  });

  it("Medicare Advantage: the plan's deductible, coinsurance and maximum at the in-network rate", () => {
    const r = run({
      program: { weeks: 4, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: {
        planType: 'medicare', medicarePlan: 'advantage', network: 'in',
        deductible: '250.00', coinsurancePercent: 20, oopMax: '1000.00',
      },
    });
    // 12 days x 450 = 5400.00 allowed (not the Part B per diem or deductible).
    // Day 1: 250 + 200 x 20% = 40 -> 290; days 2-3: 90 each           week 1 = 470.00 (oop 470)
    // Days 4-6: 90 each                                                week 2 = 270.00 (oop 740)
    // Days 7-8: 90 (920); day 9: min(90, 80) = 80 (1000)              week 3 = 260.00
    // Week 4: 0.00. Total 1000.00; plan pays 5400 - 1000 = 4400.00
    expect(r.allowed).to.equal('5400.00');
    expect(weeklyPatient(r)).to.deep.equal(['470.00', '270.00', '260.00', '0.00']);
    expect(r.patient.total).to.equal('1000.00');
    expect(r.planPays).to.equal('4400.00');
    expectBalanced(r);
  });
});

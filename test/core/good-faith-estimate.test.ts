// Worked examples of the Good Faith Estimate (src/core/documents/good-faith-estimate.ts, GOOD-FAITH-ESTIMATE.md), computed
// by hand from the example center: self-pay $350.00 a day; sliding scale by % of the poverty guideline (band 1
// up to 100%: $25 a day; band 2 over 100 up to 150%: 60% off; band 3 over 150 up to 200%: 40% off; band 4: none);
// paid-in-full discount 10% of what is left after the sliding scale. 2026 guideline: $15,960 for one person,
// $5,680 for each further person (in force from 2026-01-13).
// 2026-03-02 is a Monday; service days are start + 7k + i (RULES.md §1).
import Decimal from 'decimal.js';
import { describe, expect, it } from '../harness.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig, parseRequest } from '../../src/core/estimate.ts';
import { goodFaithEstimate, type GoodFaithEstimate, type GoodFaithEstimateInput } from '../../src/core/documents/good-faith-estimate.ts';
import { centerWith, expectBalanced, run } from './worked/worked.ts';

type Extra = Partial<Omit<GoodFaithEstimateInput, 'center' | 'request' | 'result'>>;

/** The GFE for a request: the core's own result for it, then the GFE from the parsed request and center. */
function gfe(request: unknown, center: unknown = EXAMPLE_CENTER, extra: Extra = {}) {
  const result = run(request, center);
  expectBalanced(result);
  const c = parseCenterConfig(center);
  const r = parseRequest(request);
  if (!c.ok || !r.ok) throw new Error('bad test input');
  return goodFaithEstimate({
    center: c.center,
    request: r.request,
    result,
    patient: { name: 'Jordan Example', birthDate: '1990-04-15' },
    issuedOn: '2026-02-20',
    ...extra,
  });
}

function ok(outcome: ReturnType<typeof goodFaithEstimate>): GoodFaithEstimate {
  if (!outcome.ok) throw new Error(`no GFE: ${outcome.reason}: ${outcome.message}`);
  return outcome.estimate;
}

/** The document adds up: items - discounts = expected total, every amount with two places. */
function expectAddsUp(estimate: GoodFaithEstimate): void {
  const items = estimate.items.reduce((t, item) => t.plus(item.amount), new Decimal(0));
  const discounts = estimate.discounts.reduce((t, d) => t.plus(d.amount), new Decimal(0));
  expect(items.minus(discounts).toFixed(2), 'items - discounts = expected total').to.equal(estimate.expectedTotal);
  for (const item of estimate.items) {
    expect(new Decimal(item.pricePerDay).times(item.days).toFixed(2), 'days x price per day = amount').to.equal(item.amount);
    expect(item.amount).to.match(/^\d+\.\d{2}$/);
    expect(item.unitPrice).to.match(/^\d+\.\d{2}$/);
  }
}

const disclaimerCodes = (estimate: GoodFaithEstimate) => estimate.disclaimers.map((d) => d.code);
const disclaimer = (estimate: GoodFaithEstimate, code: string) => {
  const found = estimate.disclaimers.find((d) => d.code === code);
  if (!found) throw new Error(`no ${code} disclaimer`);
  return found;
};

describe('Good Faith Estimate: worked examples', () => {
  it('uninsured, no household: 36 days at $350.00, no discount', () => {
    const e = ok(gfe(
      { program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } },
      EXAMPLE_CENTER,
      { programIndex: 0, diagnosisCodes: ['F10.20'] },
    ));
    // 9 h a week at the center's 3 h a day -> 3 days a week (Mon-Wed); 12 x 3 = 36 days.
    // First day 2026-03-02; last week starts 03-02 + 77 days = 2026-05-18, its third day 2026-05-20.
    // One line: 36 days x $350.00 = $12,600.00. No household: no sliding scale; not paid in full: no discount.
    expect(e.primaryService).to.include({ firstDay: '2026-03-02', lastDay: '2026-05-20', serviceDays: 36, units: 36, unitKind: 'day', weeks: 12, daysPerWeek: 3, hoursPerWeek: 9 });
    expect(e.primaryService.name).to.equal('Day IOP: 3 days a week, 3 hours a day');
    // The example's tracks have no description: generated words.
    expect(e.primaryService.description).to.equal('Intensive outpatient program: 12 weeks, 3 days a week, 9 hours a week');
    expect(e.primaryService.codes).to.deep.equal(['H0015', '0906']);
    expect(e.items).to.deep.equal([
      { description: 'Intensive outpatient program, per day of treatment (36 days)', codes: ['H0015', '0906'], quantity: 36, unit: 'day', unitPrice: '350.00', amount: '12600.00', days: 36, pricePerDay: '350.00' },
    ]);
    expect(e.discounts).to.deep.equal([]);
    expect(e.expectedTotal).to.equal('12600.00');
    // Dispute from $12,600.00 + $400.00 = $13,000.00.
    expect(disclaimer(e, 'dispute-right').params).to.include({ expectedTotal: '12600.00', disputeFrom: '13000.00', threshold: '400.00', days: 120 });
    expectAddsUp(e);
  });

  it('a household in the sliding scale (60% off)', () => {
    const e = ok(gfe({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: { size: 3, annualIncome: '35000.00', state: 'OH' },
    }));
    // Guideline for 3: 15,960 + 2 x 5,680 = 27,320; 35,000 / 27,320 = 128.11% -> band 2, "60% off".
    // 6 days (03-02..04, 03-09..11) x $350.00 = $2,100.00; discount 60% x 350 = $210.00 a day x 6 = $1,260.00.
    // Expected: 2,100.00 - 1,260.00 = $840.00 ($140.00 a day). No billing codes per track: the center's.
    expect(e.items).to.have.length(1);
    expect(e.items[0]).to.include({ quantity: 6, unit: 'day', unitPrice: '350.00', amount: '2100.00' });
    expect(e.items[0]!.codes).to.deep.equal(['H0015', 'S9480', '0905', '0906']);
    expect(e.discounts).to.deep.equal([
      {
        kind: 'sliding-scale',
        label: 'Sliding-scale discount (60% off): household income at 128.11% of the federal poverty guideline',
        amount: '1260.00',
        band: 2,
        bandLabel: '60% off',
        povertyPercent: '128.11',
      },
    ]);
    expect(e.expectedTotal).to.equal('840.00');
    expect(e.primaryService).to.include({ firstDay: '2026-03-02', lastDay: '2026-03-11' });
    // Dispute from 840.00 + 400.00 = 1,240.00.
    expect(disclaimer(e, 'dispute-right').params).to.include({ disputeFrom: '1240.00' });
    expectAddsUp(e);
  });

  it('paying in full: the evening track, 10% off', () => {
    const e = ok(gfe(
      { program: { weeks: 8, hoursPerWeek: 12, daysPerWeek: 4, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' }, paidInFull: true },
      EXAMPLE_CENTER,
      { programIndex: 1 },
    ));
    // 8 weeks x 4 days (Mon-Thu) = 32 days; last week starts 03-02 + 49 = 2026-04-20, its fourth day 2026-04-23.
    // 32 x $350.00 = $11,200.00; paid in full: 10% = $1,120.00 off -> $10,080.00.
    expect(e.primaryService).to.include({ firstDay: '2026-03-02', lastDay: '2026-04-23', serviceDays: 32 });
    expect(e.primaryService.codes).to.deep.equal(['S9480', '0905']);
    expect(e.items[0]).to.include({ quantity: 32, amount: '11200.00' });
    expect(e.discounts).to.deep.equal([
      { kind: 'paid-in-full', label: 'Paid-in-full discount (10%), for paying the whole amount before the program starts', amount: '1120.00', percent: 10 },
    ]);
    expect(e.expectedTotal).to.equal('10080.00');
    expectAddsUp(e);
  });

  it('sliding scale and paid in full together: both discounts, in the order they are taken', () => {
    const e = ok(gfe({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: { size: 1, annualIncome: '15961.60', state: 'OH' },
      paidInFull: true,
    }));
    // 15,961.60 / 15,960 = 100.01% -> band 2: 6 x 350 = 2,100.00 less 6 x 210 = 1,260.00 -> 840.00;
    // paid in full 10% x 840 = 84.00 -> 756.00.
    expect(e.discounts.map((d) => [d.kind, d.amount])).to.deep.equal([['sliding-scale', '1260.00'], ['paid-in-full', '84.00']]);
    expect(e.expectedTotal).to.equal('756.00');
    expectAddsUp(e);
  });

  it('hourly billing: one line per day length, each day rounded as the core rounds it', () => {
    const hourly = centerWith((c) => {
      c.billing.unit = 'hour';
      c.rates.selfPayPerUnit = '120.00';
    });
    const e = ok(gfe(
      {
        program: { weeks: 2, hoursPerWeek: 10, daysPerWeek: 3, startDate: '2026-03-02' },
        coverage: { planType: 'uninsured' },
        household: { size: 3, annualIncome: '35000.00', state: 'OH' },
      },
      hourly,
    ));
    // 10 h over 3 days: 3.33, 3.33, 3.34 (RULES.md §1). 2 weeks: 4 days of 3.33 h, 2 days of 3.34 h.
    // 3.33 x 120 = 399.60 a day; x 4 = 1,598.40 for 13.32 h. 3.34 x 120 = 400.80; x 2 = 801.60 for 6.68 h.
    // Items 2,400.00. Band 2 (128.11%), 60% off each day: 399.60 x 0.6 = 239.76 (x 4 = 959.04),
    // 400.80 x 0.6 = 240.48 (x 2 = 480.96): discount 1,440.00; expected 960.00.
    expect(e.items.map((i) => [i.quantity, i.unit, i.unitPrice, i.days, i.pricePerDay, i.amount])).to.deep.equal([
      [13.32, 'hour', '120.00', 4, '399.60', '1598.40'],
      [6.68, 'hour', '120.00', 2, '400.80', '801.60'],
    ]);
    expect(e.items[0]!.description).to.equal('Intensive outpatient program, billed by the hour: 4 days of 3.33 hours');
    expect(e.primaryService).to.include({ units: 20, unitKind: 'hour', serviceDays: 6 });
    expect(e.discounts[0]).to.include({ kind: 'sliding-scale', amount: '1440.00' });
    expect(e.expectedTotal).to.equal('960.00');
    expectAddsUp(e);
  });

  it('hourly billing where rounding each day differs from hours x price', () => {
    const hourly = centerWith((c) => {
      c.billing.unit = 'hour';
      c.rates.selfPayPerUnit = '100.01';
    });
    const e = ok(gfe({ program: { weeks: 2, hoursPerWeek: 10, daysPerWeek: 3, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } }, hourly));
    // 3.33 x 100.01 = 333.0333 -> 333.03 a day, x 4 = 1,332.12 (13.32 h x 100.01 would be 1,332.13);
    // 3.34 x 100.01 = 334.0334 -> 334.03 a day, x 2 = 668.06. Total 2,000.18, as the core bills it
    // (20 h x 100.01 = 2,000.20 is not what the days add up to).
    expect(e.items.map((i) => [i.pricePerDay, i.amount])).to.deep.equal([['333.03', '1332.12'], ['334.03', '668.06']]);
    expect(e.expectedTotal).to.equal('2000.18');
    expectAddsUp(e);
  });

  it('an insured person choosing self-pay gets one; an insured request billing the plan is refused', () => {
    const program = { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' };
    const coverage = { planType: 'private', network: 'in', deductible: '3000.00', coinsurancePercent: 20, oopMax: '6000.00' };
    // Self-pay: 3 x 350 = 1,050.00.
    expect(ok(gfe({ program, coverage: { ...coverage, selfPay: true } })).expectedTotal).to.equal('1050.00');
    const refused = gfe({ program, coverage });
    expect(refused.ok).to.equal(false);
    if (!refused.ok) {
      expect(refused.reason).to.equal('not-self-pay');
      expect(refused.message).to.match(/uninsured|self-pay/);
    }
  });

  it('refuses a result made for another request, rather than print numbers that disagree', () => {
    const request = { program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } };
    const c = parseCenterConfig(EXAMPLE_CENTER);
    const r = parseRequest(request);
    const other = estimate({ ...request, program: { ...request.program, weeks: 3 } });
    if (!c.ok || !r.ok || !other.ok) throw new Error('bad test input');
    const outcome = goodFaithEstimate({ center: c.center, request: r.request, result: other.result, patient: {}, issuedOn: '2026-02-20' });
    expect(outcome.ok).to.equal(false);
    if (!outcome.ok) expect(outcome.reason).to.equal('result-mismatch');
    // A result for other prices: the same schedule, but a tampered total.
    const own = run(request);
    const tampered = { ...own, patient: { ...own.patient, total: '2000.00' } };
    const second = goodFaithEstimate({ center: c.center, request: r.request, result: tampered, patient: {}, issuedOn: '2026-02-20' });
    expect(second.ok).to.equal(false);
    if (!second.ok) expect(second.reason).to.equal('result-mismatch');
  });

  it('refuses a track that does not exist and a date that is not one', () => {
    const request = { program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } };
    const noTrack = gfe(request, EXAMPLE_CENTER, { programIndex: 7 });
    expect(noTrack.ok ? null : noTrack.reason).to.equal('no-such-program');
    const badDate = gfe(request, EXAMPLE_CENTER, { issuedOn: '2026-02-30' });
    expect(badDate.ok ? null : badDate.reason).to.equal('invalid-input');
  });
});

describe('Good Faith Estimate: every element 45 CFR 149.610(c) requires', () => {
  const withText = centerWith((c) => {
    c.disclaimer = 'Prices valid for programs starting in 2026.';
    c.programs[0].description = 'Group and individual therapy for substance use, 3 hours a day, 3 days a week';
  });
  const request = { program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } };
  const e = ok(gfe(request, withText, { programIndex: 0, diagnosisCodes: ['F10.20', 'F32.1'] }));

  it('(i) the patient: name and date of birth, as given', () => {
    expect(e.patient).to.deep.equal({ name: 'Jordan Example', birthDate: '1990-04-15' });
    expect(e.issuedOn).to.equal('2026-02-20');
  });

  it('(ii) the primary service in plain words, with its dates and recurring scope', () => {
    expect(e.primaryService.description).to.equal('Group and individual therapy for substance use, 3 hours a day, 3 days a week');
    expect(e.primaryService).to.include({ firstDay: '2026-03-02', lastDay: '2026-05-20', weeks: 12, daysPerWeek: 3, serviceDays: 36 });
  });

  it('(iii)-(iv) itemized lines with service codes, diagnosis codes and expected charges', () => {
    expect(e.primaryService.codes).to.deep.equal(['H0015', '0906']);
    expect(e.primaryService.diagnosisCodes).to.deep.equal(['F10.20', 'F32.1']);
    expect(e.items.every((item) => item.codes.includes('H0015') && /^\d+\.\d{2}$/.test(item.amount))).to.equal(true);
    expect(e.expectedTotal).to.equal('12600.00');
  });

  it('(v) the provider: name, NPI, TIN, where the service is given, and a phone', () => {
    expect(e.provider).to.deep.equal({
      name: 'Example Recovery Center (fictional)',
      npi: '0000000000',
      tin: '00-0000000',
      address: { street: '100 Example Street', city: 'Columbus', state: 'OH', postalCode: '43215' },
      phone: '555-0100',
    });
    expect(e.missing).to.deep.equal([]);
  });

  it('the list of separately scheduled items, with its disclaimer', () => {
    expect(e.separatelyBilled).to.deep.equal([
      { name: 'Psychiatric diagnostic evaluation', code: '90792', charge: '450.00', note: null },
      { name: 'Drug screening (urine test)', code: '80305', charge: '35.00', note: null },
      { name: 'Medication management visits with a psychiatric prescriber', code: '99214', charge: '210.00', note: null },
    ]);
    const message = disclaimer(e, 'separately-scheduled').message;
    expect(message).to.match(/Separate Good Faith Estimates will be issued upon scheduling or upon request/);
    expect(message).to.match(/diagnosis codes, service codes, expected charges/);
    expect(message).to.contain('555-0100');
  });

  it('every required disclaimer, by code and by its key words', () => {
    expect(disclaimerCodes(e)).to.deep.equal(['separately-scheduled', 'additional-items', 'only-an-estimate', 'dispute-right', 'not-a-contract', 'keep-a-copy']);
    expect(disclaimer(e, 'additional-items').message).to.match(/additional items or services .* recommends .* scheduled or requested separately.*not included/s);
    expect(disclaimer(e, 'only-an-estimate').message).to.match(/only an estimate.*Actual items, services or charges may differ/s);
    const dispute = disclaimer(e, 'dispute-right').message;
    expect(dispute).to.contain('at least $400.00 more');
    expect(dispute).to.contain('$12,600.00');
    expect(dispute).to.contain('120 calendar days');
    expect(dispute).to.contain('www.cms.gov/nosurprises');
    expect(dispute).to.match(/dispute resolution/);
    expect(dispute).to.match(/will not affect the quality of the care/);
    expect(disclaimer(e, 'not-a-contract').message).to.match(/not a contract.*does not require you to get these items or services from Example Recovery Center/s);
    expect(disclaimer(e, 'keep-a-copy').message).to.match(/Keep a copy/);
    for (const d of e.disclaimers) expect(d.params).to.be.an('object');
  });

  it("the center's own text, or null", () => {
    expect(e.centerText).to.equal('Prices valid for programs starting in 2026.');
    const plain = ok(gfe(request));
    expect(plain.centerText).to.equal(null);
  });

  it('says which required elements are missing, and leaves out the list disclaimer when there is no list', () => {
    const bare = centerWith((c) => {
      delete c.npi;
      delete c.tin;
      delete c.address;
      delete c.separatelyBilled;
      delete c.contact;
      delete c.billing.codes;
    });
    const b = ok(gfe(request, bare, { patient: {} }));
    expect(b.patient).to.deep.equal({ name: null, birthDate: null });
    expect(b.provider).to.deep.equal({ name: 'Example Recovery Center (fictional)', npi: null, tin: null, address: null, phone: null });
    expect(b.missing.map((m) => m.field)).to.deep.equal([
      'patient.name', 'patient.birthDate', 'center.npi', 'center.tin', 'center.address', 'center.billing.codes', 'diagnosisCodes',
    ]);
    expect(b.separatelyBilled).to.deep.equal([]);
    expect(disclaimerCodes(b)).to.deep.equal(['additional-items', 'only-an-estimate', 'dispute-right', 'not-a-contract', 'keep-a-copy']);
    expect(b.expectedTotal).to.equal('12600.00');
  });
});

describe('the Good Faith Estimate and the center’s assistance', () => {
  it('is the same with a scholarship and state-funded treatment offered: options, not discounts already applied', () => {
    const request = { program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' }, household: { size: 1, annualIncome: '17875.20', state: 'OH' } };
    const offering = {
      ...(EXAMPLE_CENTER as object),
      assistance: { stateFunded: [{ name: 'Ohio state-funded treatment', states: ['OH'] }], scholarships: [{ name: 'Hope Scholarship', amount: '1000.00' }] },
    };
    const plain = ok(gfe(request));
    // 112%: "60% off", 36 days x $140.00 = $5,040.00 (paying in full was not asked for).
    expect(plain.expectedTotal).to.equal('5040.00');
    expect(ok(gfe(request, offering))).to.deep.equal(plain);
  });
});

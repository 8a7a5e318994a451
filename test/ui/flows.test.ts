// Each plan type driven as a person would (click a choice, type the numbers), the shown total checked
// against the core's result for the same request, and axe run in each state.
// Example center, 12 weeks x 9 hours = 3 days of 3 hours a week = 36 days, from Monday 2026-03-02.
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { compareOptions } from '../../src/core/compare.ts';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import {
  choose,
  core,
  field,
  knowMyNumbers,
  mount,
  pick,
  q,
  qa,
  radio,
  selectEl,
  settle,
  setStart,
  shownTotal,
  START,
  text,
  totalLabel,
  totalText,
  typeInto,
  usd,
  type Estimator,
} from './helpers.ts';

const PROGRAM = { weeks: 12, hoursPerWeek: 9, startDate: START };

/** The request the form sends: the program, the coverage, an optional household, and the payment plan ({} = defaults). */
function request(coverage: EstimateRequestInput['coverage'], extra: Partial<EstimateRequestInput> = {}): EstimateRequestInput {
  return { program: PROGRAM, coverage, paymentPlan: {}, ...extra };
}

async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
  await setStart(el);
  return el;
}

async function household(el: Estimator, size: string, income: string, state: string): Promise<void> {
  await typeInto(el, 'householdSize', size);
  await typeInto(el, 'annualIncome', income);
  await pick(el, 'state', state);
}

describe('plan type flows', () => {
  it('offers the five plan types and "I\'m not sure" as radio buttons with visible names', async () => {
    const el = await widget();
    const names = qa<HTMLInputElement>(el, 'input[type="radio"][name$="-planType"]').map((r) => (r.labels?.[0]?.textContent ?? '').trim());
    expect(names).to.deep.equal([
      'Insurance through work or bought privately',
      'Marketplace plan (Healthcare.gov or a state exchange)',
      'Medicare',
      'Medicaid',
      'No insurance / paying myself',
      "I'm not sure",
    ]);
    expect(text(q(el, 'fieldset.choices legend'))).to.equal('How would you pay for treatment?');
  });

  it('private plan with known numbers: shows the core\'s total, $4,440.00', async () => {
    const el = await widget();
    await choose(el, 'planType', 'private');
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1,500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '$5000');
    // 36 days x $450.00 in network = $16,200.00. Deductible $1,500.00, then 20% of $14,700.00 = $2,940.00:
    // $4,440.00, under the $5,000.00 maximum. The plan pays $11,760.00.
    const expected = core(request({ planType: 'private', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '5000.00' }));
    expect(expected.patient.total).to.equal('4440.00');
    expect(totalLabel(el)).to.equal('You would pay');
    expect(totalText(el)).to.equal('$4,440.00');
    expect(totalText(el)).to.equal(usd(expected.patient.total));
    expect(text(q(el, '.plan-pays'))).to.equal('Your plan pays: $11,760.00');
    const lines = qa(el, '.breakdown .line').map(text);
    expect(lines).to.include('Deductible $1,500.00');
    expect(lines).to.include('Coinsurance $2,940.00');
    await expect(el).to.be.accessible();
  });

  it('ACA silver plan with a household: the cost-sharing reduction lowers the maximum to $3,500.00', async () => {
    const el = await widget();
    await choose(el, 'planType', 'aca');
    await pick(el, 'metal', 'silver');
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '3000');
    await typeInto(el, 'coinsurancePercent', '30');
    await typeInto(el, 'oopMax', '9000');
    await household(el, '2', '30000', 'OH');
    // 2025 guideline for 2 people $21,150; $30,000 is 141.8% of it: reduced maximum $3,500.00, below the
    // plan's own $9,000.00 (without the reduction the 36 days x $450.00 would cost $7,740.00).
    const expected = core(
      request(
        { planType: 'aca', network: 'in', metal: 'silver', deductible: '3000', coinsurancePercent: 30, oopMax: '9000' },
        { household: { size: 2, annualIncome: '30000', state: 'OH' } },
      ),
    );
    expect(expected.patient.total).to.equal('3500.00');
    expect(totalText(el)).to.equal('$3,500.00');
    expect(totalText(el)).to.equal(usd(expected.patient.total));
    expect(qa(el, '.notes li[data-code="cost-sharing-reduction"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('Original Medicare: the Medigap choice changes the total as the core says', async () => {
    const el = await widget();
    await choose(el, 'planType', 'medicare');
    expect(radio(el, 'medicarePlan', 'original').checked).to.equal(true);
    // No plan numbers and no network for Original Medicare.
    expect(el.shadowRoot!.querySelector('input[name="deductible"]')).to.equal(null);
    expect(radios(el).length).to.equal(0);
    const none = core(request({ planType: 'medicare', medicarePlan: 'original', supplement: 'none' }));
    expect(totalText(el)).to.equal(usd(none.patient.total));
    await expect(el).to.be.accessible();

    await pick(el, 'supplement', 'medigap-coinsurance');
    const medigap = core(request({ planType: 'medicare', medicarePlan: 'original', supplement: 'medigap-coinsurance' }));
    // Medigap pays the 20%: the person pays the Part B deductible only.
    expect(medigap.patient.total).to.equal('283.00');
    expect(totalText(el)).to.equal('$283.00');
    expect(selectEl(el, 'supplement').value).to.equal('medigap-coinsurance');
    await expect(el).to.be.accessible();
  });

  it('Medicaid with a copay: 36 days x $3.00 = $108.00', async () => {
    const el = await widget();
    await choose(el, 'planType', 'medicaid');
    await typeInto(el, 'copayPerUnit', '3');
    const expected = core(request({ planType: 'medicaid', copayPerUnit: '3' }));
    expect(expected.patient.total).to.equal('108.00');
    expect(totalText(el)).to.equal('$108.00');
    await expect(el).to.be.accessible();
  });

  it('uninsured with a household: the sliding scale takes 60% off, $5,040.00', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    // Without a household: 36 days x $350.00 self-pay = $12,600.00.
    expect(totalText(el)).to.equal('$12,600.00');
    await household(el, '3', '30000', 'OH');
    // $30,000 for 3 people is 109.81% of the poverty line: band 2 (100-150%), 60% off: $12,600.00 x 40%.
    const expected = core(request({ planType: 'uninsured' }, { household: { size: 3, annualIncome: '30000', state: 'OH' } }));
    expect(expected.patient.total).to.equal('5040.00');
    expect(totalText(el)).to.equal('$5,040.00');
    expect(text(q(el, '.breakdown'))).to.contain('Sliding-scale discount −$7,560.00');
    expect(text(q(el, '.breakdown .note'))).to.equal('Household income at 110% of the federal poverty guideline: sliding-scale band “60% off”.');
    await expect(el).to.be.accessible();
  });

  it('"I\'m not sure": a note, no plan questions, the range of an employer plan and a typical one in it', async () => {
    const el = await widget();
    await choose(el, 'planType', 'unsure');
    expect(text(q(el, 'fieldset[part="step"] .note'))).to.contain("We'll show what an employer plan could cost you, from least to most, and what a typical one would.");
    expect(el.shadowRoot!.querySelector('input[name="deductible"]')).to.equal(null);
    const expected = core(request({ planType: 'private', network: 'in' }));
    expect(expected.range).to.include({ low: '0.00', high: '10600.00', typical: '4416.00' });
    expect(totalLabel(el)).to.equal('You would pay between');
    expect(totalText(el)).to.equal('$0.00 and $10,600.00');
    // Worked out in test/core/worked/typical-plan.test.ts: $4,748.80, held to the typical $4,416.00 maximum.
    expect(text(q(el, '.summary .typical'))).to.contain('With a typical employer plan (deductible $1,886.00, 20% coinsurance, maximum $4,416.00): about $4,416.00.');
    await expect(el).to.be.accessible();
  });
});

function radios(el: Estimator): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, 'input[type="radio"][name$="-network"]');
}

describe('the range when the plan\'s numbers are unknown', () => {
  it('shows "between $X and $Y", equal to the core\'s range, until the numbers are given', async () => {
    const el = await widget();
    const box = q<HTMLInputElement>(el, 'input[type="checkbox"][id$="-knowsPlan"]');
    expect(box.checked, '"I don\'t know" is ticked at first').to.equal(true);
    const expected = core(request({ planType: 'private', network: 'in' }));
    expect(totalLabel(el)).to.equal('You would pay between');
    expect(totalText(el)).to.equal(shownTotal(expected));
    expect(totalText(el)).to.equal('$0.00 and $10,600.00');
    expect(text(q(el, '.summary > .note'))).to.contain('Budget for the higher amount');
    await expect(el).to.be.accessible();

    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    expect(totalLabel(el)).to.equal('You would pay');
    expect(totalText(el)).to.equal('$4,440.00');
  });

  it('ACA silver with a household and unknown numbers: between $0.00 and the reduced maximum', async () => {
    const el = await widget();
    await choose(el, 'planType', 'aca');
    await pick(el, 'metal', 'silver');
    await household(el, '2', '30000', 'OH');
    const expected = core(request({ planType: 'aca', network: 'in', metal: 'silver' }, { household: { size: 2, annualIncome: '30000', state: 'OH' } }));
    expect(totalText(el)).to.equal(shownTotal(expected));
    expect(totalText(el)).to.equal('$0.00 and $3,500.00');
    await expect(el).to.be.accessible();
  });
});

describe('a range while the plan’s numbers are unknown', () => {
  it('shows what the plan pays as a range beside the person’s', async () => {
    const el = await widget();
    // Private plan, numbers unknown: 36 days x $450.00 = $16,200.00 allowed; the person pays from $0.00 to the
    // 2026 legal maximum, $10,600.00, so the plan pays from $5,600.00 to all of it, $16,200.00.
    expect(totalText(el)).to.equal('$0.00 and $10,600.00');
    expect(text(q(el, '.plan-pays'))).to.equal('Your plan pays: $5,600.00 – $16,200.00');
  });
});

describe('ways to pay, side by side', () => {
  it('shows in network, out of network and self-pay as the core compares them, the cheapest marked', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    const comparison = compareOptions(request({ planType: 'private', network: 'in', deductible: '1500', coinsurancePercent: 20, oopMax: '5000' }))!;
    const rows = qa(el, '[part="comparison"] tbody tr').map((row) => [...row.children].map(text));
    // 12 weeks x 3 days = 36 days. In network: $450.00 a day, $16,200.00 allowed: $1,500.00 deductible then
    // 20% of $14,700.00 = $2,940.00, total $4,440.00 (under the $5,000.00 maximum); the plan pays $11,760.00.
    // Out of network the plan's own terms are unknown (none entered under "More plan details"), and the
    // in-network ones are not borrowed: from the balance alone, 36 x ($850.00 - $510.00) = $12,240.00, to
    // everything with no cap, 36 x $850.00 = $30,600.00: the plan pays from nothing (the high end) to the whole
    // 36 x $510.00 = $18,360.00 it allows (the low end).
    // Self-pay 36 x $350.00 = $12,600.00.
    expect(rows).to.deep.equal([
      ['With your plan, in network Lowest cost', '$4,440.00', '$11,760.00'],
      ['With your plan, out of network', '$12,240.00 – $30,600.00', '$0.00 – $18,360.00'],
      ['Paying yourself (self-pay)', '$12,600.00', '$0.00'],
    ]);
    expect(comparison.options.map((o) => o.result.patient.total)).to.deep.equal(['4440.00', '30600.00', '12600.00']);
    expect(comparison.cheapest).to.equal('in-network');
    expect(qa(el, '[part="comparison"] .badge')).to.have.length(1);
    expect(text(q(el, '[part="comparison"] tr.cheapest th'))).to.contain('in network');
    await expect(el).to.be.accessible();
  });

  it('prices the out-of-network row with the terms entered under "More plan details"', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    const details = q<HTMLDetailsElement>(el, 'details.more');
    expect(details.open, 'folded away while in network').to.equal(false);
    expect(text(q(el, 'details.more summary'))).to.equal('More plan details: out of network, family, day limits');
    q(el, 'details.more summary').click();
    await settle(el);
    await typeInto(el, 'oonDeductible', '3000');
    await typeInto(el, 'oonCoinsurance', '40');
    await typeInto(el, 'oonOopMax', '8000');
    // 36 days at $510.00 allowed (60% of $850.00) = $18,360.00. Days 1-5: $2,550.00 of deductible; day 6:
    // $450.00 more, then 40% of $60.00 = $24.00. Then $204.00 a day: after 24 more days $3,024.00 + $4,896.00
    // = $7,920.00; the next day $80.00 reaches the $8,000.00 maximum and the plan pays the rest in full.
    // Cost sharing $8,000.00 + balance billing 36 x $340.00 = $12,240.00: $20,240.00. Plan pays $10,360.00.
    const rows = qa(el, '[part="comparison"] tbody tr').map((row) => [...row.children].map(text));
    expect(rows[1]).to.deep.equal(['With your plan, out of network', '$20,240.00', '$10,360.00']);
    expect(rows[0]).to.deep.equal(['With your plan, in network Lowest cost', '$4,440.00', '$11,760.00']);
    // The person's own total stays the in-network one; chosen out of network, it is the row above.
    expect(totalText(el)).to.equal('$4,440.00');
    await choose(el, 'network', 'out');
    expect(totalText(el)).to.equal('$20,240.00');
    // "No maximum out of network": the share continues: $3,024.00 + 30 x $204.00 = $9,144.00, + $12,240.00.
    q<HTMLInputElement>(el, 'input[type="checkbox"][id$="-oonNoMax"]').click();
    await settle(el);
    expect(totalText(el)).to.equal('$21,384.00');
    expect(text(q(el, '[part="notes"]'))).to.contain('no out-of-pocket maximum out of network');
    await expect(el).to.be.accessible();
  });

  it('counts the family deductible and a covered-day limit entered under "More plan details"', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '3000');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '6000');
    q(el, 'details.more summary').click();
    await settle(el);
    await typeInto(el, 'familyDeductible', '6000');
    await typeInto(el, 'familyDeductibleMet', '5100');
    await typeInto(el, 'coveredDaysPerYear', '30');
    // In network, $450.00 a day. The family has $900.00 of its deductible left, less than the person's own
    // $3,000.00: days 1-2 are all deductible ($900.00), then 20% = $90.00 a day for days 3-30 (28 x $90.00 =
    // $2,520.00). Days 31-36 are past the 30-day limit: the self-pay price, 6 x $350.00 = $2,100.00.
    // Total $900.00 + $2,520.00 + $2,100.00 = $5,520.00.
    expect(totalText(el)).to.equal('$5,520.00');
    const breakdown = text(q(el, '[part="breakdown"]'));
    expect(breakdown).to.contain('Deductible $900.00');
    expect(breakdown).to.contain('Days your plan does not cover $2,100.00');
    expect(text(q(el, '[part="notes"]'))).to.contain('Your plan covers 30 days of this program a plan year');
    // Day 31 opens week 11 (2026-03-02 + 70 days), marked on the week chart.
    expect(qa(el, '[part="chart"] .milestones li').map(text)).to.include('Week 11: Days not covered from May 11, 2026');
    await expect(el).to.be.accessible();
  });
  it('marks no option lowest when the ranges overlap, and says why', async () => {
    const el = await widget();
    await typeInto(el, 'weeks', '2');
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '6000');
    await typeInto(el, 'coinsurancePercent', '30');
    await typeInto(el, 'oopMax', '9000');
    // 6 days: in network 6 x $450.00 = $2,700.00, all deductible; self-pay 6 x $350.00 = $2,100.00; out of network,
    // its terms unknown, from its balance billing alone (6 x $340.00 = $2,040.00) to 6 x $850.00 = $5,100.00. Self-pay
    // is below in network, but out of network could be lower still: no row is marked. Out of network the plan pays
    // from nothing to all it allows, 6 x $510.00 = $3,060.00.
    const rows = qa(el, '[part="comparison"] tbody tr').map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal([
      ['With your plan, in network', '$2,700.00', '$0.00'],
      ['With your plan, out of network', '$2,040.00 – $5,100.00', '$0.00 – $3,060.00'],
      ['Paying yourself (self-pay)', '$2,100.00', '$0.00'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="comparison"] .badge')).to.equal(null);
    expect(text(q(el, '[part="comparison"] .note'))).to.equal('Which costs least depends on your plan’s numbers: the ranges overlap.');
    expect(totalText(el)).to.equal('$2,700.00');
  });

  it('has no table for an uninsured person (self-pay is the only way)', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    expect(el.shadowRoot!.querySelector('[part="comparison"]')).to.equal(null);
  });
});

describe('the payment plan', () => {
  function schedule(el: Estimator): string[] {
    return qa(el, '[part="payment-plan"] tbody tr td:last-child').map(text);
  }
  function cents(shown: string): number {
    return Math.round(Number(shown.replace(/[$,]/g, '')) * 100);
  }

  it('shows the monthly amount and a schedule that adds up to the total', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    // $12,600.00 over the center's default 6 months, no interest: $2,100.00 a month.
    const expected = core(request({ planType: 'uninsured' }));
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal('$2,100.00 a month for 6 months');
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.contain(usd(expected.paymentPlan!.monthly));
    expect(schedule(el)).to.have.length(6);
    expect(schedule(el).reduce((sum, amount) => sum + cents(amount), 0)).to.equal(cents('$12,600.00'));
    expect(text(q(el, '[part="payment-plan"]'))).to.contain('Or pay $11,340.00 up front (10% off).');
    await expect(el).to.be.accessible();
  });

  it('follows the months chosen and a down payment; rows add up to what is left', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    await pick(el, 'months', '9');
    await typeInto(el, 'downPayment', '600');
    // $12,600.00 - $600.00 = $12,000.00 over 9 months: 8 x $1,333.33 + $1,333.36.
    const expected = core(request({ planType: 'uninsured' }, { paymentPlan: { months: 9, downPayment: '600' } }));
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal(`${usd(expected.paymentPlan!.monthly)} a month for 9 months after a down payment of $600.00`);
    expect(schedule(el)).to.have.length(9);
    expect(schedule(el)).to.deep.equal(expected.paymentPlan!.installments.map((i) => usd(i.amount)));
    expect(schedule(el).reduce((sum, amount) => sum + cents(amount), 0)).to.equal(cents('$12,000.00'));
  });

  it('works out the months from a monthly budget', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    await choose(el, 'paymentBy', 'budget');
    await typeInto(el, 'monthlyBudget', '1300');
    const expected = core(request({ planType: 'uninsured' }, { paymentPlan: { monthlyBudget: '1300' } }));
    const plan = expected.paymentPlan!;
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal(`${usd(plan.monthly)} a month for ${plan.months} months`);
    expect(schedule(el).reduce((sum, amount) => sum + cents(amount), 0)).to.equal(cents('$12,600.00'));
    expect(field(el, 'monthlyBudget').getAttribute('aria-invalid')).to.equal('false');
  });
});

describe('the center\'s program tracks and insurance companies', () => {
  function program(el: Estimator): HTMLSelectElement {
    return q<HTMLSelectElement>(el, 'select[id$="-program"]');
  }
  async function chooseTrack(el: Estimator, index: string): Promise<void> {
    const select = program(el);
    select.value = index;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
  }

  it('a program track fills in weeks and hours and prices its days a week', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    await chooseTrack(el, '1');
    expect(field(el, 'weeks').value).to.equal('8');
    expect(field(el, 'hoursPerWeek').value).to.equal('12');
    // Evening IOP: 8 weeks x 4 evenings = 32 days x $350.00 = $11,200.00
    const expected = core({ program: { weeks: 8, hoursPerWeek: 12, daysPerWeek: 4, startDate: START }, coverage: { planType: 'uninsured' }, paymentPlan: {} });
    expect(totalText(el)).to.equal(usd(expected.patient.total));
    expect(totalText(el)).to.equal('$11,200.00');
    expect(text(q(el, '.for-program'))).to.equal('for 8 weeks, 32 days of treatment');
  });

  it('after a track, typed weeks and hours are priced as typed (no hidden days a week left from the track)', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    await chooseTrack(el, '1'); // Evening IOP: 8 weeks, 12 hours, 4 days a week
    await typeInto(el, 'weeks', '12');
    await typeInto(el, 'hoursPerWeek', '9');
    const shownTrack = text(program(el).selectedOptions[0] ?? null);
    // 12 weeks of 9 hours is the Day IOP track (3 days of 3 hours): 36 days x $350.00 = $12,600.00.
    // Pricing it as 4 days a week of 2.25 hours (the Evening track's days, no longer on screen) gives
    // 48 days, $16,800.00.
    expect(text(q(el, '.for-program')), `track shown: "${shownTrack}"`).to.equal('for 12 weeks, 36 days of treatment');
    expect(totalText(el)).to.equal('$12,600.00');
  });

  it('an insurance company in the center\'s network sets "In network" and its negotiated rate', async () => {
    const el = await widget();
    await choose(el, 'network', 'out');
    await pick(el, 'payer', 'Aetna');
    expect(radio(el, 'network', 'in').checked).to.equal(true);
    const expected = core(request({ planType: 'private', payer: 'Aetna', network: 'in' }));
    expect(totalText(el)).to.equal(shownTotal(expected));
    // Aetna's negotiated $520.00 a day: 36 days = $18,720.00 recognized.
    expect(expected.allowed).to.equal('18720.00');
    const lines = qa(el, '.breakdown .line').map((line) => [text(line.querySelector('dt')), text(line.querySelector('dd'))]);
    expect(lines).to.deep.include(['Amount your plan recognizes', '$18,720.00']);
  });
});

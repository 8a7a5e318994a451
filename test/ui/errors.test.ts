// A bad value gets a message beside its field (linked with aria-describedby, aria-invalid="true"), the last
// good total stays on screen, and the message goes away once the value is fixed.
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { errorFor, field, knowMyNumbers, mount, pick, record, selectEl, setStart, totalText, typeInto, type Estimator } from './helpers.ts';

async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
  await setStart(el);
  return el;
}

async function expectError(el: Estimator, name: string, message: string): Promise<void> {
  const control = field(el, name);
  expect(control.getAttribute('aria-invalid'), `${name} aria-invalid`).to.equal('true');
  const error = errorFor(el, name);
  expect(error, `an error linked to ${name}`).to.not.equal(null);
  expect(error!.textContent!.trim()).to.equal(message);
  // Beside its field: in the same field wrapper as the input.
  expect(error!.closest('.field')).to.equal(control.closest('.field'));
}

function expectNoError(el: Estimator, name: string): void {
  expect(field(el, name).getAttribute('aria-invalid'), `${name} aria-invalid`).to.equal('false');
  expect(errorFor(el, name)).to.equal(null);
}

describe('error messages', () => {
  it('weeks 0: a message beside Weeks, the last good total stays, and it goes once fixed', async () => {
    const el = await widget();
    await typeInto(el, 'weeks', '6');
    const good = totalText(el);
    // 6 weeks x 3 days = 18 days x $450.00 = $8,100.00 in network at most, under the $10,600.00 limit.
    expect(good).to.equal('$0.00 and $8,100.00');
    const events = record(el);
    await typeInto(el, 'weeks', '0');
    await expectError(el, 'weeks', 'Must be a whole number of weeks from 1 to 52.');
    expect(totalText(el)).to.equal(good);
    expect(events, 'no estimate for a bad value').to.have.length(0);
    await expect(el).to.be.accessible();

    await typeInto(el, 'weeks', '4');
    expectNoError(el, 'weeks');
    // 12 days x $450.00 = $5,400.00
    expect(totalText(el)).to.equal('$0.00 and $5,400.00');
    expect(events).to.have.length(1);
  });

  it('hours 50: a message beside Hours a week', async () => {
    const el = await widget();
    const good = totalText(el);
    await typeInto(el, 'hoursPerWeek', '50');
    await expectError(el, 'hoursPerWeek', 'Must be a number of hours from 1 to 40 (an IOP is 9 to 19 hours a week).');
    expect(totalText(el)).to.equal(good);
    await expect(el).to.be.accessible();
    await typeInto(el, 'hoursPerWeek', '12');
    expectNoError(el, 'hoursPerWeek');
  });

  it('coinsurance 120: a message beside Coinsurance, the help text still linked', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    expect(totalText(el)).to.equal('$4,440.00');
    await typeInto(el, 'coinsurancePercent', '120');
    await expectError(el, 'coinsurancePercent', 'Must be a coinsurance percentage from 0 to 100.');
    expect(field(el, 'coinsurancePercent').getAttribute('aria-describedby')).to.match(/-coinsurancePercent-help\b/);
    // Typed key by key, "12" was the last good value: $1,500.00 + 12% of $14,700.00 = $3,264.00.
    expect(totalText(el)).to.equal('$3,264.00');
    await expect(el).to.be.accessible();
    await typeInto(el, 'coinsurancePercent', '10');
    expectNoError(el, 'coinsurancePercent');
    // $1,500.00 + 10% of $14,700.00 = $2,970.00
    expect(totalText(el)).to.equal('$2,970.00');
  });

  it('letters in the income: a message beside the income', async () => {
    const el = await widget();
    await typeInto(el, 'householdSize', '2');
    await pick(el, 'state', 'OH');
    await typeInto(el, 'annualIncome', '40000');
    expectNoError(el, 'annualIncome');
    const good = totalText(el);
    await typeInto(el, 'annualIncome', 'forty thousand');
    await expectError(el, 'annualIncome', 'Must be an amount in dollars and cents, like "1500.00" (no minus sign, at most two decimals).');
    expect(totalText(el)).to.equal(good);
    await expect(el).to.be.accessible();
    await typeInto(el, 'annualIncome', '$40,000');
    expectNoError(el, 'annualIncome');
  });

  it('an amount already paid above the deductible: a message beside that field', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1000');
    await typeInto(el, 'deductibleMet', '2000');
    await expectError(el, 'deductibleMet', "Can't be more than the deductible.");
    expectNoError(el, 'deductible');
    await typeInto(el, 'deductibleMet', '500');
    expectNoError(el, 'deductibleMet');
  });

  it('a maximum typed below the deductible: the message beside the maximum, the field being typed', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '5000');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '1000');
    expect(errorFor(el, 'oopMax')?.textContent).to.equal("Can't be less than the deductible.");
    expect(errorFor(el, 'deductible')).to.equal(null);
    // Typed in the deductible instead, the message is the deductible's, in the core's words.
    await typeInto(el, 'deductible', '6000');
    expect(errorFor(el, 'deductible')?.textContent).to.equal("Can't be more than the out-of-pocket maximum.");
    expect(errorFor(el, 'oopMax')).to.equal(null);
    // Paid toward the deductible, then a smaller deductible typed: beside the deductible, from its side.
    await typeInto(el, 'oopMax', '8000');
    await typeInto(el, 'deductibleMet', '900');
    await typeInto(el, 'deductible', '500');
    expect(errorFor(el, 'deductible')?.textContent).to.equal("Can't be less than what was already paid toward it.");
    expect(errorFor(el, 'deductibleMet')).to.equal(null);
  });

  it('several bad values at once each get their own message', async () => {
    const el = await widget();
    await typeInto(el, 'weeks', '0');
    await typeInto(el, 'hoursPerWeek', '50');
    await expectError(el, 'weeks', 'Must be a whole number of weeks from 1 to 52.');
    await expectError(el, 'hoursPerWeek', 'Must be a number of hours from 1 to 40 (an IOP is 9 to 19 hours a week).');
    expect(selectEl(el, 'state').getAttribute('aria-invalid')).to.equal('false');
  });
});

describe('a household half filled in', () => {
  it('asks for the rest in words instead of flagging fields not reached yet', async () => {
    const el = await widget();
    const before = totalText(el);
    await typeInto(el, 'householdSize', '3');
    expectNoError(el, 'annualIncome');
    expect(selectEl(el, 'state').getAttribute('aria-invalid')).to.equal('false');
    const note = el.shadowRoot!.querySelector('[role="status"].note');
    expect(note?.textContent?.trim()).to.equal('Fill in all three to use your household in the estimate.');
    expect(totalText(el), 'the estimate goes on without the household').to.equal(before);
    await expect(el).to.be.accessible();
    await typeInto(el, 'annualIncome', '52000');
    await pick(el, 'state', 'OH');
    expect(el.shadowRoot!.querySelector('[role="status"].note')).to.equal(null);
  });

  it('More plan details: each bad value beside its own field, the rest of the widget still working', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1000');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '4000');
    // 12 weeks x 3 days x $450.00 = $16,200.00: $1,000.00 + 20% of $15,200.00 = $4,040.00, capped at $4,000.00.
    const good = totalText(el);
    expect(good).to.equal('$4,000.00');
    el.shadowRoot!.querySelector<HTMLElement>('details.more summary')!.click();
    await el.updateComplete;
    await typeInto(el, 'oonCoinsurance', '140');
    await expectError(el, 'oonCoinsurance', 'Must be a coinsurance percentage from 0 to 100.');
    await typeInto(el, 'familyDeductible', '2000');
    await typeInto(el, 'familyDeductibleMet', '2500');
    await expectError(el, 'familyDeductibleMet', "Can't be more than the deductible.");
    await typeInto(el, 'coveredDaysPerYear', '20');
    await typeInto(el, 'coveredDaysUsed', '25');
    await expectError(el, 'coveredDaysUsed', "Can't be more than the days the plan covers a year.");
    expect(totalText(el), 'the last good total stays').to.equal(good);
    await expect(el).to.be.accessible();

    await typeInto(el, 'oonCoinsurance', '40');
    await typeInto(el, 'familyDeductibleMet', '1500');
    await typeInto(el, 'coveredDaysUsed', '15');
    for (const name of ['oonCoinsurance', 'familyDeductibleMet', 'coveredDaysUsed']) expectNoError(el, name);
    // The family has $500.00 of its deductible left: day 1 $450.00, day 2 $50.00 + 20% of $400.00 = $130.00,
    // days 3-5 $90.00 (the 5 covered days left of 20); days 6-36 not covered: 31 x $350.00 = $10,850.00.
    // $450.00 + $130.00 + $270.00 + $10,850.00 = $11,700.00
    expect(totalText(el)).to.equal('$11,700.00');
  });
});

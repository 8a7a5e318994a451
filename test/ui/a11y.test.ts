// Accessibility: keyboard only, visible focus, the polite announcement, 320 px wide, labels, and axe in
// each state (the flow, error and embedding files run axe in theirs too).
import { afterEach, describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  choose,
  pick,
  field,
  knowMyNumbers,
  mount,
  q,
  qa,
  radio,
  setStart,
  shadow,
  text,
  totalText,
  typeInto,
  type Estimator,
} from './helpers.ts';

async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
  await setStart(el);
  return el;
}

function focused(el: Estimator): Element | null {
  return shadow(el).activeElement;
}

describe('keyboard', () => {
  it('Tab reaches the plan-type radios, arrow keys change the choice, and focus is visible', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button><iop-cost-estimator plan-type="private"></iop-cost-estimator></div>`);
    const el = page.querySelector('iop-cost-estimator')!;
    await el.updateComplete;
    await setStart(el);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    const first = focused(el) as HTMLInputElement;
    expect(first).to.equal(radio(el, 'planType', 'private'));
    const style = getComputedStyle(first);
    expect(style.outlineStyle, 'a visible focus outline').to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(radio(el, 'planType', 'aca'));
    expect(radio(el, 'planType', 'aca').checked).to.equal(true);
    expect(shadow(el).querySelector('select[name="metal"]'), 'the Marketplace questions appear').to.not.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'planType', 'uninsured').checked).to.equal(true);
    expect(totalText(el)).to.equal('$12,600.00');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(radio(el, 'planType', 'medicaid').checked).to.equal(true);

    // Tab leaves the radio group for the next question.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'copayPerUnit'));
    expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
  });

  it('reaches every question and the call to action with Tab alone', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    radio(el, 'planType', 'uninsured').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el);
      if (!active) break;
      reached.add(active.getAttribute('name') ?? active.getAttribute('part') ?? active.tagName);
    }
    expect([...reached]).to.include.members(['weeks', 'hoursPerWeek', 'startDate', 'householdSize', 'annualIncome', 'state', 'months', 'downPayment', 'cta']);
    // The payment question's choice (its radio group's name is the widget's id and the field).
    expect([...reached].some((name) => name.endsWith('-paymentBy')), [...reached].join(', ')).to.equal(true);
  });
});

describe('the polite live region', () => {
  it('announces the new total once typing pauses (~600 ms), not at each keystroke', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    const live = q(el, '[aria-live="polite"]');
    expect(live.getAttribute('role')).to.equal('status');
    await waitUntil(() => text(live) !== '', 'first announcement', { timeout: 1500 });
    expect(text(live)).to.equal('Estimate updated: you would pay $12,600.00.');

    await typeInto(el, 'weeks', '10');
    await aTimeout(300);
    expect(text(live), 'not yet: typing has only just paused').to.equal('Estimate updated: you would pay $12,600.00.');
    // 10 weeks x 3 days x $350.00 = $10,500.00
    await waitUntil(() => text(live) === 'Estimate updated: you would pay $10,500.00.', 'the new total is announced', { timeout: 1500 });
    expect(totalText(el)).to.equal('$10,500.00');
  });

  it('announces a range in words', async () => {
    const el = await widget();
    await typeInto(el, 'weeks', '6');
    const live = q(el, '[aria-live="polite"]');
    await waitUntil(() => text(live) !== '', 'announcement', { timeout: 1500 });
    expect(text(live)).to.equal('Estimate updated: you would pay between $0.00 and $8,100.00.');
  });
});

describe('narrow screens: 320 px, and 640 px (a 1280 px screen zoomed to 200%)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** Elements whose right edge passes the element's own (the visually hidden ones are 1 px and clipped). */
  function overflowing(el: Estimator): string[] {
    const right = el.getBoundingClientRect().right + 0.5;
    return qa(el, '*')
      .filter((node) => !node.closest('.visually-hidden') && node.getBoundingClientRect().right > right)
      .map((node) => `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''} "${text(node).slice(0, 40)}"`);
  }

  it('nothing overflows in the first view (plan numbers unknown: ranges in the comparison table)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widget();
    expect(totalText(el)).to.equal('$0.00 and $10,600.00');
    expect(overflowing(el), 'elements past the right edge').to.deep.equal([]);
    expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
  });

  it('nothing overflows horizontally, with the result, tables and schedule open', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    for (const details of qa<HTMLDetailsElement>(el, 'details')) details.open = true;
    await el.updateComplete;
    expect(el.clientWidth).to.be.at.most(320);
    expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
    expect(overflowing(el)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('nothing overflows with error messages and the out-of-network choice', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    await choose(el, 'network', 'out');
    await typeInto(el, 'hoursPerWeek', '50');
    // The household counts once all three answers are given; then the income is checked.
    await typeInto(el, 'householdSize', '2');
    await pick(el, 'state', 'OH');
    await typeInto(el, 'annualIncome', 'a lot of money, honestly');
    expect(field(el, 'annualIncome').getAttribute('aria-invalid')).to.equal('true');
    expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('zoomed to 200% on a 1280 px screen (640 CSS px): two columns of a phone’s width, nothing overflows', async () => {
    await setViewport({ width: 640, height: 800 });
    const el = await widget();
    for (const details of qa<HTMLDetailsElement>(el, 'details')) details.open = true;
    await el.updateComplete;
    // The result beside the form (the layout follows the widget's width: 600 px and wider).
    expect(q(el, '.result').getBoundingClientRect().left).to.be.greaterThan(q(el, 'form').getBoundingClientRect().right);
    expect(overflowing(el)).to.deep.equal([]);
    expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
  });

  it('keeps the total in view in a bar below the questions, the same as the summary; no bar when wide', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    const peek = q(el, '[part="peek"]');
    expect(getComputedStyle(peek).display).to.not.equal('none');
    // The total, and that a discount by income may apply until the household is given.
    expect(text(peek.querySelector('span'))).to.equal(`${totalText(el)} before any discount by income`);
    await setViewport({ width: 1280, height: 800 });
    await el.updateComplete;
    expect(getComputedStyle(peek).display).to.equal('none');
  });
});

describe('labels and structure', () => {
  it('every input and select has a label, and every question group a legend', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    for (const control of qa<HTMLInputElement | HTMLSelectElement>(el, 'input, select')) {
      expect(control.labels?.length ?? 0, `${control.name || control.id} has a label`).to.be.greaterThan(0);
      expect(text(control.labels![0]!), `${control.name || control.id} label text`).to.not.equal('');
    }
    for (const fieldset of qa(el, 'fieldset')) {
      expect(text(fieldset.querySelector(':scope > legend'))).to.not.equal('');
    }
    // One-line explanations are linked to their fields.
    const help = shadow(el).getElementById(field(el, 'deductible').getAttribute('aria-describedby')!);
    expect(text(help)).to.equal('What you pay before your plan starts paying.');
  });

  it('the week chart is an image with a name and a table alternative with a row per week', async () => {
    // Original Medicare: the Part B deductible in the first week, so the weeks differ and there is a chart.
    const el = await mount(html`<iop-cost-estimator plan-type="medicare"></iop-cost-estimator>`);
    await setStart(el);
    const chart = q(el, '[part="chart"] svg[role="img"]');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.match(/^What you pay each week: at most \$[\d,]+\.\d\d \(week 1\), at least \$[\d,]+\.\d\d, over 12 weeks$/);
    expect(qa(el, '[part="chart"] tbody tr')).to.have.length(12);
    expect(qa(el, '[part="chart"] rect.bar')).to.have.length(12);
  });
});

describe('axe in every state', () => {
  it('default, each plan type, out of network, range and errors', async () => {
    const el = await widget();
    await expect(el).to.be.accessible();
    for (const plan of ['aca', 'medicare', 'medicaid', 'uninsured', 'unsure'] as const) {
      await choose(el, 'planType', plan);
      await expect(el).to.be.accessible();
    }
    await choose(el, 'planType', 'medicare');
    await choose(el, 'medicarePlan', 'advantage');
    await expect(el).to.be.accessible();
    await choose(el, 'planType', 'private');
    await choose(el, 'network', 'out');
    await expect(el).to.be.accessible();
    await typeInto(el, 'weeks', '0');
    await typeInto(el, 'householdSize', 'x');
    await expect(el).to.be.accessible();
  });

  it('with every disclosure open', async () => {
    const el = await widget();
    await choose(el, 'planType', 'uninsured');
    for (const details of qa<HTMLDetailsElement>(el, 'details')) details.open = true;
    await expect(el).to.be.accessible();
  });
});

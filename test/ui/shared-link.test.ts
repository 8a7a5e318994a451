// A page whose address carries an estimate (#iop=..., README "Estimates that travel") opens the first widget
// on it, in any mode; a link that does not read gets one message and the widget stays usable.
import { afterEach, describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { forLink, toFragment, withoutPersonalDetails, type SharedEstimate } from '../../src/core/sharing/shared-estimate.ts';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { core, field, mount, pick, q, qa, radio, selectEl, shadow, START, text, totalText, typeInto, usd, type Estimator } from './helpers.ts';

/** A PPO used out of network, with its own out-of-network terms, a household and a payment plan. */
const REQUEST: EstimateRequestInput = {
  program: { weeks: 8, hoursPerWeek: 12, startDate: START },
  coverage: {
    planType: 'private',
    payer: 'Cigna',
    network: 'out',
    deductible: '1500.00',
    coinsurancePercent: 20,
    oopMax: '6000.00',
    outOfNetwork: { deductible: '3000.00', coinsurancePercent: 40, oopMax: '12000.00' },
  },
  household: { size: 3, annualIncome: '41000.00', state: 'OH' },
  paymentPlan: { months: 6 },
};
const SHARED: SharedEstimate = { v: 1, request: REQUEST as SharedEstimate['request'], patient: { name: 'Ana Ruiz', birthDate: '1988-04-09' } };

function openAt(fragment: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
}

/** A widget; when the page carries a link, once it has read it (the code that reads links loads on demand). */
async function widget(language = 'en'): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private" language=${language}></iop-cost-estimator>`);
  if (location.hash) await opened(el);
  return el;
}

async function opened(el: Estimator): Promise<void> {
  await waitUntil(() => status(el) !== '', 'the link was not read', { timeout: 3000 });
  await el.updateComplete;
}

function status(el: Estimator): string {
  return text(shadow(el).querySelector('header [role="status"], header [role="alert"]'));
}

describe('opening a shared estimate from the page address', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('fills the form from the link and shows the same total as the core', async () => {
    openAt(toFragment(SHARED));
    const el = await widget();
    // 32 days out of network at $510.00 allowed: $3,000.00 deductible + 40% of $13,320.00 = $5,328.00, under
    // the $12,000.00 maximum, + 32 x $340.00 balance billing = $10,880.00: $19,208.00.
    expect(core(REQUEST).patient.total).to.equal('19208.00');
    expect(totalText(el)).to.equal(usd('19208.00'));
    expect(field(el, 'weeks').value).to.equal('8');
    expect(radio(el, 'network', 'out').checked).to.equal(true);
    expect(field(el, 'oonDeductible').value).to.equal('3000.00');
    expect(field(el, 'deductible').value).to.equal('1500.00');
    expect(field(el, 'annualIncome').value).to.equal('41000.00');
    expect(text(selectEl(el, 'months').selectedOptions[0])).to.equal('6');
    expect(status(el)).to.equal('Opened from a shared estimate.');
    // Read once, the estimate (here a name and an income) leaves the address bar and its history entry (issue 17, item 6).
    expect(location.hash).to.equal('');
    expect(location.href).to.not.contain('iop=');
    await expect(el).to.be.accessible();
  });

  it('asks for the household when the link was shared without personal details', async () => {
    openAt(toFragment(withoutPersonalDetails(SHARED)));
    const el = await widget();
    expect(field(el, 'annualIncome').value).to.equal('');
    expect(totalText(el)).to.equal(usd('19208.00'));
    expect(status(el)).to.equal(
      'Opened from a shared estimate. It was shared without personal details: add your household below to see any discount you qualify for.',
    );
  });

  it('says so once for a link that was cut short, and the estimator still works', async () => {
    openAt(toFragment(SHARED).slice(0, 80));
    const el = await widget();
    expect(status(el)).to.equal('The estimate in this link could not be opened, so the estimator starts fresh: it is not JSON.');
    expect(q(el, 'header [role="alert"]')).to.exist;
    // 4 weeks x 3 days in network with the plan's numbers unknown: from $0.00 to 12 x $450.00.
    const before = totalText(el);
    await typeInto(el, 'weeks', '4');
    expect(totalText(el)).to.not.equal(before);
    expect(totalText(el)).to.equal('$0.00 and $5,400.00');
    await expect(el).to.be.accessible();
  });

  it('opens only the first widget on the page', async () => {
    openAt(toFragment(SHARED));
    const page = await fixture<HTMLElement>(html`<div><iop-cost-estimator plan-type="private"></iop-cost-estimator><iop-cost-estimator plan-type="private"></iop-cost-estimator></div>`);
    const [first, second] = [...page.querySelectorAll<Estimator>('iop-cost-estimator')] as [Estimator, Estimator];
    await waitUntil(() => first.shadowRoot?.querySelector('[part="total"]') && second.shadowRoot?.querySelector('[part="total"]'));
    await opened(first);
    expect(totalText(first)).to.equal(usd('19208.00'));
    expect(field(second, 'weeks').value).to.equal('12');
    expect(shadow(second).querySelector('header [role="status"]')).to.equal(null);
  });

  it('opens a link pasted into a page that is already open (only the fragment changes)', async () => {
    const el = await widget();
    expect(field(el, 'weeks').value).to.equal('12');
    openAt(toFragment(SHARED));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await opened(el);
    expect(totalText(el)).to.equal(usd('19208.00'));
    expect(field(el, 'weeks').value).to.equal('8');
  });
});

/** The same program three ways: a PPO in network, the same PPO out of network (REQUEST), and paying oneself. */
const PROGRAM = { weeks: 8, hoursPerWeek: 12, startDate: START };
const IN_NETWORK: EstimateRequestInput = {
  program: PROGRAM,
  coverage: { planType: 'private', payer: 'Aetna', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '6000.00' },
  household: { size: 1, annualIncome: '19231.80', state: 'OH' },
};
const UNINSURED: EstimateRequestInput = { program: PROGRAM, coverage: { planType: 'uninsured' }, household: { size: 1, annualIncome: '19231.80', state: 'OH' } };
const NAMES = ['Aetna PPO in network', 'Cigna PPO out of network', 'Self-pay with the sliding scale'];

/**
 * The counselor's three scenarios as a link carries them without personal details (forLink): the household left
 * out of each, and said on the third, whose price depended on it (the center's sliding scale).
 */
function threeScenarios(names: (string | undefined)[] = NAMES): SharedEstimate {
  const scenarios = [IN_NETWORK, REQUEST, UNINSURED] as SharedEstimate['request'][];
  const full: SharedEstimate = { v: 1, request: scenarios[0]!, scenarios, about: names.map((name) => (name ? { name } : {})) };
  return forLink(full, { householdPriced: [false, false, true] });
}

function scenarioButtons(el: Estimator): HTMLButtonElement[] {
  return qa<HTMLButtonElement>(el, '.scenarios button');
}

/** Each listed scenario as [name, total, aria-pressed]. */
function listed(el: Estimator): [string, string, string | null][] {
  return scenarioButtons(el).map((b) => [text(b.querySelector('.scenario-name')), text(b.querySelector('.scenario-total')), b.getAttribute('aria-pressed')]);
}

function has(el: Estimator, selector: string): boolean {
  return shadow(el).querySelector(selector) !== null;
}

function leftOutNote(el: Estimator): string {
  return text(shadow(el).querySelector('.household-left-out'));
}

describe('a shared estimate with several scenarios', () => {
  afterEach(async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    await setViewport({ width: 800, height: 600 });
  });

  it('lists every scenario by name and total, opens the first, and opens another when it is chosen', async () => {
    const shared = threeScenarios();
    expect(shared.about).to.deep.equal([{ name: NAMES[0] }, { name: NAMES[1] }, { name: NAMES[2], householdLeftOut: true }]);
    const [first, second, third] = shared.scenarios!;
    expect(first!.household).to.equal(undefined);
    expect(third!.household).to.equal(undefined);
    openAt(toFragment(shared));
    const el = await widget();
    const totals = shared.scenarios!.map((request) => core(request as EstimateRequestInput));
    // Every total a single amount (the plans' numbers are known), each the core's for the scenario as shared.
    expect(totals.map((t) => t.range?.low === t.range?.high)).to.deep.equal([true, true, true]);
    expect(text(q(el, '.scenarios h3'))).to.equal('Your counselor prepared 3 estimates');
    expect(listed(el)).to.deep.equal([
      [NAMES[0], usd(totals[0]!.patient.total), 'true'],
      [NAMES[1], usd(totals[1]!.patient.total), 'false'],
      [NAMES[2], `${usd(totals[2]!.patient.total)} before any discount by income`, 'false'],
    ]);
    // The list is above the form, and the first scenario is in the form.
    expect(q(el, '.scenarios').compareDocumentPosition(q(el, 'form')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(totalText(el)).to.equal(usd(totals[0]!.patient.total));
    expect(radio(el, 'network', 'in').checked).to.equal(true);
    expect(leftOutNote(el)).to.equal('');
    await expect(el).to.be.accessible();

    // The second, by a click: the out-of-network plan's total.
    scenarioButtons(el)[1]!.click();
    await el.updateComplete;
    expect(listed(el).map(([, , pressed]) => pressed)).to.deep.equal(['false', 'true', 'false']);
    expect(radio(el, 'network', 'out').checked).to.equal(true);
    expect(totalText(el)).to.equal(usd(core(second as EstimateRequestInput).patient.total));

    // The third, from the keyboard: paying oneself at the full price, and the note that says why.
    scenarioButtons(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listed(el).map(([, , pressed]) => pressed)).to.deep.equal(['false', 'false', 'true']);
    expect(radio(el, 'planType', 'uninsured').checked).to.equal(true);
    expect(totalText(el)).to.equal(usd(totals[2]!.patient.total));
    expect(totals[2]!.slidingScale).to.equal(undefined);
    const note =
      'This estimate was shared without your household’s size and income, so it shows the full price. Add them below to see the sliding-scale discount.';
    expect(leftOutNote(el)).to.equal(note);
    // Said once: not "shared without personal details" too, nor the hint beside the total.
    expect(status(el)).to.equal('Opened from a shared estimate.');
    expect(has(el, '[role="status"] > .household-left-out'), 'the note is in a status region').to.equal(true);
    expect(q(el, '.discount-hint').offsetParent === null, 'the hint beside the total is hidden').to.equal(true);
    expect(scenarioButtons(el)[2]!.getAttribute('aria-describedby')).to.equal(q(el, '.household-left-out').id);
    expect(shadow(el).activeElement === scenarioButtons(el)[2], 'focus stays on the chosen scenario').to.equal(true);
    await expect(el).to.be.accessible();

    // The household filled in: the note goes, and the total is the core's with the sliding-scale discount.
    await typeInto(el, 'householdSize', '1');
    await typeInto(el, 'annualIncome', '19231.80');
    expect(leftOutNote(el)).to.not.equal('');
    await pick(el, 'state', 'OH');
    const discounted = core({ ...(third as EstimateRequestInput), household: { size: 1, annualIncome: '19231.80', state: 'OH' } });
    expect(discounted.slidingScale).to.not.equal(undefined);
    expect(discounted.patient.total).to.not.equal(totals[2]!.patient.total);
    expect(totalText(el)).to.equal(usd(discounted.patient.total));
    expect(has(el, '.household-left-out'), 'the note').to.equal(false);
    expect(scenarioButtons(el)[2]!.hasAttribute('aria-describedby')).to.equal(false);
    expect(status(el)).to.equal('Opened from a shared estimate.');
    await expect(el).to.be.accessible();

    // Back to the first: as shared, with the household the person typed (theirs, not the scenario's); a plan's
    // total does not depend on it.
    scenarioButtons(el)[0]!.click();
    await el.updateComplete;
    expect(totalText(el)).to.equal(usd(totals[0]!.patient.total));
    expect(radio(el, 'planType', 'private').checked).to.equal(true);
    expect([field(el, 'householdSize').value, field(el, 'annualIncome').value, selectEl(el, 'state').value]).to.deep.equal(['1', '19231.80', 'OH']);
    // And to the third again: its discount at once, no note.
    scenarioButtons(el)[2]!.click();
    await el.updateComplete;
    expect(totalText(el)).to.equal(usd(discounted.patient.total));
    expect(has(el, '.household-left-out'), 'the note').to.equal(false);
  });

  it('in Spanish: the list, an unnamed scenario and the note in Spanish', async () => {
    const shared = threeScenarios([NAMES[0], undefined, NAMES[2]]);
    openAt(toFragment(shared));
    const el = await widget('es');
    await waitUntil(() => text(shadow(el).querySelector('.header h2')) === '¿Cuánto me costaría este programa?', 'no Spanish', { timeout: 3000 });
    await el.updateComplete;
    const totals = shared.scenarios!.map((request) => core(request as EstimateRequestInput));
    expect(text(q(el, '.scenarios h3'))).to.equal('Su consejero preparó 3 estimados');
    expect(listed(el)).to.deep.equal([
      [NAMES[0], usd(totals[0]!.patient.total, 'es'), 'true'],
      ['Estimado 2', usd(totals[1]!.patient.total, 'es'), 'false'],
      [NAMES[2], `${usd(totals[2]!.patient.total, 'es')} antes de cualquier descuento por ingresos`, 'false'],
    ]);
    scenarioButtons(el)[2]!.click();
    await el.updateComplete;
    expect(totalText(el)).to.equal(usd(totals[2]!.patient.total, 'es'));
    expect(leftOutNote(el)).to.equal(
      'Este estimado se compartió sin el tamaño ni el ingreso de su hogar, así que muestra el precio completo. Agréguelos abajo para ver el descuento por escala móvil.',
    );
    expect(status(el)).to.equal('Abierto desde un estimado compartido.');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 800 });
    openAt(toFragment(threeScenarios()));
    const el = await widget();
    expect(scenarioButtons(el)).to.have.length(3);
    const right = el.getBoundingClientRect().right + 0.5;
    const past = qa(el, '.scenarios *, .household-left-out').filter((node) => node.getBoundingClientRect().right > right);
    expect(past.map((node) => node.className)).to.deep.equal([]);
    expect(el.scrollWidth, 'the element scrolls sideways').to.be.at.most(el.clientWidth);
  });

  it('a link with scenarios but no names (about) lists them as Estimate 1, 2, without a note', async () => {
    const scenarios = [IN_NETWORK, UNINSURED] as SharedEstimate['request'][];
    openAt(toFragment({ v: 1, request: scenarios[0]!, scenarios }));
    const el = await widget();
    expect(listed(el).map(([name, , pressed]) => [name, pressed])).to.deep.equal([
      ['Estimate 1', 'true'],
      ['Estimate 2', 'false'],
    ]);
    scenarioButtons(el)[1]!.click();
    await el.updateComplete;
    expect(totalText(el)).to.equal(usd(core(UNINSURED).patient.total));
    expect(has(el, '.household-left-out'), 'the note').to.equal(false);
    expect(status(el)).to.equal('Opened from a shared estimate.');
  });

  it('a scenario’s name is shown as text, whatever it holds', async () => {
    const hostile = '<img src=x onerror="window.__sharedNamePwned = 1">';
    openAt(toFragment(threeScenarios([hostile, NAMES[1], NAMES[2]])));
    const el = await widget();
    expect(listed(el)[0]![0]).to.equal(hostile);
    expect(has(el, '.scenarios img'), 'an img element').to.equal(false);
    expect((window as { __sharedNamePwned?: number }).__sharedNamePwned).to.equal(undefined);
  });

  it('an old link with one scenario shows no list, as before', async () => {
    for (const shared of [SHARED, { ...withoutPersonalDetails(SHARED), scenarios: [withoutPersonalDetails(SHARED).request] }]) {
      openAt(toFragment(shared));
      const el = await widget();
      expect(totalText(el)).to.equal(usd('19208.00'));
      expect(has(el, '.scenarios'), 'the list').to.equal(false);
      expect(has(el, '.household-left-out'), 'the note').to.equal(false);
      el.remove();
    }
  });

  it('a one-scenario link whose household was left out says so, and once, without a list', async () => {
    openAt(toFragment({ v: 1, request: { program: PROGRAM, coverage: { planType: 'uninsured' } }, about: [{ householdLeftOut: true }] } as SharedEstimate));
    const el = await widget();
    expect(has(el, '.scenarios'), 'the list').to.equal(false);
    expect(leftOutNote(el)).to.contain('shared without your household’s size and income');
    expect(status(el)).to.equal('Opened from a shared estimate.');
    await expect(el).to.be.accessible();
  });
});

// A page whose address carries an estimate (#iop=..., README "Estimates that travel") opens the first widget
// on it, in any mode; a link that does not read gets one message and the widget stays usable.
import { afterEach, describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { toFragment, withoutPersonalDetails, type SharedEstimate } from '../../src/core/sharing/shared-estimate.ts';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { core, field, mount, q, radio, selectEl, shadow, START, text, totalText, typeInto, usd, type Estimator } from './helpers.ts';

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
async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
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

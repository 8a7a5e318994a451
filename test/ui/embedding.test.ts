// Embedding: the center's configuration (config-src, the config property), preset attributes,
// several instances on one page, and the host page's CSS kept out.
import { describe, it } from './mocha.ts';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { loadCenterConfig } from '../../src/ui/config-loader.ts';
import {
  choose,
  core,
  field,
  mount,
  q,
  radio,
  radios,
  record,
  setStart,
  shadow,
  shownTotal,
  START,
  text,
  totalText,
  typeInto,
  type Estimator,
} from './helpers.ts';

// Served as plain JSON by the rawJsonFixtures middleware in web-test-runner.config.js.
const CENTER = '/test/ui/fixtures/center.json';
const GAP = '/test/ui/fixtures/bad-sliding-scale.json';
const NOT_JSON = '/test/ui/fixtures/not-json.json';

function request(program: Partial<EstimateRequestInput['program']>, coverage: EstimateRequestInput['coverage']): EstimateRequestInput {
  return { program: { weeks: 12, hoursPerWeek: 9, startDate: START, ...program }, coverage, paymentPlan: {} };
}

async function loadedCenter(): Promise<unknown> {
  return (await fetch(CENTER)).json();
}

function configError(el: Estimator): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('.config-error');
}

/** What each widget told the page was wrong with its configuration (the `iop-config-error` event), for its owner. */
const reported = new WeakMap<EventTarget, string[]>();
document.addEventListener('iop-config-error', (event) => reported.set(event.target!, (event as CustomEvent<{ problems: string[] }>).detail.problems));
function problems(el: Estimator): string {
  return (reported.get(el) ?? []).join('\n');
}

async function mountConfigError(src: string): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private" config-src=${src}></iop-cost-estimator>`);
  await waitUntil(() => configError(el), 'no configuration error shown', { timeout: 3000 });
  return el;
}

const LAKESIDE = {
  name: 'Property Test Center',
  billing: { unit: 'day', hoursPerDay: 3 },
  rates: { chargePerUnit: '500.00', inNetworkPerUnit: '250.00', outOfNetworkAllowedPercent: 50, selfPayPerUnit: '150.00' },
};

describe('config-src', () => {
  it('loads a same-origin configuration and shows its prices', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" config-src=${CENTER}></iop-cost-estimator>`);
    await waitUntil(() => shadow(el).querySelector('form'), 'the configuration did not load', { timeout: 3000 });
    await setStart(el);
    await choose(el, 'planType', 'uninsured');
    // 36 days x the center's $200.00 self-pay = $7,200.00 (the example center would say $12,600.00).
    const center = await loadedCenter();
    expect(core(request({}, { planType: 'uninsured' }), center).patient.total).to.equal('7200.00');
    expect(totalText(el)).to.equal('$7,200.00');
    expect(text(q(el, '.header'))).to.not.contain('Example prices');
    const cta = q(el, '[part="cta"]');
    expect(cta.tagName).to.equal('BUTTON');
    expect(text(cta)).to.equal('Call our intake team');
    // The center's own payment terms: 4 months by default.
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal('$1,800.00 a month for 4 months');
    await expect(el).to.be.accessible();

    await choose(el, 'planType', 'private');
    expect(totalText(el)).to.equal(shownTotal(core(request({}, { planType: 'private', network: 'in' }), center)));
  });

  it('tells the person estimates are unavailable, the site owner the field (an event), the console every problem', async () => {
    const logged: string[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const el = await mountConfigError(GAP);
      const box = configError(el)!;
      expect(box.getAttribute('role')).to.equal('alert');
      // The fixture's phone is readable, so the person can still call.
      expect(text(box.querySelector('p'))).to.equal('Estimates are unavailable right now. Call for an estimate: 555-0199');
      expect(box.querySelector('a')!.getAttribute('href')).to.equal('tel:5550199');
      // What is wrong is not for every visitor to read.
      expect(box.querySelector('.help')).to.equal(null);
      expect(text(box)).not.to.contain('center.');
      expect(problems(el)).to.equal('center.slidingScale.bands.1.overPercent: leaves a gap: it must start where the band before ends (100%)');
      expect(logged.join('\n')).to.contain('center.slidingScale.bands.1.overPercent: leaves a gap');
      expect(shadow(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = realError;
    }
  });

  it('sends every problem to the page and the console; no phone, no link', async () => {
    const logged: string[] = [];
    const realError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
      el.config = { ...LAKESIDE, contact: { phone: 'call us!' }, rates: { ...LAKESIDE.rates, outOfNetworkAllowedPercent: 150, selfPayPerUnit: 'free' } };
      await el.updateComplete;
      const box = configError(el)!;
      expect(text(box.querySelector('p'))).to.equal('Estimates are unavailable right now.');
      expect(box.querySelector('a')).to.equal(null);
      expect(problems(el).split('\n')).to.have.length(3);
      expect(problems(el)).to.contain('center.rates.outOfNetworkAllowedPercent: must be a percentage from 0 to 100');
      const list = logged.join('\n');
      expect(list).to.contain('3 problems');
      expect(list).to.contain('center.rates.selfPayPerUnit: must be an amount in dollars and cents');
      expect(list).to.contain('center.contact.phone: must be a phone number');
      await expect(el).to.be.accessible();
    } finally {
      console.error = realError;
    }
  });

  it('refuses a cross-origin URL with a message, without fetching it', async () => {
    const realFetch = window.fetch;
    const fetched: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input));
      return realFetch(input, init);
    };
    try {
      const el = await mountConfigError('https://prices.example.com/center.json');
      expect(problems(el)).to.contain(`config-src must be on this site (${location.origin}), not https://prices.example.com.`);
      expect(fetched).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('refuses a same-site address that redirects to another site, without asking that site (issue 17, item 1)', async () => {
    const el = await mountConfigError('/test/ui/fixtures/redirect-elsewhere.json');
    expect(problems(el)).to.contain('/test/ui/fixtures/redirect-elsewhere.json could not be loaded (it must be on this site, at its own address: redirects are not followed).');
    // Another site was never asked: "another site" is this test server under its other name, which counts requests
    // (web-test-runner.config.js; Access-Control-Allow-Origin: *, so that only the widget's rule stops it).
    expect(await (await fetch('/test/ui/fixtures/elsewhere-asked')).json()).to.equal(0);
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('follows no redirect, even within the site (a moved file): the message asks for the file’s own address', async () => {
    const el = await mountConfigError('/test/ui/fixtures/moved.json');
    expect(problems(el)).to.contain('/test/ui/fixtures/moved.json could not be loaded (it must be on this site, at its own address: redirects are not followed).');
  });

  it('asks for a center’s file named on the page once, as the script starts, and uses that answer', async () => {
    const { askEarly } = await import('../../src/ui/config-loader.ts');
    // Room for every request's timing entry: this page has loaded hundreds of modules, past the default of 250.
    performance.setResourceTimingBufferSize(100000);
    const page = await fixture<HTMLDivElement>(html`<div><iop-cost-estimator plan-type="uninsured" config-src=${`${CENTER}?early`}></iop-cost-estimator></div>`);
    const first = page.querySelector('iop-cost-estimator')!;
    await waitUntil(() => first.shadowRoot?.querySelector('form'), 'the first widget did not load its file', { timeout: 3000 });
    const asked = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`${CENTER}?early`)).length;
    // askEarly (which the embed runs first) asks for the file a widget on the page names; a widget that then wants
    // it takes that answer rather than asking again: one request more, not two.
    const before = asked();
    askEarly();
    const second = await mount(html`<iop-cost-estimator plan-type="uninsured" config-src=${`${CENTER}?early`}></iop-cost-estimator>`);
    await waitUntil(() => shadow(second).querySelector('form'), 'the early answer was not used', { timeout: 3000 });
    await setStart(second);
    expect(totalText(second)).to.equal('$7,200.00');
    expect(asked()).to.equal(before + 1);
    page.remove();
  });

  it('refuses a file too large to be a center’s, and one that takes too long (issue 17, item 7)', async () => {
    const el = await mountConfigError('/test/ui/fixtures/too-large.json');
    expect(problems(el)).to.contain("/test/ui/fixtures/too-large.json is larger than 1 MB, too large to be a center's file.");
    let message = '';
    await loadCenterConfig('/test/ui/fixtures/never.json', 300).catch((error: Error) => (message = error.message));
    expect(message).to.equal('/test/ui/fixtures/never.json took more than 0.3 s to load.');
  });

  it('treats a page’s configuration that throws as it is read as a bad configuration, with its message', async () => {
    const hostile = { ...LAKESIDE, get rates(): never { throw new Error('no rates here'); } };
    const el = await mount(html`<iop-cost-estimator plan-type="private" .config=${hostile}></iop-cost-estimator>`);
    expect(problems(el)).to.contain('config: could not be read (no rates here)');
    await expect(el).to.be.accessible();
  });

  it('follows a changed config-src, and the last one set wins', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured" config-src=${CENTER}></iop-cost-estimator>`);
    await waitUntil(() => shadow(el).querySelector('form'), 'the configuration did not load', { timeout: 3000 });
    el.setAttribute('config-src', GAP);
    await waitUntil(() => configError(el), 'no configuration error shown', { timeout: 3000 });
    el.setAttribute('config-src', GAP.replace('bad-sliding-scale', 'missing'));
    el.setAttribute('config-src', CENTER);
    await waitUntil(() => shadow(el).querySelector('form'), 'the configuration did not load', { timeout: 3000 });
    await aTimeout(100);
    expect(configError(el)).to.equal(null);
    await setStart(el);
    expect(totalText(el)).to.equal('$7,200.00');
  });

  it('says so when the file is missing or not JSON', async () => {
    const missing = await mountConfigError('/test/ui/fixtures/no-such-center.json');
    expect(problems(missing)).to.contain('/test/ui/fixtures/no-such-center.json could not be loaded (HTTP 404).');
    const broken = await mountConfigError(NOT_JSON);
    expect(problems(broken)).to.contain(`${NOT_JSON} is not valid JSON.`);
  });
});

describe('the config property', () => {
  it('uses an object given as a property, and follows a new one', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured" .config=${LAKESIDE}></iop-cost-estimator>`);
    await setStart(el);
    // 36 days x $150.00 = $5,400.00
    expect(totalText(el)).to.equal('$5,400.00');
    el.config = { ...LAKESIDE, rates: { ...LAKESIDE.rates, selfPayPerUnit: '100.00' } };
    await el.updateComplete;
    expect(totalText(el)).to.equal('$3,600.00');
  });

  it('wins over config-src', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured" config-src=${CENTER} .config=${LAKESIDE}></iop-cost-estimator>`);
    await setStart(el);
    expect(totalText(el)).to.equal('$5,400.00');
  });

  it('shows a bad object\'s problem, and recovers with a good one', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured"></iop-cost-estimator>`);
    await setStart(el);
    el.config = { ...LAKESIDE, rates: { ...LAKESIDE.rates, outOfNetworkAllowedPercent: 150 } };
    await el.updateComplete;
    expect(problems(el)).to.contain('center.rates.outOfNetworkAllowedPercent: must be a percentage from 0 to 100');
    await expect(el).to.be.accessible();
    el.config = LAKESIDE;
    await el.updateComplete;
    expect(configError(el)).to.equal(null);
    expect(totalText(el)).to.equal('$5,400.00');
  });
});

describe('preset attributes', () => {
  it('plan-type, weeks and hours-per-week fill the form', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured" weeks="6" hours-per-week="12"></iop-cost-estimator>`);
    await setStart(el);
    expect(radio(el, 'planType', 'uninsured').checked).to.equal(true);
    expect(field(el, 'weeks').value).to.equal('6');
    expect(field(el, 'hoursPerWeek').value).to.equal('12');
    // 6 weeks x 4 days x $350.00 = $8,400.00
    expect(totalText(el)).to.equal('$8,400.00');
    expect(totalText(el)).to.equal(shownTotal(core(request({ weeks: 6, hoursPerWeek: 12 }, { planType: 'uninsured' }))));
  });

  it('network="out" chooses out of network', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" network="out"></iop-cost-estimator>`);
    await setStart(el);
    expect(radio(el, 'network', 'out').checked).to.equal(true);
    expect(totalText(el)).to.equal(shownTotal(core(request({}, { planType: 'private', network: 'out', outOfNetworkCovered: true }))));
    await expect(el).to.be.accessible();
  });

  it('follows an attribute changed after the page loads', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured"></iop-cost-estimator>`);
    await setStart(el);
    el.setAttribute('weeks', '4');
    await el.updateComplete;
    // 12 days x $350.00
    expect(totalText(el)).to.equal('$4,200.00');
    el.setAttribute('plan-type', 'medicaid');
    await el.updateComplete;
    expect(radio(el, 'planType', 'medicaid').checked).to.equal(true);
  });

  it('ignores an unknown plan type: nothing is chosen, and the center\'s prices show', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="gold-card"></iop-cost-estimator>`);
    expect(radios(el, 'planType').filter((r) => r.checked)).to.have.length(0);
    expect(text(q(el, '.prices'))).to.include('This center’s prices, before you choose');
  });
});

describe('two instances on one page', () => {
  it('keep their own answers, totals and events', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><iop-cost-estimator plan-type="private" id="a"></iop-cost-estimator><iop-cost-estimator plan-type="private" id="b"></iop-cost-estimator></div>`);
    const [a, b] = [...page.querySelectorAll('iop-cost-estimator')] as [Estimator, Estimator];
    await a.updateComplete;
    await b.updateComplete;
    await setStart(a);
    await setStart(b);
    const eventsB = record(b);
    await choose(a, 'planType', 'uninsured');
    await typeInto(a, 'weeks', '4');
    expect(radio(a, 'planType', 'uninsured').checked).to.equal(true);
    expect(radio(b, 'planType', 'private').checked).to.equal(true);
    expect(field(b, 'weeks').value).to.equal('12');
    expect(totalText(a)).to.equal('$4,200.00');
    expect(totalText(b)).to.equal('$0.00 and $10,600.00');
    expect(eventsB).to.have.length(0);
    // Their radio groups and ids do not collide.
    expect(radio(a, 'planType', 'private').name).to.not.equal(radio(b, 'planType', 'private').name);
    expect(field(a, 'weeks').id).to.not.equal(field(b, 'weeks').id);
  });
});

describe('the host page', () => {
  it('cannot hide or restyle the inside with its own CSS, but can theme through custom properties and parts', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <style>
          p, input, label { display: none !important; color: red !important; }
          .themed { --iop-color-primary: rgb(0, 100, 0); }
          .themed::part(total) { letter-spacing: 3px; }
        </style>
        <iop-cost-estimator plan-type="private" class="themed"></iop-cost-estimator>
      </div>
    `);
    const el = page.querySelector('iop-cost-estimator')!;
    await el.updateComplete;
    const total = q(el, '[part="total"]');
    expect(getComputedStyle(total).display).to.equal('block');
    expect(getComputedStyle(field(el, 'weeks')).display).to.not.equal('none');
    expect(getComputedStyle(total).letterSpacing).to.equal('3px');
    expect(getComputedStyle(q(el, '[part="cta"]')).backgroundColor).to.equal('rgb(0, 100, 0)');
  });
});

// The built embed on a page with a strict Content Security Policy, sent as an HTTP header: demo/strict-csp.html,
// served by web-test-runner.config.js (strictCspDemo) under /csp/<variant>/ and opened in an iframe. Every
// flow must work with no `securitypolicyviolation` event; where the policy does not allow the widget's Trusted
// Types policy, or its file is missing, the host's fallback content shows instead. `npm test` builds dist/ first.
import { afterEach, describe, it } from '../ui/mocha.ts';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { estimate } from '../../src/core/estimate.ts';
import type { EstimateRequestInput, EstimateResult } from '../../src/core/schemas.ts';
import { toFragment } from '../../src/core/sharing/shared-estimate.ts';
import { formatMoney } from '../../src/ui/format.ts';

/** Exactly the policy of the issue "Trust on other people's websites". */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const START = '2026-03-02';

interface Violation {
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
  lineNumber: number;
}

type FrameWindow = Window & typeof globalThis & { cspViolations?: Violation[]; litHtmlVersions?: string[] };

interface Page {
  window: FrameWindow;
  document: Document;
  /** The page's three widgets: the patient's, the Spanish one, counselor mode. */
  widgets: HTMLElement[];
  fallbacks: HTMLElement[];
}

type Estimator = HTMLElement & { updateComplete: Promise<unknown> };

let frames: HTMLIFrameElement[] = [];

/**
 * How the test server serves the page (web-test-runner.config.js): `strict` under the policy; `strict-ver` the same,
 * with the page's two scripts loaded as `iop-cost-estimator.js?ver=0.1.0` and `es.js?ver=0.1.0`, as WordPress and
 * cache-busting CDNs write them; the others as their tests below say.
 */
type Variant = 'strict' | 'strict-ver' | 'tt-none' | 'tt-other' | 'no-script';

/** demo/strict-csp.html in an iframe, served by the test server with the variant's policy. */
async function open(variant: Variant, hash = ''): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.title = `strict-csp.html (${variant})`;
  iframe.width = '1280';
  iframe.height = '900';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/csp/${variant}/demo/strict-csp.html${hash}`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  const doc = iframe.contentDocument!;
  // The page's own first script records violations; without it the checks below would prove nothing.
  expect(Array.isArray(win.cspViolations), 'demo/strict-csp.js records violations').to.equal(true);
  return {
    window: win,
    document: doc,
    widgets: [...doc.querySelectorAll<HTMLElement>('iop-cost-estimator')],
    fallbacks: [...doc.querySelectorAll<HTMLElement>('.estimator-fallback')],
  };
}

/** The violations the page heard, once any still queued have been delivered. */
async function violations(page: Page): Promise<Violation[]> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return page.window.cspViolations!;
}

async function expectNoViolations(page: Page): Promise<void> {
  const heard = await violations(page);
  expect(heard, `violations of the policy: ${JSON.stringify(heard, null, 1)}`).to.deep.equal([]);
  // Each copy of Lit's lit-html adds its version here: a second copy of the embed would be a second entry (and
  // under the policy, a refused second Trusted Types policy).
  expect(page.window.litHtmlVersions?.length ?? 0, 'copies of Lit on the page').to.be.at.most(1);
  const twice = [...distRequests(page)].filter(([, count]) => count > 1);
  expect(twice, 'files of dist/ asked for more than once').to.deep.equal([]);
}

/** Each file of dist/ the page asked for, and how many times (a second copy of the embed would ask again). */
function distRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of page.window.performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.includes('/dist/')) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

function q<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function settle(el: Element): Promise<void> {
  await (el as Estimator).updateComplete;
  const desk = el.shadowRoot?.querySelector('iop-counselor-desk') as Estimator | null | undefined;
  await desk?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Types into a field with the keyboard, as a person would: focus, select what is there, type. */
async function typeInto(host: Element, scope: ParentNode, name: string, value: string): Promise<void> {
  const input = q<HTMLInputElement>(scope, `input[name="${name}"]`);
  input.focus();
  input.select();
  await sendKeys({ type: value });
  expect(input.value, `typed into ${name}`).to.equal(value);
  await settle(host);
}

/** Sets a value and fires the event the browser would (a date field; a select). */
async function setValue(host: Element, scope: ParentNode, selector: string, value: string, type: 'input' | 'change' = 'input'): Promise<void> {
  const control = q<HTMLInputElement>(scope, selector);
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  await settle(host);
}

async function click(host: Element, scope: ParentNode, selector: string): Promise<void> {
  q(scope, selector).click();
  await settle(host);
}

let center: unknown;
async function exampleCenter(): Promise<unknown> {
  center ??= await (await fetch('/csp/strict/data/centers/example.json')).json();
  return center;
}

async function core(request: EstimateRequestInput): Promise<EstimateResult> {
  const outcome = estimate(request, await exampleCenter());
  if (!outcome.ok) throw new Error(`the core refused the request: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

/** Shown: it has a box on the page, with a size, and nothing hides it. */
function shown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  for (const frame of frames) frame.remove();
  frames = [];
});

describe('the strict Content Security Policy demo', () => {
  it('is served with exactly the policy of the issue, as an HTTP header, with the built embed', async () => {
    const response = await fetch('/csp/strict/demo/strict-csp.html');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    const page = await open('strict');
    const scripts = [...page.document.scripts].map((s) => new URL(s.src).pathname);
    expect(scripts).to.deep.equal(['/csp/strict/demo/strict-csp.js', '/csp/strict/dist/iop-cost-estimator.js', '/csp/strict/dist/translations/es.js']);
    expect(page.document.querySelectorAll('style, [style]'), 'no inline styles on the page').to.have.length(0);
    await waitUntil(() => text(page.document.getElementById('csp-status')).includes('no violations'), 'the page does not say it was served with the policy', { timeout: 5000 });
  });

  it('serves the page with ?ver= on its scripts for the strict-ver flows below', async () => {
    const page = await open('strict-ver');
    const scripts = [...page.document.scripts].map((s) => new URL(s.src)).map((url) => url.pathname + url.search);
    expect(scripts).to.deep.equal(['/csp/strict-ver/demo/strict-csp.js', '/csp/strict-ver/dist/iop-cost-estimator.js?ver=0.1.0', '/csp/strict-ver/dist/translations/es.js?ver=0.1.0']);
  });

  it('hears a violation of the policy, inside a shadow root too: the checks below can fail', async () => {
    const page = await open('strict');
    const [patient] = page.widgets;
    await waitUntil(() => patient!.shadowRoot?.querySelector('form'), 'the widget did not start', { timeout: 5000 });
    // An inline style attribute (style-src 'self' forbids it) and HTML as a string (Trusted Types forbid it).
    q(root(patient!), 'form').setAttribute('style', 'color: red');
    expect(() => (page.document.createElement('div').innerHTML = '<b>not trusted</b>')).to.throw(/TrustedHTML/);
    const heard = (await violations(page)).map((v) => v.effectiveDirective);
    expect(heard).to.include('style-src-attr');
    expect(heard).to.include('require-trusted-types-for');
  });

  for (const variant of ['strict', 'strict-ver'] as const) {
    const how = variant === 'strict' ? '' : ', the embed loaded with ?ver=';
    it(`a patient’s estimate: typed numbers, the total, the ways to pay, the payment plan, the weeks; no violation${how}`, async () => {
      const page = await open(variant);
      const patient = page.widgets[0]!;
      await waitUntil(() => patient.shadowRoot?.querySelector('form'), 'the widget did not start (config-src fetched under connect-src)', { timeout: 5000 });
      const form = root(patient);
      await click(patient, form, 'input[type="radio"][name$="-planType"][value="private"]');
      await setValue(patient, form, 'input[name="startDate"]', START);
      await click(patient, form, 'input[type="checkbox"][id$="-knowsPlan"]');
      await typeInto(patient, form, 'deductible', '1,500');
      await typeInto(patient, form, 'coinsurancePercent', '20');
      await typeInto(patient, form, 'oopMax', '$5000');
      const expected = await core({
        program: { weeks: 12, hoursPerWeek: 9, startDate: START },
        coverage: { planType: 'private', network: 'in', deductible: '1500.00', coinsurancePercent: 20, oopMax: '5000.00' },
        paymentPlan: {},
      });
      // 36 days x $450.00 in network: $1,500.00, then 20% of $14,700.00.
      expect(expected.patient.total).to.equal('4440.00');
      expect(text(q(form, '[part="total"]'))).to.equal('$4,440.00');

      const ways = [...form.querySelectorAll('[part="comparison"] tbody tr')];
      expect(ways.length, 'the ways to pay').to.be.greaterThan(1);
      for (const way of ways) expect(text(way)).to.match(/\$[\d,]+\.\d\d/);
      expect(text(q(form, '[part="payment-plan"] .monthly'))).to.match(/^\$[\d,]+\.\d\d a month for \d+ months$/);
      await click(patient, form, '[part="payment-plan"] summary');
      expect(form.querySelectorAll('[part="payment-plan"] tbody tr').length).to.be.greaterThan(0);
      expect(form.querySelectorAll('[part="chart"] rect.bar')).to.have.length(12);
      await click(patient, form, '[part="chart"] summary');
      expect(shown(q(form, '[part="chart"] table'))).to.equal(true);
      // The widget's styles are adopted: the host is a block, the form laid out by its stylesheet.
      expect(getComputedStyle(patient).display).to.equal('block');
      expect(getComputedStyle(q(form, '.visually-hidden')).position).to.equal('absolute');
      await expectNoViolations(page);
    });

    it(`in Spanish: the words of dist/translations/es.js, and a typed program length; no violation${how}`, async () => {
      const page = await open(variant);
      const spanish = page.widgets[1]!;
      await waitUntil(() => spanish.shadowRoot?.querySelector('[part="total"]'), 'the Spanish widget did not start', { timeout: 5000 });
      const form = root(spanish);
      expect(text(q(form, 'h2'))).to.equal('¿Cuánto me costaría este programa?');
      expect(q(form, '.layout').getAttribute('lang')).to.equal('es');
      await setValue(spanish, form, 'input[name="startDate"]', START);
      await typeInto(spanish, form, 'weeks', '8');
      // Paying themselves: 8 weeks x 3 days x $350.00.
      const expected = await core({ program: { weeks: 8, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' }, paymentPlan: {} });
      expect(expected.patient.total).to.equal('8400.00');
      expect(text(q(form, '[part="total"]'))).to.equal(formatMoney('8400.00', 'es'));
      expect(text(q(form, '[part="payment-plan"] h3'))).to.not.equal('');
      await expectNoViolations(page);
    });

    it(`counselor mode: dist/iop-counselor-desk.js, a typed scenario, the Good Faith Estimate, printing; no violation${how}`, async () => {
      const page = await open(variant);
      const host = page.widgets[2]!;
      const deskOf = () => host.shadowRoot?.querySelector('iop-counselor-desk')?.shadowRoot;
      await waitUntil(() => deskOf()?.querySelector('.scenario'), 'counselor mode did not load', { timeout: 5000 });
      const desk = deskOf()!;
      const scenario = q(desk, '.scenario');
      await setValue(host, scenario, 'input[name="startDate"]', START);
      await setValue(host, scenario, 'select[name="planType"]', 'uninsured', 'change');
      await typeInto(host, scenario, 'weeks', '10');
      await typeInto(host, desk, 'scenarioName', 'Paying ourselves');
      // 10 weeks x 3 days x $350.00 self-pay.
      const expected = await core({ program: { weeks: 10, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' }, paymentPlan: {} });
      expect(expected.patient.total).to.equal('10500.00');
      expect(text(q(scenario, '[part="total"]'))).to.equal('$10,500.00');
      expect(text(q(scenario, 'h3'))).to.contain('Paying ourselves');

      // The Good Faith Estimate, unfolded, with a diagnosis code typed in.
      await click(host, scenario, '.gfe-box > summary');
      await typeInto(host, scenario, 'diagnosisCodes', 'F10.20');
      const gfe = q(scenario, '.gfe-box');
      for (const part of ['Good Faith Estimate', 'Example Recovery Center (fictional)', 'F10.20', '$10,500.00']) expect(text(gfe), part).to.contain(part);
      expect(shown(gfe)).to.equal(true);

      // Print: the button calls the browser's printing (headless Chromium prints nothing and fires no events,
      // so they are fired here), which unfolds what is folded; then the print view.
      const print = page.window.print;
      let printed = 0;
      page.window.print = () => {
        printed += 1;
        print.call(page.window);
      };
      await click(host, desk, '.actions button:nth-of-type(1)');
      // No patient name or birth date typed: the desk asks first, in a dialog the strict policy allows.
      const question = q<HTMLDialogElement>(desk, 'dialog.print-questions');
      expect([question.open, printed], 'asked before printing').to.deep.equal([true, 0]);
      await click(host, desk, 'dialog .print-anyway');
      expect(printed, 'Print prints').to.equal(1);
      page.window.dispatchEvent(new Event('beforeprint'));
      expect([...desk.querySelectorAll('details')].every((d) => (d as HTMLDetailsElement).open), 'unfolded for printing').to.equal(true);
      await emulateMedia({ media: 'print' });
      await settle(host);
      expect(shown(q(desk, '.letterhead'))).to.equal(true);
      expect(getComputedStyle(q(desk, '.actions')).display, 'no buttons on paper').to.equal('none');
      expect(getComputedStyle(gfe).breakBefore, 'the Good Faith Estimate on pages of its own').to.equal('page');
      expect(getComputedStyle(q(page.document, 'main > section:first-of-type')).display, 'the page’s print styles (a file)').to.equal('none');
      page.window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });

      // A file (a blob: URL, downloaded), opened again; a link, which a new page opens on the same total.
      const realCreate = page.window.URL.createObjectURL;
      const realClick = page.window.HTMLAnchorElement.prototype.click;
      let file: Blob | undefined;
      let downloadAs = '';
      page.window.URL.createObjectURL = (blob: Blob) => ((file = blob), realCreate(blob));
      page.window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloadAs = this.download; // not saved to disk
      };
      try {
        await click(host, desk, '.actions button:nth-of-type(3)');
      } finally {
        page.window.URL.createObjectURL = realCreate;
        page.window.HTMLAnchorElement.prototype.click = realClick;
      }
      expect(downloadAs).to.match(/^estimate-\d{4}-\d\d-\d\d\.json$/);
      expect(text(q(desk, '.notice'))).to.equal('Downloaded.');
      const input = q<HTMLInputElement>(desk, '.actions input[type="file"]');
      const transfer = new page.window.DataTransfer();
      transfer.items.add(new page.window.File([await file!.text()], 'estimate.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => text(desk.querySelector('.notice')) === 'Opened estimate.json.', 'the file was not opened', { timeout: 3000 });
      await settle(host);
      expect(text(q(desk, '.scenario [part="total"]'))).to.equal('$10,500.00');

      await click(host, desk, '.actions button:nth-of-type(2)');
      await waitUntil(() => desk.querySelector<HTMLInputElement>('input[id$="-link"]')?.value, 'no link made', { timeout: 3000 });
      const link = new URL(q<HTMLInputElement>(desk, 'input[id$="-link"]').value);
      expect(link.pathname).to.equal(`/csp/${variant}/demo/strict-csp.html`);
      expect(link.hash).to.match(/^#iop=/);
      await expectNoViolations(page);

      const opened = await open(variant, link.hash);
      await waitUntil(() => text(opened.widgets[0]!.shadowRoot?.querySelector('[part="total"]')) === '$10,500.00', 'the link was not opened', { timeout: 5000 });
      await expectNoViolations(opened);
    });

    it(`a link to an estimate (#iop=): dist/shared-link.js opens it in the first widget; no violation${how}`, async () => {
      const request = { program: { weeks: 6, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' } };
      const page = await open(variant, `#${toFragment({ v: 1, request: request as never })}`);
      const patient = page.widgets[0]!;
      // 6 weeks x 3 days x $350.00 self-pay = $6,300.00
      await waitUntil(() => text(patient.shadowRoot?.querySelector('[part="total"]')) === '$6,300.00', 'the link was not opened', { timeout: 5000 });
      expect(text(q(root(patient), 'header [role="status"]'))).to.contain('Opened from a shared estimate.');
      const loaded = page.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(loaded).to.include(`/csp/${variant}/dist/shared-link.js`);
      await expectNoViolations(page);
    });
  }
});

describe('fallback content: what the host puts inside <iop-cost-estimator>', () => {
  it('is not rendered once the widget runs (it has no <slot>)', async () => {
    const page = await open('strict');
    expect(page.fallbacks).to.have.length(3);
    for (const el of page.widgets) {
      await waitUntil(() => el.shadowRoot?.querySelector('form, iop-counselor-desk'), 'a widget did not start', { timeout: 5000 });
    }
    await waitUntil(() => page.widgets[2]!.shadowRoot!.querySelector('iop-counselor-desk')?.shadowRoot?.querySelector('.scenario'), 'counselor mode did not load', { timeout: 5000 });
    for (const el of page.widgets) {
      expect(root(el).querySelector('slot'), 'a slot would show the fallback').to.equal(null);
      expect(root(el).querySelector('iop-counselor-desk')?.shadowRoot?.querySelector('slot') ?? null).to.equal(null);
    }
    for (const fallback of page.fallbacks) {
      expect(fallback.getClientRects(), 'no box').to.have.length(0);
      expect(fallback.checkVisibility()).to.equal(false);
      for (const inside of fallback.querySelectorAll('*')) expect(inside.getClientRects(), 'no box').to.have.length(0);
    }
    await expectNoViolations(page);
  });

  for (const [variant, policy] of [
    ['tt-none', "trusted-types 'none'"],
    ['tt-other', 'trusted-types another-widget'],
  ] as const) {
    it(`shows where the policy does not allow the widget’s Trusted Types policy (${policy})`, async () => {
      const page = await open(variant);
      // The module stops when Lit cannot create its `lit-html` policy: the element is never defined.
      await waitUntil(() => page.window.cspViolations!.some((v) => v.effectiveDirective === 'trusted-types'), 'the lit-html policy was not refused', { timeout: 5000 });
      expect(page.window.customElements.get('iop-cost-estimator')).to.equal(undefined);
      expectFallbacksShown(page);
    });
  }

  it('shows when the script is missing (404)', async () => {
    const page = await open('no-script');
    const missing = await fetch('/csp/no-script/dist/iop-cost-estimator.js');
    expect(missing.status).to.equal(404);
    expect(page.window.customElements.get('iop-cost-estimator')).to.equal(undefined);
    expectFallbacksShown(page);
    await expectNoViolations(page);
  });
});

function expectFallbacksShown(page: Page): void {
  expect(page.fallbacks).to.have.length(3);
  for (const el of page.widgets) expect(el.shadowRoot, 'the widget never started').to.equal(null);
  for (const fallback of page.fallbacks) expect(shown(fallback), text(fallback)).to.equal(true);
  const [patient] = page.fallbacks;
  expect(text(patient)).to.equal('For an estimate of what our Intensive Outpatient Program would cost you, call our intake team at 555-0199.');
  const link = q<HTMLAnchorElement>(patient!, 'a');
  expect(link.getAttribute('href')).to.equal('tel:+15555550199');
  expect(shown(link)).to.equal(true);
}

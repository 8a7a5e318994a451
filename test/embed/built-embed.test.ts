// The files centers embed, as built and minified: dist/iop-cost-estimator.js (the entry, which imports the widget's
// first screen, dist/first-screen.js) and dist/iop-estimate.js beside it (the rules of coverage, which it loads once a person starts answering, and which a
// page can import for an estimate without the widget). `npm test` builds them first. They must give the source's results.
import fc from 'fast-check';
import { describe, it } from '../ui/mocha.ts';
import Decimal from 'decimal.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { estimate } from '../../src/core/estimate.ts';
import { toFragment } from '../../src/core/sharing/shared-estimate.ts';
import { formatMoney } from '../../src/ui/format.ts';
import { randomRequest } from '../core/random-requests.ts';

const BUILT = '/dist/iop-cost-estimator.js';
const BUILT_ESTIMATE = '/dist/iop-estimate.js';
const BUILT_SPANISH = '/dist/translations/es.js';

async function load<T>(file: string): Promise<T> {
  try {
    return await import(/* @vite-ignore */ file);
  } catch (error) {
    throw new Error(`${file} did not load (run \`npm run build:embed\`): ${String(error)}`);
  }
}

const loadBuilt = () => load<unknown>(BUILT);
const loadEstimate = () => load<{ estimate: typeof estimate }>(BUILT_ESTIMATE);

describe('the built embed file', () => {
  it('gives exactly the source core’s result for 300 random requests', async () => {
    const built = await loadEstimate();
    fc.assert(
      fc.property(randomRequest, (request) => {
        expect(JSON.stringify(built.estimate(request))).to.equal(JSON.stringify(estimate(request)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a bad request with the same messages as the source', async () => {
    const built = await loadEstimate();
    const bad = { program: { weeks: 0, hoursPerWeek: 9 }, coverage: { planType: 'private', deductible: '-5' } };
    const outcome = built.estimate(bad);
    expect(outcome.ok).to.equal(false);
    expect(JSON.stringify(outcome)).to.equal(JSON.stringify(estimate(bad)));
  });

  it('defines <iop-cost-estimator>, which shows the total of the estimate it announces', async () => {
    await loadBuilt();
    let detail: { patient: { total: string } } | undefined;
    const el = await fixture(html`<iop-cost-estimator plan-type="uninsured" weeks="8" hours-per-week="9" @iop-estimate=${(e: CustomEvent) => (detail = e.detail)}></iop-cost-estimator>`);
    await waitUntil(() => detail, 'no iop-estimate event', { timeout: 3000 });
    const total = el.shadowRoot!.querySelector('[part~="summary"]')?.textContent ?? '';
    expect(new Decimal(detail!.patient.total).greaterThan(0)).to.equal(true);
    expect(total.replace(/\s+/g, ' ')).to.contain(formatMoney(detail!.patient.total, 'en'));
  });
});

/** A built file's imports of its neighbours: static (`from"./x.js"`, `import"./x.js"`) and lazy (`import("./x.js")`). */
async function importsOf(file: string): Promise<{ statics: string[]; lazy: string[] }> {
  const code = await (await fetch(`/dist/${file}`)).text();
  const names = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!).sort();
  return { statics: names(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+)["']/g), lazy: names(/\bimport\(["']\.\/([\w.-]+)["']\)/g) };
}

describe('the built embed’s files', () => {
  it('the entry imports one file, first-screen.js, which imports no other before its first screen', async () => {
    expect(await importsOf('iop-cost-estimator.js')).to.deep.equal({ statics: ['first-screen.js'], lazy: [] });
    const { statics, lazy } = await importsOf('first-screen.js');
    // A static import would be one more file every visitor waits for.
    expect(statics).to.deep.equal([]);
    // The rules of coverage and what shows a total are one file, asked for by both imports at once.
    // Spanish (es.js) only for a widget asked for it; other ways to pay only for those who pay themselves.
    expect(lazy).to.deep.equal(['es.js', 'estimate.js', 'estimate.js', 'iop-counselor-desk.js', 'result-details.js', 'shared-link.js', 'ways-to-pay-view.js']);
  });

  it('no file imports the entry: a page that loads it as iop-cost-estimator.js?ver=1 gets one copy of everything', async () => {
    // Every file reachable from the entry, by static and lazy imports.
    const seen = new Map<string, string[]>();
    const todo = ['iop-cost-estimator.js', 'iop-estimate.js'];
    for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
      if (seen.has(file)) continue;
      const { statics, lazy } = await importsOf(file);
      seen.set(file, statics);
      todo.push(...statics, ...lazy);
    }
    expect(seen.size, [...seen.keys()].join(', ')).to.be.greaterThan(6);
    for (const [file, statics] of seen) expect(statics, `${file} imports`).not.to.include('iop-cost-estimator.js');
  });

  it('shows the center’s prices first, and a person’s total once they choose a coverage (iop-estimate.js)', async () => {
    await loadBuilt();
    const el = await fixture(html`<iop-cost-estimator></iop-cost-estimator>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.prices'), 'no prices', { timeout: 3000 });
    // 12 weeks x 3 days x $350.00 = $12,600.00, before any discount.
    expect(el.shadowRoot!.querySelector('.prices [part="total"]')!.textContent).to.equal('$12,600.00');
    const uninsured = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="uninsured"]')!;
    uninsured.focus();
    uninsured.click();
    await waitUntil(() => el.shadowRoot?.querySelector('.summary:not(.prices) [part="total"]'), 'no total once a coverage was chosen', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('.summary:not(.prices) [part="total"]')!.textContent).to.equal('$12,600.00');
    // Other ways to pay come in a module of their own, with their words (a side effect the build must keep).
    await waitUntil(() => el.shadowRoot?.querySelector('[part="ways-to-pay"] h3'), 'no other ways to pay', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part="ways-to-pay"] h3')!.textContent).to.equal('Other ways to pay');
  });
});

describe('the built module that reads shared links', () => {
  it('dist/shared-link.js loads beside the embed when the page address carries an estimate', async () => {
    await loadBuilt();
    const request = { program: { weeks: 6, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } };
    history.replaceState(null, '', `${location.pathname}#${toFragment({ v: 1, request: request as never })}`);
    try {
      const el = await fixture(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
      // 6 weeks x 3 days x $350.00 self-pay = $6,300.00
      await waitUntil(() => (el.shadowRoot?.querySelector('[part="total"]')?.textContent ?? '').includes('$6,300.00'), 'the link was not opened', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('header [role="status"]')!.textContent).to.contain('Opened from a shared estimate.');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('the built Spanish module', () => {
  it('dist/translations/es.js, loaded by a page before its widgets, gives them Spanish without es.js beside the embed', async () => {
    await loadBuilt();
    const since = performance.now();
    await import(/* @vite-ignore */ BUILT_SPANISH);
    const el = await fixture(html`<iop-cost-estimator plan-type="private" language="es"></iop-cost-estimator>`);
    await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the built widget did not render', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('¿Cuánto me costaría este programa?');
    expect(el.shadowRoot!.querySelector('.layout')!.getAttribute('lang')).to.equal('es');
    // The words were there already: the copy beside the embed was never asked for.
    const asked = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since).map((entry) => new URL(entry.name).pathname);
    expect(asked).to.include(BUILT_SPANISH);
    expect(asked).not.to.include('/dist/es.js');
  });
});

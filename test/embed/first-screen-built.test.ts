// The built embed alone on a page (this file loads nothing else of dist/ before it): its first screen comes
// without the rules of coverage, which are asked for once a person answers (dist/estimate.js).
import { describe, it } from '../ui/mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// Room for every resource timing entry of the page, past the browser's default of 250.
performance.setResourceTimingBufferSize(100000);
const requested = (file: string) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/dist/${file}`).length;

describe('the built embed’s first screen', () => {
  it('shows the center’s prices without the rules of coverage, and loads them once a person answers', async () => {
    const embed: string = '/dist/iop-cost-estimator.js';
    await import(/* @vite-ignore */ embed);
    const el = await fixture(html`<iop-cost-estimator></iop-cost-estimator>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.prices [part="total"]'), 'no prices', { timeout: 3000 });
    // 12 weeks x 3 days x $350.00 = $12,600.00, before any discount.
    expect(el.shadowRoot!.querySelector('.prices [part="total"]')!.textContent).to.equal('$12,600.00');
    expect(requested('iop-cost-estimator.js')).to.equal(1);
    expect(requested('first-screen.js')).to.equal(1);
    expect(requested('estimate.js')).to.equal(0);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="uninsured"]')!.click();
    await waitUntil(() => el.shadowRoot?.querySelector('.summary:not(.prices) [part="total"]'), 'no total once a coverage was chosen', { timeout: 3000 });
    expect(requested('estimate.js')).to.equal(1);
    expect(el.shadowRoot!.querySelector('.summary:not(.prices) [part="total"]')!.textContent).to.equal('$12,600.00');
  });

  it('speaks Spanish from language="es" alone: its words come from es.js beside the embed', async () => {
    const el = await fixture(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    await waitUntil(() => el.shadowRoot?.querySelector('h2')?.textContent === '¿Cuánto me costaría este programa?', 'still not Spanish', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('.layout')!.getAttribute('lang')).to.equal('es');
    expect(requested('es.js')).to.equal(1);
    expect(requested('translations/es.js')).to.equal(0);
  });
});

// WCAG 2.2 SC 2.4.11 Focus Not Obscured (AA), which axe does not check: on a phone, the bar that keeps the total
// in view (sticky at the bottom) never covers the control that has the keyboard's focus. Tabbed through every
// control of every step, as a keyboard user would, at 320 and 375 px, with the host page going on below.
import { describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { type Estimator, knowMyNumbers, q, setStart } from './helpers.ts';

/** The control with the focus, inside the widget's shadow root. */
function focused(el: Estimator): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

function overlap(a: DOMRect, b: DOMRect): number {
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  return height > 0 && width > 0 ? height * width : 0;
}

for (const width of [320, 375]) {
  describe(`focus at ${width} px`, () => {
    for (const planType of ['private', 'uninsured'] as const) {
      it(`is never under the bar that keeps the total in view (${planType}, every control, Tab and Shift+Tab)`, async () => {
        await setViewport({ width, height: 640 });
        const page = await fixture<HTMLElement>(html`<div>
          <iop-cost-estimator plan-type=${planType}></iop-cost-estimator>
          <p style="height: 1500px">The host page goes on below the widget.</p>
        </div>`);
        const el = page.querySelector<Estimator>('iop-cost-estimator')!;
        await waitUntil(() => el.shadowRoot?.querySelector('[part="peek"]'), 'no bar', { timeout: 3000 });
        await setStart(el);
        // Every step open: the plan's numbers asked, the household, paying over time.
        if (planType === 'private') await knowMyNumbers(el);
        const peek = q(el, '[part="peek"]');
        const seen = new Set<Element>();
        const covered: string[] = [];
        const check = async () => {
          // Let a scroll the focus caused finish before measuring.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const control = focused(el);
          if (!control || control === peek || peek.contains(control)) return;
          seen.add(control);
          const bar = peek.getBoundingClientRect();
          if (overlap(control.getBoundingClientRect(), bar) > 0) covered.push(`${control.localName}[name=${control.getAttribute('name') ?? control.id}]`);
        };
        q(el, 'input[type="radio"]:checked').focus();
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          await check();
        }
        await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          await check();
        }
        await sendKeys({ up: 'Shift' });
        expect(seen.size, 'controls reached by Tab').to.be.greaterThan(8);
        expect(covered, 'controls under the bar when focused').to.deep.equal([]);
      });
    }
  });
}

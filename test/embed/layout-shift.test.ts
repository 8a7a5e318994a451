// Cumulative Layout Shift on a 375 px phone page (issue "On the center's own website"): the host's fallback
// paragraph paints first, then the built widget takes its place. With the one CSS rule the README gives pages
// (the widget's space kept before it starts), what follows the widget does not jump: CLS under 0.1, Google's
// "good". Without it the same page shifts, which shows the measure can fail. `npm test` builds dist/ first.
import { afterEach, describe, it } from '../ui/mocha.ts';
import { expect, waitUntil } from '@open-wc/testing';

/** The README's rule, word for word ("Embedding the widget"). */
const KEEP_ITS_SPACE = 'iop-cost-estimator:not(:defined) { display: block; min-height: 100vh; }';

type FrameWindow = Window & { shifts: number[] };

let frame: HTMLIFrameElement | undefined;
/** Each page its own addresses (/slow/600/, /slow/601/...): a file the browser has already would come at once. */
let pages = 0;
afterEach(() => frame?.remove());

/** A center's page in a 375 x 667 frame; the embed's files arrive after 600 ms (web-test-runner.config.js, slowDist). */
async function phonePage(css: string): Promise<FrameWindow> {
  frame = document.createElement('iframe');
  frame.width = '375';
  frame.height = '667';
  // In the test page's viewport: shifts are measured where they can be seen.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0; background: #fff';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font: 16px/1.5 sans-serif } header { height: 120px } footer { height: 400px } ${css}</style>
<script>
  window.shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="/slow/${600 + pages++}/dist/iop-cost-estimator.js"></script>
</head><body>
<header>Example Recovery Center</header>
<main>
  <h1>What our program costs</h1>
  <iop-cost-estimator config-src="/test/ui/fixtures/center.json">
    <p>For an estimate of what our program would cost you, call our intake team at <a href="tel:+15555550199">555-0199</a>.</p>
  </iop-cost-estimator>
</main>
<footer>Our address and hours.</footer>
</body></html>`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => win.document?.querySelector('iop-cost-estimator')?.shadowRoot?.querySelector('.prices [part="total"]'), 'the first screen did not show', { timeout: 8000 });
  // Anything that still moves once the first screen is up.
  await new Promise((resolve) => setTimeout(resolve, 700));
  return win;
}

const cls = (win: FrameWindow) => win.shifts.reduce((sum, value) => sum + value, 0);

describe('layout shift on a phone, when the widget replaces the fallback content', () => {
  it('is under 0.1 with the README’s rule keeping the widget’s space', async () => {
    const win = await phonePage(KEEP_ITS_SPACE);
    expect(cls(win), `shifts ${JSON.stringify(win.shifts)}`).to.be.below(0.1);
  });

  it('is over 0.1 without it: the footer jumps down (the measure can fail)', async () => {
    const win = await phonePage('');
    expect(cls(win), `shifts ${JSON.stringify(win.shifts)}`).to.be.above(0.1);
  });
});

// `npm run screenshots`: what a person sees on a 375 px phone, from the built embed (run `npm run build:embed`
// first), in headless Chromium: the first screen, each coverage's first result and the error states, in
// English, and the first screen in Spanish. The PNGs go beside this file (demo/screenshots/375/): each whole
// page, and its answer alone (`-answer.png`). Then the demo page (index.html) at 1280 px, for the README
// (demo/screenshot.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'demo/screenshots/375');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/** A center's page with one widget: the built embed, Spanish when asked, and the attributes given. */
function page(attributes: string, spanish = false): string {
  return `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">
<body style="margin:0;padding:8px;font-family:system-ui,sans-serif">
<script type="module" src="/dist/iop-cost-estimator.js"></script>
${spanish ? '<script type="module" src="/dist/translations/es.js"></script>' : ''}
<iop-cost-estimator ${attributes}></iop-cost-estimator></body></html>`;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    // The demo page, with the built embed in place of the sources Vite would serve.
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(readFileSync(join(ROOT, 'index.html'), 'utf8').replace('./src/iop-cost-estimator.ts', '/dist/iop-cost-estimator.js'));
    return;
  }
  if (url.pathname === '/page') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page(url.searchParams.get('a') ?? '', url.searchParams.has('es')));
    return;
  }
  const path = normalize(join(ROOT, url.pathname));
  try {
    const body = readFileSync(path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
mkdirSync(OUT, { recursive: true });

/** Opens the widget at 375 px, lets `act` answer as a person would, and saves the whole page. */
async function shot(name: string, attributes: string, act: (page: Page) => Promise<void> = async () => {}, spanish = false): Promise<void> {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 375, height: 667, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  await tab.goto(`${origin}/page?a=${encodeURIComponent(attributes)}${spanish ? '&es' : ''}`);
  await tab.waitForSelector('iop-cost-estimator >>> [part~="total"]');
  await act(tab);
  // The details below a total, and any message, have come.
  await new Promise((resolve) => setTimeout(resolve, 700));
  await tab.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  // The answer alone, as the person reads it once they scroll to it (the whole page is long on a phone).
  const result = await tab.$('iop-cost-estimator >>> [part="result"]');
  await result?.screenshot({ path: join(OUT, `${name}-answer.png`) });
  await tab.close();
  console.log(`demo/screenshots/375/${name}.png`);
}

const typeInto = async (tab: Page, name: string, value: string) => {
  const input = await tab.waitForSelector(`iop-cost-estimator >>> input[name="${name}"]`);
  await input!.click({ count: 3 });
  await input!.type(value);
};

await shot('first-screen', '');
await shot('first-screen-es', 'language="es"', async () => {}, true);
for (const plan of ['private', 'aca', 'medicare', 'medicaid', 'uninsured', 'unsure']) await shot(`first-result-${plan}`, `plan-type="${plan}"`);
await shot('error-weeks-0', 'plan-type="uninsured"', (tab) => typeInto(tab, 'weeks', '0'));
await shot('error-coinsurance-120', 'plan-type="private"', async (tab) => {
  await (await tab.waitForSelector('iop-cost-estimator >>> input[id$="-knowsPlan"]'))!.click();
  await typeInto(tab, 'deductible', '1500');
  await typeInto(tab, 'oopMax', '5000');
  await typeInto(tab, 'coinsurancePercent', '120');
});
// Other ways to pay, for an uninsured person: likely Medicaid in Ohio, a Marketplace tax credit in Alabama, in Spanish.
const household = (size: string, income: string, state: string) => async (tab: Page) => {
  await typeInto(tab, 'householdSize', size);
  await typeInto(tab, 'annualIncome', income);
  await (await tab.waitForSelector('iop-cost-estimator >>> select[name="state"]'))!.select(state);
  await tab.waitForSelector('iop-cost-estimator >>> [part="ways-to-pay"] .medicaid');
};
await shot('ways-to-pay-ohio', 'plan-type="uninsured"', household('1', '17875.20', 'OH'));
await shot('ways-to-pay-alabama', 'plan-type="uninsured"', household('1', '17875.20', 'AL'));
await shot('ways-to-pay-ohio-es', 'plan-type="uninsured" language="es"', household('1', '17875.20', 'OH'), true);
const demo = await browser.newPage();
await demo.setViewport({ width: 1280, height: 1300 });
await demo.goto(`${origin}/index.html`);
await demo.waitForSelector('iop-cost-estimator >>> [part~="total"]');
await demo.screenshot({ path: join(ROOT, 'demo/screenshot.png') });
console.log('demo/screenshot.png');
await browser.close();
server.close();

// The counselor's printed estimate as a PDF, read page by page as the patient will (Node only: Chromium prints the
// built embed, dist/, which `npm test` builds first; poppler-utils' pdftotext reads each page's text). Three
// scenarios (in network, out of network, self-pay): page 1 is their comparison; no page is empty or holds only a
// disclaimer; no heading ends a page; no staff instruction is on paper. The estimate is loaded from a saved file,
// as a counselor opens one, so that its intake record prints too: the patient, the estimate's number, each plan's
// benefits check, and the lines the patient and the counselor sign on page 1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { toJson, type SharedEstimate } from '../../src/core/sharing/shared-estimate.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json' };
const PAGE = '<!doctype html><html lang="en"><body><script type="module" src="/dist/iop-cost-estimator.js"></script><iop-cost-estimator mode="counselor"></iop-cost-estimator></body></html>';

const program = { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' };
const plan = {
  planType: 'private', payer: 'Aetna', deductible: '1500', coinsurancePercent: 20, oopMax: '4000',
  outOfNetwork: { deductible: '3000', coinsurancePercent: 40, oopMax: '8000' },
} as const;
const THREE = {
  v: 1,
  request: { program, coverage: { ...plan, network: 'in' } },
  scenarios: [{ program, coverage: { ...plan, network: 'in' } }, { program, coverage: { ...plan, network: 'out' } }, { program, coverage: { planType: 'uninsured' } }],
  patient: { name: 'Ana Ruiz', birthDate: '1988-04-09', account: 'A-20931' },
  intake: { estimateNumber: 'E-2026-0412', validUntil: '2027-01-04', counselor: { name: 'Dana Lee', phone: '555-0100' } },
  about: [
    { name: 'Aetna PPO, in network', benefits: { insurer: 'Aetna', memberId: 'W123456789', verifiedOn: '2026-12-03', callReference: 'REF-88231', notes: 'Auth pending, call back Tuesday' } },
    { name: 'Aetna PPO, out of network' },
    { name: 'Self-pay' },
  ],
} as unknown as SharedEstimate;

/** Headings that must never be a page's last line: the thing they head would be overleaf. */
const HEADINGS = [/^Scenario \d/, /^What this estimate assumes$/, /^Why this amount$/, /^Payment plan$/, /^Payment schedule$/, /^Week by week$/, /^Good to know$/, /^Figures used/, /^Other ways to pay$/, /^Good Faith Estimate$/, /^The scenarios side by side$/];
const DISCLAIMER = /^This is an estimate, not|^(?:a )?plan|^bill\. What you pay|^Check your benefits/;

let server: Server;
let browser: Browser;
let pages: string[][];
let gfePages: string[][];

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    try {
      const body = readFileSync(normalize(join(ROOT, url.pathname)));
      response.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1440, height: 1000 });
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/page`);
  const saved = join(mkdtempSync(join(tmpdir(), 'iop-saved-')), 'ana-ruiz.json');
  writeFileSync(saved, toJson(THREE));
  const input = await tab.waitForSelector('iop-cost-estimator >>> iop-counselor-desk >>> input[type="file"]', { timeout: 20_000 });
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(saved);
  await tab.waitForSelector('iop-cost-estimator >>> iop-counselor-desk >>> table.side-by-side', { timeout: 20_000 });
  await tab.evaluate(() => document.fonts.ready);
  // PRINTED_PDFS=<folder> keeps the two PDFs there, to look at (pdftoppm turns them into PNG pages).
  const pdf = join(process.env.PRINTED_PDFS || mkdtempSync(join(tmpdir(), 'iop-print-')), 'estimate.pdf');
  await tab.pdf({ path: pdf, format: 'Letter' });
  pages = pdfPages(pdf);
  // Then only the self-pay scenario's Good Faith Estimate, as the actions' "What to print" chooses it.
  await tab.evaluate(() => {
    const desk = document.querySelector('iop-cost-estimator')!.shadowRoot!.querySelector('iop-counselor-desk')!.shadowRoot!;
    const what = desk.querySelector<HTMLSelectElement>('select[name="printWhat"]')!;
    what.value = 'gfe-3';
    what.dispatchEvent(new Event('change'));
  });
  await tab.evaluate(() => new Promise(requestAnimationFrame));
  const gfe = pdf.replace('estimate.pdf', 'gfe.pdf');
  await tab.pdf({ path: gfe, format: 'Letter' });
  gfePages = pdfPages(gfe);
});

/** Each page's non-empty lines (pdftotext separates pages with a form feed). */
function pdfPages(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
}

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the counselor’s printed estimate of three scenarios', () => {
  it('page 1 is the comparison, with each scenario’s total', () => {
    const first = pages[0]!.join('\n');
    assert.match(first, /The scenarios side by side/);
    // Worked by hand in test/counselor/counselor-desk.test.ts.
    // (The row's label wraps in its column: "The patient" beside the amounts, "pays" under it.)
    assert.match(first, /The patient(?: pays)?\s+\$4,000\.00\s+\$20,240\.00\s+\$12,600\.00/);
    assert.doesNotMatch(first, /Scenario 1:/);
  });

  it('page 1 holds the intake record and the lines the patient and the counselor sign', () => {
    const first = pages[0]!.join('\n');
    for (const part of [/Patient name: Ana Ruiz/, /Date of birth: Apr 9, 1988/, /Estimate number: E-2026-0412/, /Valid until: Jan 4, 2027/, /Counselor: Dana Lee/]) {
      assert.match(first, part);
    }
    assert.match(first, /I received this estimate\./);
    assert.match(first, /Patient or responsible party\s+Date/);
    assert.match(first, /Financial counselor: Dana Lee\s+Date/);
  });

  it('prints the benefits check under the plan it was made for', () => {
    const all = pages.map((lines) => lines.join('\n'));
    const first = all.findIndex((page) => /Scenario 1: Aetna PPO, in network/.test(page));
    assert.ok(first > 0, 'scenario 1 printed');
    assert.match(all[first]!, /Benefits check[\s\S]*Insurer: Aetna[\s\S]*Member ID: W123456789[\s\S]*Call reference: REF-88231/);
    assert.equal(all.filter((page) => /Member ID/.test(page)).length, 1);
  });

  it('has no empty page, and none that holds only a disclaimer', () => {
    assert.ok(pages.length >= 4, `${pages.length} pages`);
    pages.forEach((lines, i) => {
      assert.ok(lines.some((line) => !DISCLAIMER.test(line)), `page ${i + 1} holds only ${JSON.stringify(lines)}`);
    });
  });

  it('ends no page on a heading', () => {
    pages.forEach((lines, i) => {
      const last = lines[lines.length - 1] ?? '';
      assert.ok(!HEADINGS.some((heading) => heading.test(last)), `page ${i + 1} ends on "${last}"`);
    });
  });

  it('prints no staff instruction: what to complete before giving the Good Faith Estimate, and when it is due', () => {
    const all = pages.flat().join('\n');
    assert.match(all, /Good Faith Estimate/);
    assert.doesNotMatch(all, /To complete before giving it/);
    assert.doesNotMatch(all, /When it is due/);
  });

  it('printed alone, the Good Faith Estimate starts on page 1, with nothing of the rest', () => {
    assert.equal(gfePages[0]![0], 'Good Faith Estimate');
    const all = gfePages.flat().join('\n');
    assert.doesNotMatch(all, /The scenarios side by side|Scenario \d:|Estimate for a patient|Week by week/);
    // The self-pay total: 36 days at $350.00.
    assert.match(all, /Total expected charges\s+\$12,600\.00/);
    assert.ok(gfePages.length <= 3, `${gfePages.length} pages`);
  });
});

// `npm run test:wordpress` (.ci/run runs it after `npm test`, which makes the release): the WordPress plugin on a
// real WordPress 6.1 (Debian's, test/wordpress/wordpress-site.ts), in its two default themes. An Author's post with
// the block and one with the shortcode, each opened in Chromium at 375 and 1280 px: the center's prices shown
// (so the script ran as a module, with the configuration written into the page), axe clean on the widget, no
// console error, no request off the site. Screenshots in dist/wordpress-screenshots/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSite, type Site } from './wordpress-site.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SHOTS = join(ROOT, 'dist/wordpress-screenshots');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

interface Visit {
  prices: string;
  language: string | null;
  fallbackShown: boolean;
  scriptTypes: string[];
  preloads: string[];
  violations: string[];
  consoleErrors: string[];
  offSite: string[];
}

/**
 * A page logged in as the site's administrator, in a browser context of its own (closed with the page). With
 * cookies of an earlier login, the login page fills in the user name and, 200 ms after it loads, empties the
 * password field (its wp_attempt_focus); without them it selects the user name, which typing then replaced.
 * Either way a login failed now and then, so each starts clean and fills the fields rather than typing.
 */
async function asAdmin(browser: Browser, site: Site): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close());
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
  await page.evaluate(() => {
    document.querySelector<HTMLInputElement>('#user_login')!.value = 'admin';
    document.querySelector<HTMLInputElement>('#user_pass')!.value = 'admin-password';
  });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  const refused = () => document.querySelector('#login_error')?.textContent?.trim();
  assert.ok(page.url().includes('/wp-admin/'), `not logged in: ${page.url()} ${await page.evaluate(refused)}`);
  return page;
}

/** The block's post in the block editor, the block selected and its settings open in the sidebar. */
async function openBlockInEditor(page: Page, site: Site): Promise<void> {
  const id = new URL(site.posts.block).searchParams.get('p');
  await page.goto(`${site.url}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'load' });
  // The preview (ServerSideRender) holds the widget, which the module has defined in the editor too.
  // The editor loads some hundred files first: a busy machine takes a while.
  await page.waitForFunction(() => document.querySelector('[data-type="iop/cost-estimator"] iop-cost-estimator')?.shadowRoot?.querySelector('.prices [part="total"]'), { timeout: 45_000 });
  // Selected, with the block's settings open (whatever the editor's first-use state).
  await page.evaluate(() => {
    type Store = { selectBlock(id: string): void; openGeneralSidebar(name: string): void };
    const wp = (window as unknown as { wp: { data: { dispatch(store: string): Store; select(store: string): { getBlocks(): { clientId: string; name: string }[] } } } }).wp;
    const block = wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'iop/cost-estimator')!;
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
}

const labelShown = (page: Page, words: string) =>
  page.waitForFunction((w) => [...document.querySelectorAll('label')].some((label) => label.textContent === w), { timeout: 10_000 }, words);

async function visit(browser: Browser, site: Site, url: string, width: number, shot: string): Promise<Visit> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const offSite: string[] = [];
  page.on('console', (message) => {
    // The browser asks every new site for /favicon.ico, which this bare site does not have: not the page's error.
    const where = message.location().url ?? '';
    if (message.type() === 'error' && !where.endsWith('/favicon.ico')) consoleErrors.push(`${message.text()} ${where}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (!requested.protocol.startsWith('data') && requested.origin !== new URL(site.url).origin) offSite.push(request.url());
  });
  try {
    await page.setViewport({ width, height: width < 600 ? 800 : 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('iop-cost-estimator')?.shadowRoot?.querySelector('.prices [part="total"]'), { timeout: 15_000 });
    const seen = await page.evaluate(() => {
      const el = document.querySelector('iop-cost-estimator')!;
      return {
        prices: el.shadowRoot!.querySelector('.prices [part="total"]')!.textContent!.trim(),
        language: el.shadowRoot!.querySelector('.layout')?.getAttribute('lang') ?? null,
        fallbackShown: el.querySelector('.iop-cost-estimator-fallback')!.checkVisibility(),
        scriptTypes: [...document.querySelectorAll<HTMLScriptElement>('script[src*="iop-cost-estimator"]')].map((s) => `${s.type} ${new URL(s.src).pathname}${new URL(s.src).search}`),
        preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname),
      };
    });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['iop-cost-estimator']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
    return { ...seen, violations, consoleErrors, offSite };
  } finally {
    await page.close();
  }
}

for (const theme of ['twentytwentythree', 'twentytwentyone'] as const) {
  describe(`the WordPress plugin on WordPress 6.1, theme ${theme}`, () => {
    let site: Site;
    let browser: Browser;
    before(async () => {
      site = await startSite(theme);
      browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    });
    after(async () => {
      await browser?.close();
      site?.stop();
    });

    for (const [placed, width] of [['block', 375], ['block', 1280], ['shortcode', 375], ['shortcode', 1280]] as const) {
      it(`an Author's post with the ${placed}, at ${width} px: the center's prices, axe clean, no console error, nothing off the site`, async () => {
        const seen = await visit(browser, site, site.posts[placed], width, `${theme}-${placed}-${width}.png`);
        // The example center's self-pay price: 12 weeks x 3 days x $350.00.
        assert.equal(seen.prices, '$12,600.00');
        // The page's language, as WordPress writes it.
        assert.equal(seen.language, 'en-US');
        assert.equal(seen.fallbackShown, false);
        // A module (a plain script tag would fail on `export`), whatever query WordPress adds.
        assert.deepEqual(seen.scriptTypes, ['module /wp-content/plugins/iop-cost-estimator/assets/dist/iop-cost-estimator.js?ver=0.1.0']);
        assert.deepEqual(seen.preloads, ['/wp-content/plugins/iop-cost-estimator/assets/dist/first-screen.js']);
        assert.deepEqual(seen.violations, []);
        assert.deepEqual(seen.consoleErrors, []);
        assert.deepEqual(seen.offSite, []);
      });
    }

    it('the editor: the block’s preview is the running widget, and its settings are in the sidebar', async () => {
      const page = await asAdmin(browser, site);
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      try {
        await openBlockInEditor(page, site);
        const total = await page.evaluate(() => document.querySelector('[data-type="iop/cost-estimator"] iop-cost-estimator')!.shadowRoot!.querySelector('.prices [part="total"]')!.textContent!.trim());
        assert.equal(total, '$12,600.00');
        await labelShown(page, 'Coverage already chosen');
        assert.deepEqual(consoleErrors, []);
      } finally {
        await page.close();
      }
    });

    it('settings: an administrator’s configuration is checked as it is typed, each wrong field named, saved once right', async () => {
      const page = await asAdmin(browser, site);
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      try {
        await page.goto(`${site.url}/wp-admin/options-general.php?page=iop-cost-estimator`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('#iop-ce-check .notice-success'), { timeout: 10_000 });
        const center = JSON.parse(readFileSync(join(ROOT, 'data/centers/example.json'), 'utf8')) as { rates: Record<string, unknown> };
        const typeConfig = async (config: string) => {
          await page.$eval('#iop-ce-config', (box, value) => {
            (box as HTMLTextAreaElement).value = value;
            box.dispatchEvent(new Event('input', { bubbles: true }));
          }, config);
        };
        // A self-pay price above the gross charge: the widget would refuse it, and the page says which field.
        await typeConfig(JSON.stringify({ ...center, rates: { ...center.rates, selfPayPerUnit: '900.00' } }));
        const refused = await page.$eval('#iop-ce-check', (report) => report.textContent ?? '');
        assert.match(refused, /rates\.selfPayPerUnit: must not be above the gross charge/);
        assert.equal(await page.$eval('#submit', (button) => (button as HTMLButtonElement).disabled), true);
        await typeConfig('{ "name": ');
        assert.match(await page.$eval('#iop-ce-check', (report) => report.textContent ?? ''), /Not JSON yet/);
        // Right again, with a new self-pay price: saved, and the block's page shows it (36 days x $300.00).
        await typeConfig(JSON.stringify({ ...center, rates: { ...center.rates, selfPayPerUnit: '300.00' } }));
        assert.equal(await page.$eval('#submit', (button) => (button as HTMLButtonElement).disabled), false);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
        assert.match(await page.$eval('#setting-error-settings_updated, .notice-success', (notice) => notice.textContent ?? ''), /Settings saved/);
        await page.goto(site.posts.block, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('iop-cost-estimator')?.shadowRoot?.querySelector('.prices [part="total"]'), { timeout: 15_000 });
        const lines = await page.evaluate(() => [...document.querySelector('iop-cost-estimator')!.shadowRoot!.querySelectorAll('.prices .line dd')].map((dd) => dd.textContent!.trim()));
        assert.deepEqual(lines.slice(0, 2), ['$300.00', '$10,800.00']);
        assert.deepEqual(consoleErrors, []);
      } finally {
        await page.close();
      }
    });

    it('on a Spanish site: the widget in Spanish and the fallback words from the plugin’s Spanish', async () => {
      site.php("update_option( 'WPLANG', 'es_ES' );");
      const page = await browser.newPage();
      try {
        await page.goto(site.posts.shortcode, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('iop-cost-estimator')?.shadowRoot?.querySelector('h2')?.textContent === '¿Cuánto me costaría este programa?', { timeout: 15_000 });
        const seen = await page.evaluate(() => {
          const el = document.querySelector('iop-cost-estimator')!;
          return { language: el.getAttribute('language'), fallback: el.querySelector('.iop-cost-estimator-fallback')!.textContent };
        });
        assert.equal(seen.language, 'es');
        assert.equal(seen.fallback, 'Para saber cuánto le costaría nuestro programa, llame a nuestro equipo de admisión al 555-0100.');
        // The block editor's words in Spanish too (the script's translations, written by npm run release).
        const admin = await asAdmin(browser, site);
        try {
          await openBlockInEditor(admin, site);
          await labelShown(admin, 'Cobertura ya elegida');
        } finally {
          await admin.close();
        }
      } finally {
        await page.close();
        site.php("update_option( 'WPLANG', '' );");
      }
    });

    it('leaves no PHP notice, warning or error of the plugin in WordPress’s log', () => {
      const ours = site.log().split('\n').filter((line) => line.includes('iop-cost-estimator'));
      assert.deepEqual(ours, []);
    });
  });
}

// `npm run bench:browser`: what <iop-cost-estimator> costs the page it is embedded in, in headless Chromium,
// beside a bare Lit element that renders one line of text (bench/bare-lit-element.ts), so that the figure
// that matters is a ratio that holds from one machine to another.
//
// Both are minified ES modules served gzip-compressed by a local Node server this script starts: the built
// embed (dist/iop-cost-estimator.js and the first-screen.js it imports; `npm run build:embed` runs first if they are missing) and the bare
// element (built here with Vite and terser, as the embed is). Measured in the page:
//   first total: navigation start to the frame after the total is in the shadow DOM (a requestAnimationFrame
//                poll; "painted" = a message posted from that frame's rAF callback, which runs after its paint).
//                A page without presets shows the center's prices first (its `total` part: the program at the
//                self-pay price); a page that presets the coverage shows the person's total, after the rules;
//   keystroke:   a keydown's timestamp (a digit typed over the weeks field's selected text) to the frame after
//                the total's text changes (a MutationObserver on the shadow root, then rAF and a message).
// On a desktop profile (1280x800, no throttling) and a phone profile (375x667 at 2x, CPU slowed 4x, 1.6 Mbit/s
// down, 750 kbit/s up, 150 ms latency, by the DevTools protocol). Each run is a fresh browser context (no
// cache); one warm-up run is discarded; the pages take turns. Then 20 estimators on one page, each with its own
// center (config-src), beside 20 bare elements, on the desktop profile.
// Aims: the first total within 1.5x the bare element's on the phone, on the page the README shows (with its head
// lines); a keystroke under 16 ms on the desktop.
//
// A third page names the first screen's module and the center's file in its head (<link rel="modulepreload">,
// <link rel="preload">), as the README advises.
// BENCH_RUNS (default 7, at least 5) sets the runs; CHROME_PATH the browser (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EMBED = join(ROOT, 'dist/iop-cost-estimator.js');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const MANY = 20;
/** Digits typed one at a time over the weeks field's selected text: each one a new program length, so a new total. */
const KEYS = ['8', '6', '4', '9', '5', '7', '3', '2'];

const AIM_PHONE_FIRST_RATIO = 1.5;
const AIM_DESKTOP_KEY_MS = 16;

interface Profile {
  name: string;
  describe: string;
  viewport: { width: number; height: number; deviceScaleFactor: number; isMobile: boolean; hasTouch: boolean };
  cpuRate: number;
  /** Bytes a second and ms, as the DevTools protocol takes them; null: not throttled. */
  network: { download: number; upload: number; latency: number } | null;
}

const DESKTOP: Profile = {
  name: 'Desktop',
  describe: '1280x800, no throttling',
  viewport: { width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  cpuRate: 1,
  network: null,
};

const PHONE: Profile = {
  name: 'Phone',
  describe: '375x667 at 2x, CPU slowed 4x, 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency',
  viewport: { width: 375, height: 667, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  cpuRate: 4,
  network: { download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, latency: 150 },
};

// ---------------------------------------------------------------------------------------------------------
// What is served

/** The embed, built first if dist/ does not have it; a warning if the sources changed since. */
function embedFile(): Buffer {
  if (!existsSync(EMBED)) {
    console.log('dist/iop-cost-estimator.js is missing: running `npm run build:embed`');
    const built = spawnSync('npm', ['run', 'build:embed'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0 || !existsSync(EMBED)) throw new Error('`npm run build:embed` failed');
  } else {
    // src/cli/ is Node's only: never in the embed.
    const newest = newestMtime(join(ROOT, 'src'), join(ROOT, 'src/cli'));
    if (newest > statSync(EMBED).mtimeMs) {
      console.log('Note: src/ changed after dist/iop-cost-estimator.js was built; `npm run build:embed` measures the current sources.');
    }
  }
  return readFileSync(EMBED);
}

function newestMtime(dir: string, except: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === except) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path, except) : statSync(path).mtimeMs);
  }
  return newest;
}

/** bench/bare-lit-element.ts as one minified ES module with Lit inlined, as the embed is built. */
async function bareElementFile(): Promise<Buffer> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    mode: 'production',
    build: {
      write: false,
      lib: { entry: join(ROOT, 'bench/bare-lit-element.ts'), formats: ['es'], fileName: 'bare-lit-element' },
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`the bare element built into ${chunks.length} files, not one`);
  return Buffer.from(chunks[0]!.code);
}

/** Center n of the many-instances page: the example center with its own name and rates. */
function manyCenter(example: Record<string, unknown>, n: number): string {
  const rates = example.rates as Record<string, unknown>;
  return JSON.stringify({
    ...example,
    example: false,
    name: `Bench Center ${n + 1}`,
    rates: { ...rates, chargePerUnit: `${900 + 10 * n}.00`, selfPayPerUnit: `${300 + 5 * n}.00` },
  });
}

/**
 * In the page before anything else: `__firstTotal` resolves when every element of the page shows a total,
 * `__armKeystroke()` starts waiting for the next keydown and the total it changes (`__keystroke`).
 * Times are performance.now(), whose origin is the navigation's start.
 */
function probe(tag: string, count: number): string {
  return `<script>
(() => {
  const totalOf = (el) => (el.shadowRoot?.querySelector('[part="total"]')?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const afterPaint = (then) => { const channel = new MessageChannel(); channel.port1.onmessage = () => then(performance.now()); channel.port2.postMessage(0); };
  window.__totals = () => [...document.querySelectorAll('${tag}')].map(totalOf);
  window.__firstTotal = new Promise((resolve) => {
    const poll = () => {
      const totals = window.__totals();
      if (totals.length === ${count} && totals.every(Boolean)) afterPaint((painted) => resolve({ painted, totals }));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  window.__armKeystroke = () => {
    const el = document.querySelector('${tag}');
    const before = totalOf(el);
    window.__keystroke = new Promise((resolve, reject) => {
      let down = null;
      addEventListener('keydown', (event) => {
        const now = performance.now();
        // The event's own time (when the browser took the key), unless it is not on the page's clock.
        down = event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 1000 ? event.timeStamp : now;
      }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const after = totalOf(el);
        if (after === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const changed = performance.now();
        requestAnimationFrame(() => afterPaint((painted) => resolve({ down, changed, painted, before, after })));
      });
      observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the total did not change (' + before + ')')); }, 10000);
    });
  };
})();
</script>`;
}

function page(title: string, script: string, tag: string, bodies: string[], head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${probe(tag, bodies.length)}
<script type="module" src="${script}"></script>
${head}</head>
<body>
<h1>${title}</h1>
${bodies.join('\n')}
</body>
</html>`;
}

interface Served {
  server: Server;
  origin: string;
  gzipBytes: Record<string, number>;
}

async function serve(embed: Buffer, bare: Buffer): Promise<Served> {
  const example = JSON.parse(readFileSync(join(ROOT, 'data/centers/example.json'), 'utf8')) as Record<string, unknown>;
  const files = new Map<string, { type: string; body: Buffer }>();
  const add = (path: string, type: string, body: string | Buffer) => files.set(path, { type, body: gzipSync(body, { level: 9 }) });
  const js = 'text/javascript; charset=utf-8';
  const htmlType = 'text/html; charset=utf-8';
  add('/iop-cost-estimator.js', js, embed);
  // Modules the embed loads only when asked (shared links, counselor mode), in case a page asks.
  for (const name of readdirSync(join(ROOT, 'dist'))) {
    if (name.endsWith('.js') && name !== 'iop-cost-estimator.js') add(`/${name}`, js, readFileSync(join(ROOT, 'dist', name)));
  }
  add('/bare-lit-element.js', js, bare);
  add('/center.json', 'application/json', readFileSync(join(ROOT, 'data/centers/example.json')));
  for (let n = 0; n < MANY; n++) add(`/centers/${n + 1}.json`, 'application/json', manyCenter(example, n));
  add('/estimator.html', htmlType, page('A center’s page', '/iop-cost-estimator.js', 'iop-cost-estimator', ['<iop-cost-estimator config-src="/center.json"></iop-cost-estimator>']));
  // The README's advice: a page that names the first screen's module and its center's file in its head has both
  // fetched beside the entry script, rather than one after it and the other as the first screen starts.
  add('/estimator-preloaded.html', htmlType, page('A center’s page', '/iop-cost-estimator.js', 'iop-cost-estimator', ['<iop-cost-estimator config-src="/center.json"></iop-cost-estimator>'], '<link rel="modulepreload" href="/first-screen.js">\n<link rel="preload" href="/center.json" as="fetch" crossorigin>\n'));
  // A page that presets the coverage (a Medicare page, say): the person's own total first, so the rules of
  // coverage (iop-estimate.js) load at once rather than when the person starts answering.
  add('/estimator-preset.html', htmlType, page('A center’s page', '/iop-cost-estimator.js', 'iop-cost-estimator', ['<iop-cost-estimator plan-type="private" config-src="/center.json"></iop-cost-estimator>']));
  add('/estimator-built-in.html', htmlType, page('A center’s page', '/iop-cost-estimator.js', 'iop-cost-estimator', ['<iop-cost-estimator></iop-cost-estimator>']));
  add('/bare.html', htmlType, page('A center’s page', '/bare-lit-element.js', 'bare-lit-element', ['<bare-lit-element></bare-lit-element>']));
  const range = [...Array(MANY).keys()];
  add('/many.html', htmlType, page('Centers near you', '/iop-cost-estimator.js', 'iop-cost-estimator', range.map((n) => `<iop-cost-estimator plan-type="uninsured" config-src="/centers/${n + 1}.json"></iop-cost-estimator>`)));
  add('/many-bare.html', htmlType, page('Centers near you', '/bare-lit-element.js', 'bare-lit-element', range.map(() => '<bare-lit-element></bare-lit-element>')));

  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = files.get(path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    // Chromium always accepts gzip; a client that does not gets the file uncompressed.
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.body : gunzipSync(file.body);
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const gzipBytes = Object.fromEntries([...files].map(([path, { body }]) => [path, body.length]));
  return { server, origin: `http://127.0.0.1:${port}`, gzipBytes };
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

interface ProbeWindow {
  __firstTotal: Promise<{ painted: number; totals: string[] }>;
  __armKeystroke(): void;
  __keystroke: Promise<{ down: number; changed: number; painted: number; before: string; after: string }>;
}

/** A fresh page (its own browser context: nothing cached) with the profile's screen, CPU and network. */
async function open(browser: Browser, profile: Profile): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(profile.viewport);
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  if (profile.network) {
    const { download, upload, latency } = profile.network;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: download, uploadThroughput: upload });
  }
  return { page, close: () => context.close() };
}

interface Load {
  /** Navigation start to the frame in which every total of the page is on screen. */
  ms: number;
  totals: string[];
  /** Where the time went, from navigation start: the script's last byte, DOMContentLoaded's end (the module has run), the center's last byte (0: none). */
  phases: { script: number; ran: number; config: number };
}

async function firstTotal(page: Page, url: string, profile: Profile): Promise<Load> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const { painted, totals } = await page.evaluate(() => (window as unknown as ProbeWindow).__firstTotal);
  // No named functions in here: tsx would wrap them in a helper (__name) that the page does not have.
  const phases = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    // The scripts the first screen needs: the embed's entry and its first-screen.js, or the bare element.
    const scripts = resources.filter((e) => /\/(iop-cost-estimator|first-screen|bare-lit-element)\.js$/.test(e.name));
    const script = scripts.sort((a, b) => b.responseEnd - a.responseEnd)[0];
    const config = resources.filter((e) => e.name.endsWith('.json')).map((e) => e.responseEnd);
    return { script: script?.responseEnd ?? 0, ran: navigation.domContentLoadedEventEnd, config: Math.max(0, ...config), configFetches: resources.filter((e) => e.name.endsWith('/center.json')).length, scriptFetch: script ? script.responseEnd - script.startTime : 0 };
  });
  // A preload the widget's own request did not match would fetch the file twice, and measure nothing.
  if (phases.configFetches > 1) throw new Error(`${url}: the center's file was fetched ${phases.configFetches} times`);
  // The throttling took: the page's script cannot arrive sooner than one round trip after it was asked for.
  if (profile.network && phases.scriptFetch < profile.network.latency) {
    throw new Error(`the network was not throttled: the script arrived in ${phases.scriptFetch.toFixed(0)} ms`);
  }
  return { ms: painted, totals, phases: { script: phases.script, ran: phases.ran, config: phases.config } };
}

/** Keydown to the frame after the new total, for each of KEYS typed over the weeks field's text, in ms. */
async function keystrokes(page: Page, tag: string): Promise<number[]> {
  const samples: number[] = [];
  for (const key of KEYS) {
    await page.evaluate((tag: string) => {
      const input = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLInputElement>('input[name="weeks"]')!;
      input.focus();
      input.select();
      // Two frames: whatever the focus changed is painted before the key.
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, tag);
    await page.evaluate(() => (window as unknown as ProbeWindow).__armKeystroke());
    await page.keyboard.press(key as '8');
    const { down, painted, before, after } = await page.evaluate(() => (window as unknown as ProbeWindow).__keystroke);
    if (before === after) throw new Error(`typing ${key} did not change the total`);
    samples.push(painted - down);
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function figure(values: number[]): string {
  const ms = (v: number) => v.toFixed(1);
  return `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))}, ${values.length} samples)`;
}

const pad = (label: string) => label.padEnd(42);

interface Variant {
  label: string;
  path: string;
  tag: string;
  /** Keystrokes are measured on this page too. */
  keys: boolean;
}

const ESTIMATOR: Variant = { label: 'estimator, config-src', path: '/estimator.html', tag: 'iop-cost-estimator', keys: true };
const PRELOADED: Variant = { label: 'estimator, README head lines', path: '/estimator-preloaded.html', tag: 'iop-cost-estimator', keys: false };
const PRESET: Variant = { label: 'estimator, coverage preset', path: '/estimator-preset.html', tag: 'iop-cost-estimator', keys: true };
const BUILT_IN: Variant = { label: 'estimator, built-in example center', path: '/estimator-built-in.html', tag: 'iop-cost-estimator', keys: false };
const BARE: Variant = { label: 'bare Lit element', path: '/bare.html', tag: 'bare-lit-element', keys: true };

async function measureProfile(browser: Browser, origin: string, profile: Profile): Promise<void> {
  const variants = [ESTIMATOR, PRELOADED, PRESET, BUILT_IN, BARE];
  const loads = new Map<Variant, Load[]>(variants.map((v) => [v, []]));
  const keys = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  // One warm-up run of each page (the browser's own first-use costs), then the pages take turns.
  for (let run = -1; run < RUNS; run++) {
    for (const variant of variants) {
      const { page, close } = await open(browser, profile);
      try {
        const load = await firstTotal(page, origin + variant.path, profile);
        const typed = variant.keys ? await keystrokes(page, variant.tag) : [];
        if (run >= 0) {
          loads.get(variant)!.push(load);
          keys.get(variant)!.push(...typed);
        }
      } finally {
        await close();
      }
    }
  }
  const first = (variant: Variant) => loads.get(variant)!.map((load) => load.ms);
  // The aim is judged on the page the README shows (its head lines); the page without them is printed beside it.
  const firstRatio = median(first(PRELOADED)) / median(first(BARE));
  console.log(`\n${profile.name} (${profile.describe}), ${RUNS} runs`);
  console.log('  First total on screen, from navigation start');
  for (const variant of variants) console.log(`    ${pad(variant.label)}${figure(first(variant))}`);
  const firstAim = profile === PHONE ? `  aim <= ${AIM_PHONE_FIRST_RATIO}x: ${firstRatio <= AIM_PHONE_FIRST_RATIO ? 'ok' : 'OVER'}` : '';
  const ratio = (variant: Variant) => (median(first(variant)) / median(first(BARE))).toFixed(2);
  console.log(`    ${pad('ratio estimator / bare')}${firstRatio.toFixed(2)}x with the README's head lines${firstAim}; without them ${ratio(ESTIMATOR)}x (coverage preset: ${ratio(PRESET)}x, built-in center: ${ratio(BUILT_IN)}x)`);
  console.log('  Where the time goes (medians, ms from navigation start)');
  for (const variant of variants) {
    const at = (phase: keyof Load['phases']) => median(loads.get(variant)!.map((load) => load.phases[phase])).toFixed(0);
    const config = variant === ESTIMATOR || variant === PRELOADED || variant === PRESET ? `, center.json in ${at('config')}` : '';
    console.log(`    ${pad(variant.label)}script in ${at('script')}, run by ${at('ran')} (DOMContentLoaded)${config}, total painted ${median(first(variant)).toFixed(0)}`);
  }
  console.log(`  Keystroke in the weeks field to the new total painted (${KEYS.length} keys a run)`);
  for (const variant of [ESTIMATOR, PRESET, BARE]) console.log(`    ${pad(variant.label)}${figure(keys.get(variant)!)}`);
  const keyMs = median(keys.get(ESTIMATOR)!);
  const keyAim = profile === DESKTOP ? `  aim < ${AIM_DESKTOP_KEY_MS} ms: ${keyMs < AIM_DESKTOP_KEY_MS ? 'ok' : 'OVER'}` : '';
  console.log(`    ${pad('ratio estimator / bare')}${(keyMs / median(keys.get(BARE)!)).toFixed(2)}x${keyAim}`);
}

/** 20 estimators, each fetching its own center, beside 20 bare elements: until every total is on screen. */
async function measureMany(browser: Browser, origin: string): Promise<void> {
  const variants = [
    { label: `${MANY} estimators, each its own config-src`, path: '/many.html' },
    { label: `${MANY} bare Lit elements`, path: '/many-bare.html' },
  ];
  const samples = variants.map(() => [] as number[]);
  for (let run = -1; run < RUNS; run++) {
    for (const [i, variant] of variants.entries()) {
      const { page, close } = await open(browser, DESKTOP);
      try {
        const { ms, totals } = await firstTotal(page, origin + variant.path, DESKTOP);
        if (i === 0 && new Set(totals).size !== MANY) throw new Error(`the ${MANY} estimators show ${new Set(totals).size} different totals: ${totals.join(', ')}`);
        if (run >= 0) samples[i]!.push(ms);
      } finally {
        await close();
      }
    }
  }
  console.log(`\nMany instances (${DESKTOP.name}, ${DESKTOP.describe}), ${RUNS} runs`);
  console.log(`  All ${MANY} totals on screen, from navigation start`);
  for (const [i, variant] of variants.entries()) console.log(`    ${pad(variant.label)}${figure(samples[i]!)}`);
  console.log(`    ${pad('ratio estimators / bare')}${(median(samples[0]!) / median(samples[1]!)).toFixed(2)}x`);
}

const embed = embedFile();
const bare = await bareElementFile();
const { server, origin, gzipBytes } = await serve(embed, bare);
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  // As web-test-runner.config.js launches it.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const kb = (path: string) => `${(gzipBytes[path]! / 1024).toFixed(1)} KB gzip`;
  console.log(`${await browser.version()}; served from ${origin}`);
  console.log(`iop-cost-estimator.js ${kb('/iop-cost-estimator.js')} + first-screen.js ${kb('/first-screen.js')}, bare-lit-element.js ${kb('/bare-lit-element.js')}, center.json ${kb('/center.json')}`);
  console.log('Times are medians (min–max) of fresh page loads, each in its own browser context.');
  await measureProfile(browser, origin, DESKTOP);
  await measureProfile(browser, origin, PHONE);
  await measureMany(browser, origin);
} finally {
  await browser.close();
  server.close();
}

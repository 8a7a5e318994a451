// The release's site zip (`npm run release`, which `npm test` runs first), unpacked and served as a web manager's
// upload or a CDN would serve it (web-test-runner.config.js, releaseZip: /release/<folder>/<file>, with CORS).
// Its example page works from the folder; a page on another origin loads the scripts as from a CDN, each
// checked by its integrity hash, and refuses a file whose hash does not match.
import { afterEach, describe, it } from '../ui/mocha.ts';
import { expect, waitUntil } from '@open-wc/testing';
import pkg from '../../package.json';

type Frame = Window & typeof globalThis;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

/** The zip's folder ("iop-cost-estimator-0.1.0/") and its files. */
async function release(): Promise<{ folder: string; files: string[] }> {
  const files = (await (await fetch('/release/files.json')).json()) as string[];
  const folder = files[0]!.split('/')[0]!;
  return { folder, files: files.map((file) => file.slice(folder.length + 1)) };
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

async function frame(attributes: { src?: string; srcdoc?: string }): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.width = '1280';
  iframe.height = '900';
  Object.assign(iframe, attributes);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe.contentWindow as Frame;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pricesTotal = (el: Element) => text(el.shadowRoot?.querySelector('.prices [part="total"]'));

describe('the release’s site zip', () => {
  it('holds the embed and every file it loads, the how-to, the example, the schema, the licences and the audit', async () => {
    const { folder, files } = await release();
    expect(folder).to.equal(`iop-cost-estimator-${pkg.version}`);
    for (const file of ['iop-cost-estimator.js', 'first-screen.js', 'estimate.js', 'es.js', 'result-details.js', 'iop-counselor-desk.js', 'translations/es.js', 'our-center.json', 'center-config.schema.json', 'example.html', 'HOW-TO.html', 'integrity.json', 'LICENSE', 'THIRD-PARTY-LICENSES.txt', 'CHANGELOG.md', 'AUDIT.txt']) {
      expect(files, file).to.include(file);
    }
    // Every script the entry can load is in the folder: its imports, followed through.
    const seen = new Set<string>();
    const todo = ['iop-cost-estimator.js'];
    for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      expect(files, `${file}, imported by the embed`).to.include(file);
      const code = await (await fetch(`/release/${folder}/${file}`)).text();
      todo.push(...[...code.matchAll(/(?:\bfrom|\bimport)\s*\(?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]!));
    }
    expect(seen.size).to.be.greaterThan(6);
  });

  it('says each script’s integrity hash truly (SHA-384 of the file served)', async () => {
    const { folder, files } = await release();
    const hashes = (await (await fetch(`/release/${folder}/integrity.json`)).json()) as Record<string, string>;
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(Object.keys(hashes).sort()).to.deep.equal(scripts.sort());
    for (const script of scripts) expect(hashes[script], script).to.equal(await sha384(`/release/${folder}/${script}`));
    const howTo = await (await fetch(`/release/${folder}/HOW-TO.html`)).text();
    expect(howTo).to.contain(`integrity="${hashes['iop-cost-estimator.js']}"`);
  });

  it('has an example page that works from the folder as uploaded, in English and in Spanish', async () => {
    const { folder } = await release();
    const win = await frame({ src: `/release/${folder}/example.html` });
    const [english, spanish] = [...win.document.querySelectorAll('iop-cost-estimator')];
    // The example center: 12 weeks x 3 days x $350.00 self-pay.
    await waitUntil(() => pricesTotal(english!) === '$12,600.00', 'the English widget did not show its prices', { timeout: 5000 });
    await waitUntil(() => text(spanish!.shadowRoot?.querySelector('h2')) === '¿Cuánto me costaría este programa?', 'the Spanish widget is not Spanish', { timeout: 5000 });
    expect(pricesTotal(spanish!)).to.equal('$12,600.00');
  });
});

describe('the release from a CDN (another origin), with integrity hashes', () => {
  /** A page on this origin loading the zip's scripts from the server's other name, as the how-to shows. */
  async function cdnPage(hashes: Record<string, string>): Promise<Frame> {
    const { folder } = await release();
    const cdn = `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/release/${folder}`;
    const integrity = Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [`${cdn}/${file}`, hash]));
    const config = await (await fetch(`/release/${folder}/our-center.json`)).text();
    return frame({
      srcdoc: `<!doctype html><html lang="en"><head>
<script type="importmap">${JSON.stringify({ integrity })}</script>
<link rel="modulepreload" href="${cdn}/first-screen.js" integrity="${hashes['first-screen.js']}" crossorigin>
<script type="module" src="${cdn}/iop-cost-estimator.js" integrity="${hashes['iop-cost-estimator.js']}" crossorigin></script>
</head><body>
<iop-cost-estimator plan-type="uninsured"><script type="application/json">${config}</script><p class="fallback">Call 555-0199.</p></iop-cost-estimator>
</body></html>`,
    });
  }

  it('runs, and loads the rules of coverage from there too, each file checked', async () => {
    const { folder } = await release();
    const hashes = (await (await fetch(`/release/${folder}/integrity.json`)).json()) as Record<string, string>;
    const win = await cdnPage(hashes);
    const el = win.document.querySelector('iop-cost-estimator')!;
    // Paying themselves at the example center: 36 days x $350.00, the person's own total (estimate.js loaded).
    await waitUntil(() => text(el.shadowRoot?.querySelector('.summary:not(.prices) [part="total"]')) === '$12,600.00', 'no total from the CDN’s files', { timeout: 5000 });
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(loaded.filter((url) => url.pathname.endsWith('/estimate.js')).map((url) => url.origin)).to.deep.equal([new URL(loaded.find((url) => url.pathname.endsWith('/iop-cost-estimator.js'))!.href).origin]);
    expect(loaded.find((url) => url.pathname.endsWith('/iop-cost-estimator.js'))!.origin).not.to.equal(location.origin);
  });

  it('refuses a script whose hash does not match: the host’s fallback words show instead', async () => {
    const { folder } = await release();
    const hashes = (await (await fetch(`/release/${folder}/integrity.json`)).json()) as Record<string, string>;
    const win = await cdnPage({ ...hashes, 'first-screen.js': hashes['estimate.js']! });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(win.customElements.get('iop-cost-estimator')).to.equal(undefined);
    expect(win.document.querySelector<HTMLElement>('.fallback')!.checkVisibility()).to.equal(true);
  });
});

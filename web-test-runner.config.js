// Browser tests run in Debian's Chromium (Playwright's and Puppeteer's downloads cannot be reached here).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { STRICT_CSP, servedFile, TYPES } from './demo/strict-csp-server.mjs';
import { unzipSync } from 'fflate';
import { readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** How many times "another site" was asked for a center's file (test/ui/embedding.test.ts). */
let elsewhereAsked = 0;
/** The release's zip as last unpacked (releaseZip). */
let unpacked;

export default {
  // Everything but the command-line tests and the WordPress plugin's (npm run test:wordpress), which need Node.
  files: ['test/**/*.test.ts', '!test/cli/**', '!test/print/**', '!test/wordpress/**'],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // A test that runs axe on many states takes about a second alone and more on a busy CI machine:
  // mocha's default of 2 s made it flaky. The timings that matter are measured by benchmarks, not here.
  testFramework: { config: { timeout: 10000 } },
  // Center configurations fetched by `config-src` in the tests are served as plain JSON; every other .json
  // is imported by code, and the esbuild plugin turns it into a module.
  middleware: [
    // config-src's attacks and accidents (test/ui/embedding.test.ts): a redirect to another site, one within
    // this site, a file too large, and a server that never answers.
    async function configSrcCases(context, next) {
      // "Another site": this same server under its other name, so that a request that reached it is counted.
      const [hostname, port] = context.host.split(':');
      const elsewhere = `http://${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
      const cases = {
        '/test/ui/fixtures/redirect-elsewhere.json': () => context.redirect(`${elsewhere}/test/ui/fixtures/elsewhere.json`),
        '/test/ui/fixtures/elsewhere.json': () => {
          elsewhereAsked += 1;
          context.set('Access-Control-Allow-Origin', '*');
          context.type = 'application/json';
          context.body = JSON.stringify({ name: 'Another site' });
        },
        '/test/ui/fixtures/elsewhere-asked': () => {
          context.type = 'application/json';
          context.body = JSON.stringify(elsewhereAsked);
        },
        '/test/ui/fixtures/moved.json': () => context.redirect('/test/ui/fixtures/center.json'),
        '/test/ui/fixtures/too-large.json': () => {
          context.type = 'application/json';
          context.body = JSON.stringify({ name: 'x'.repeat(1_100_000) });
        },
        '/test/ui/fixtures/never.json': () => new Promise((resolve) => setTimeout(resolve, 5000)),
      };
      const handle = cases[context.path];
      return handle ? handle() : next();
    },
    async function rawJsonFixtures(context, next) {
      if (context.path.startsWith('/test/ui/fixtures/') && context.path.endsWith('.json')) {
        try {
          context.body = await readFile(new URL(`.${context.path}`, import.meta.url));
          context.type = 'application/json';
        } catch {
          context.status = 404;
        }
        return;
      }
      return next();
    },
    // test/embed/release.test.ts: the release's site zip (dist/release/, made by `npm run release`, which `npm test`
    // runs first), unpacked and served under /release/ as a web manager's upload or a CDN would serve it: with CORS,
    // so that a page on this server's other name (127.0.0.1 for localhost) can load it like a CDN's files.
    async function releaseZip(context, next) {
      if (!context.path.startsWith('/release/')) return next();
      const zip = readdirSync(new URL('./dist/release/', import.meta.url)).find((name) => name.endsWith('-site.zip'));
      if (!zip) {
        context.status = 404;
        context.body = 'no release: run `npm run release`';
        return;
      }
      const path = new URL(`./dist/release/${zip}`, import.meta.url);
      if (unpacked?.zip !== zip || unpacked.mtime !== statSync(path).mtimeMs) {
        unpacked = { zip, mtime: statSync(path).mtimeMs, files: unzipSync(new Uint8Array(await readFile(path))) };
      }
      const wanted = context.path.slice('/release/'.length);
      const body = wanted === 'files.json' ? JSON.stringify(Object.keys(unpacked.files)) : unpacked.files[wanted];
      context.set('Access-Control-Allow-Origin', '*');
      context.set('Cache-Control', 'no-store');
      if (!body) {
        context.status = 404;
        return;
      }
      context.type = wanted === 'files.json' ? 'application/json' : (TYPES[extname(wanted)] ?? 'application/octet-stream');
      context.body = typeof body === 'string' ? body : Buffer.from(body);
    },
    // test/embed/layout-shift.test.ts: the built embed as a phone's network brings it, each file of dist/ after
    // /slow/<ms>/dist/<file> waits <ms> (so the host's fallback content paints first, as it does on a phone).
    async function slowDist(context, next) {
      const match = /^\/slow\/(\d+)(\/dist\/.*)$/.exec(context.path);
      if (!match) return next();
      await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
      const file = await servedFile(match[2]);
      if (!file) {
        context.status = 404;
        return;
      }
      context.set('Cache-Control', 'no-store');
      context.type = file.type;
      context.body = file.body;
    },
    // test/embed/csp.test.ts: demo/strict-csp.html and the built embed, as demo/strict-csp-server.mjs serves
    // them, under /csp/<variant>/, with the policy as an HTTP header:
    //   strict:    STRICT_CSP, the policy the widget must work under;
    //   strict-ver: the same, the page's scripts loaded with `?ver=0.1.0` as WordPress writes them;
    //   tt-none, tt-other: the same but for a Trusted Types allow-list without `lit-html` (the widget cannot start);
    //   no-script: STRICT_CSP, and every file of dist/ missing (404).
    async function strictCspDemo(context, next) {
      const match = /^\/csp\/(strict-ver|strict|tt-none|tt-other|no-script)(\/.*)$/.exec(context.path);
      if (!match) return next();
      const [, variant, path] = match;
      const trustedTypes = { 'tt-none': "trusted-types 'none'", 'tt-other': 'trusted-types another-widget' }[variant];
      context.set('Content-Security-Policy', trustedTypes ? STRICT_CSP.replace('trusted-types lit-html', trustedTypes) : STRICT_CSP);
      context.set('Cache-Control', 'no-store');
      const file = variant === 'no-script' && path.startsWith('/dist/') ? null : await servedFile(path);
      if (!file) {
        context.status = 404;
        context.body = 'Not found';
        return;
      }
      context.type = file.type;
      context.body = variant === 'strict-ver' && path.endsWith('.html') ? String(file.body).replace(/(src="\.\.\/dist\/[\w/.-]+\.js)"/g, '$1?ver=0.1.0"') : file.body;
    },
  ],
  plugins: [
    // `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast mode, which the
    // stock emulateMedia command does not pass to Chrome.
    {
      name: 'emulate-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        const page = session.browser.getPage(session.id);
        await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }]);
        return true;
      },
    },
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox', // CI runs as root
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
};

// Browser tests run in Debian's Chromium (Playwright's and Puppeteer's downloads cannot be reached here).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  // Everything but the command-line tests, which need Node.
  files: ['test/**/*.test.ts', '!test/cli/**'],
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

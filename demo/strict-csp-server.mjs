// Serves demo/strict-csp.html and the built embed with a strict Content Security Policy sent as an HTTP
// header, the way a careful host would (a <meta> policy cannot carry every directive, and `npm start`'s
// Vite server sends none):
//
//   npm run build:embed && node demo/strict-csp-server.mjs      # then open http://localhost:8787/
//
// PORT sets the port. Only what the page needs is served: demo/, the built dist/ and data/centers/.
// The browser tests (test/embed/csp.test.ts) serve the same page with the same policy through
// web-test-runner.config.js, which takes STRICT_CSP from here.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy the widget is built and tested to work under, in every flow. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The folders a page under the policy may load from, relative to the repository. */
export const SERVED = ['demo/', 'dist/', 'data/centers/'];

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** A file under one of SERVED, or null (a path outside them, or `..`). */
export async function servedFile(path) {
  const relative = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..') || !SERVED.some((folder) => relative.startsWith(folder))) return null;
  try {
    return { body: await readFile(ROOT + relative), type: TYPES[extname(relative)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

function start(port) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Content-Security-Policy', STRICT_CSP);
    if (pathname === '/') {
      response.writeHead(302, { Location: '/demo/strict-csp.html' }).end();
      return;
    }
    const file = await servedFile(pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  server.listen(port, () => console.log(`Strict CSP demo: http://localhost:${port}/demo/strict-csp.html\nContent-Security-Policy: ${STRICT_CSP}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) start(Number(process.env.PORT) || 8787);

// `node --import tsx src/cli/third-party-licenses.ts [OUT_DIR]`, run by `npm run build:embed` after the builds:
// writes OUT_DIR/THIRD-PARTY-LICENSES.txt (by default dist/, beside the embed, so npm and every release carry it)
// with the name, version, licence and full licence text of each package the embed bundles. Lit's BSD-3-Clause
// licence and the MIT licences of decimal.js and zod require their notices to travel with the copies we ship;
// the embed's banner names them and points at this file.
//
// The texts are read from each installed package's own licence file (LICENSE, LICENCE.md...), never copied by
// hand, so a dependency update brings its new text and version. The list of bundled packages is checked against
// the runtime dependencies in node_modules: a new runtime dependency, direct or indirect, fails this script until
// it is listed here as bundled or as never reaching the browser, with the reason.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const THIRD_PARTY_FILE = 'THIRD-PARTY-LICENSES.txt';

/** The repository root: where package.json and node_modules are. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the built embed contains from node_modules (checked against dist/iop-cost-estimator.js when this list was written). */
export const BUNDLED_PACKAGES = ['lit', 'lit-element', 'lit-html', '@lit/reactive-element', 'decimal.js', 'zod'] as const;

/** Runtime dependencies that never reach the browser build, and why. */
export const NOT_BUNDLED: Readonly<Record<string, string>> = {
  '@lit-labs/ssr-dom-shim': 'imported only by the Node builds of Lit (the "node" export condition), never by the browser build',
  '@types/trusted-types': 'TypeScript declarations only, no code',
};

export interface BundledPackage {
  name: string;
  version: string;
  /** The SPDX expression in the package's package.json. */
  license: string;
  source?: string;
  /** Where the text was read, relative to the root (node_modules/lit/LICENSE). */
  licenseFile: string;
  text: string;
}

interface Manifest {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  repository?: string | { url?: string };
  homepage?: string;
}

/** The folder of `name` as Node would resolve it from `fromDir` (the nearest node_modules going up). */
function packageDir(name: string, fromDir: string, root: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) throw new Error(`${name} is not installed (run npm ci)`);
  }
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Every package `dependencies` reaches from the root package.json (devDependencies excluded), by name → folder. */
export function runtimeDependencies(root: string = ROOT): Map<string, string> {
  const found = new Map<string, string>();
  const todo: { name: string; from: string }[] = Object.keys(readManifest(root).dependencies ?? {}).map((name) => ({ name, from: root }));
  for (let next = todo.pop(); next; next = todo.pop()) {
    if (found.has(next.name)) continue;
    const dir = packageDir(next.name, next.from, root);
    found.set(next.name, dir);
    for (const name of Object.keys(readManifest(dir).dependencies ?? {})) todo.push({ name, from: dir });
  }
  return found;
}

/** A repository or home page address fit to print: no `git+` prefix or `.git` suffix. */
function sourceOf(manifest: Manifest): string | undefined {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return repository?.replace(/^git\+/, '').replace(/\.git$/, '') ?? manifest.homepage;
}

/** Each bundled package with its licence text. Throws when the list and node_modules disagree or a text is missing. */
export function bundledPackages(root: string = ROOT): BundledPackage[] {
  const runtime = runtimeDependencies(root);
  const bundled: readonly string[] = BUNDLED_PACKAGES;
  const unlisted = [...runtime.keys()].filter((name) => !bundled.includes(name) && !(name in NOT_BUNDLED));
  if (unlisted.length) {
    throw new Error(`runtime dependencies neither listed as bundled nor as not bundled in ${relative(root, fileURLToPath(import.meta.url))}: ${unlisted.sort().join(', ')}`);
  }
  const missing = bundled.filter((name) => !runtime.has(name));
  if (missing.length) throw new Error(`listed as bundled but not a runtime dependency: ${missing.join(', ')}`);

  return bundled.map((name) => {
    const dir = runtime.get(name)!;
    const manifest = readManifest(dir);
    const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt|markdown))?$/i.test(entry));
    if (!file) throw new Error(`${name} ${manifest.version} ships no licence file in ${relative(root, dir)}`);
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n').trim();
    if (!text) throw new Error(`${name} ${manifest.version}: ${file} is empty`);
    const source = sourceOf(manifest);
    return {
      name,
      version: manifest.version,
      license: manifest.license ?? 'not stated in package.json',
      ...(source ? { source } : {}),
      licenseFile: relative(root, join(dir, file)).split('\\').join('/'),
      text,
    };
  });
}

const RULE = '='.repeat(80);

/** The whole file: a list of the packages, then each one's licence in full. */
export function thirdPartyLicensesText(root: string = ROOT): string {
  const own = readManifest(root);
  const packages = bundledPackages(root);
  const title = `Third-party software in ${own.name} ${own.version}`;
  const lines = [
    title,
    '='.repeat(title.length),
    '',
    'The embed (iop-cost-estimator.js and the files beside it) bundles the packages',
    'below. Each is listed with its version and licence, then the full text of the',
    'licence file it ships, as its licence requires.',
    '',
    `${own.name}'s own code and data are under the ${own.license ?? 'MIT'} licence in LICENSE.`,
    '',
    ...packages.map((p) => `  ${p.name} ${p.version} (${p.license})`),
    '',
  ];
  for (const p of packages) {
    lines.push(RULE, `${p.name} ${p.version}`, `Licence: ${p.license}`);
    if (p.source) lines.push(`Source: ${p.source}`);
    lines.push(`Text from: ${p.licenseFile}`, '-'.repeat(80), '', p.text, '');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes OUT_DIR/THIRD-PARTY-LICENSES.txt and returns its path. */
export function writeThirdPartyLicenses(outDir = 'dist', root: string = ROOT): string {
  const out = join(outDir, THIRD_PARTY_FILE);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(out, thirdPartyLicensesText(root));
  return out;
}

function main(args: string[]): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    process.stderr.write('usage: node --import tsx src/cli/third-party-licenses.ts [OUT_DIR]\n');
    return 2;
  }
  try {
    const out = writeThirdPartyLicenses(args[0]);
    process.stdout.write(`${out}: the licences of ${BUNDLED_PACKAGES.length} bundled packages\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`third-party-licenses: ${(error as Error).message}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));

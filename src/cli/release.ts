// `npm run release`: what a center's web manager installs, in dist/release/, versioned from package.json.
//
//   iop-cost-estimator-<version>-site.zip, one folder iop-cost-estimator-<version>/ to upload to a site as it is:
//     iop-cost-estimator.js and every file it loads (first-screen.js, estimate.js, es.js, counselor mode...),
//     translations/es.js (for a page that loads Spanish itself), our-center.json (the example center, to edit),
//     center-config.schema.json (what an editor checks it with), example.html (a page with the widget, as the
//     README embeds it), HOW-TO.html (the steps, for a web manager), integrity.json (each script's Subresource
//     Integrity hash, for a page that loads them from a CDN), LICENSE, THIRD-PARTY-LICENSES.txt, CHANGELOG.md and
//     AUDIT.txt (what `npm audit --omit=dev` found: the release notes' line on known vulnerabilities).
//
//   iop-cost-estimator-wordpress-<version>.zip, the WordPress plugin (its sources: src/wordpress/iop-cost-estimator/)
//     with the embed's scripts in assets/dist/, its languages' .po compiled to .mo, LICENSE and
//     THIRD-PARTY-LICENSES.txt: Plugins > Add New > Upload.
//     Its version (the plugin header, IOP_CE_VERSION, readme.txt's stable tag) must be package.json's.
//
// `npm run release` builds the embed and the schema and runs the audit first (a known vulnerability stops it,
// SECURITY.md); the zip's files are those of dist/ as built.
// test/embed/release.test.ts unpacks the zip, serves it and opens its example page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { mo, po } from 'gettext-parser';
import { howTo } from './release-how-to.ts';
import { examplePage } from './release-example-page.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RELEASE_DIR = 'dist/release';

/** The scripts of the embed as built: dist/*.js and translations/*.js, by their path inside the folder. */
function scripts(dist: string): string[] {
  const top = readdirSync(dist).filter((name) => name.endsWith('.js'));
  const translations = existsSync(join(dist, 'translations')) ? readdirSync(join(dist, 'translations')).filter((name) => name.endsWith('.js')).map((name) => `translations/${name}`) : [];
  return [...top, ...translations].sort();
}

/** Subresource Integrity: "sha384-" and the file's SHA-384 digest in base64, as `integrity` attributes take it. */
export function integrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export interface Release {
  version: string;
  folder: string;
  siteZip: string;
  pluginZip: string;
  files: string[];
}

/** Every file under a folder, by its path relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** The same date on every file (the zip format's earliest), so that a release's zip depends on its files only. */
function zip(folder: string, files: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) zippable[`${folder}/${path}`] = [bytes, { mtime: new Date('1980-01-01T00:00:00Z') }];
  return zipSync(zippable, { level: 9 });
}

/** The handle WordPress gives the block's editor script (block.json's editorScript), its translations' file name. */
const EDITOR_HANDLE = 'iop-cost-estimator-editor-script';

interface GettextFile {
  headers: Record<string, string>;
  translations: Record<string, Record<string, { msgid: string; msgstr: string[]; comments?: { reference?: string } }>>;
}

/** A script's words as WordPress's `wp_set_script_translations` reads them (Jed's locale_data), from a .po file. */
function scriptTranslations(file: GettextFile, script: string): string {
  const messages: Record<string, unknown> = { '': { domain: 'messages', lang: file.headers['Language'] ?? '', 'plural-forms': file.headers['Plural-Forms'] ?? '' } };
  for (const entry of Object.values(file.translations[''] ?? {})) {
    if (entry.msgid && entry.comments?.reference?.split(/\s+/).includes(script)) messages[entry.msgid] = entry.msgstr;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/** The WordPress plugin: its sources, and the embed's scripts as assets/dist/. */
function plugin(root: string, version: string, scriptFiles: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const sources = join(root, 'src/wordpress/iop-cost-estimator');
  const files: Record<string, Uint8Array> = {};
  for (const path of filesUnder(sources)) files[path] = readFileSync(join(sources, path));
  // WordPress reads a language's words from its compiled .mo, made here from the .po kept in the repository, and
  // the block editor's (those of block/editor.js) from a JSON file named for the script's handle.
  for (const path of Object.keys(files).filter((file) => file.endsWith('.po'))) {
    const parsed = po.parse(files[path]!);
    files[path.replace(/\.po$/, '.mo')] = mo.compile(parsed);
    files[path.replace(/\.po$/, `-${EDITOR_HANDLE}.json`)] = strToU8(scriptTranslations(parsed as GettextFile, 'block/editor.js'));
  }
  const text = (path: string) => new TextDecoder().decode(files[path]);
  const stated = [
    ['the plugin header', /^ \* Version:\s*(\S+)/m.exec(text('iop-cost-estimator.php'))?.[1]],
    ['IOP_CE_VERSION', /define\( 'IOP_CE_VERSION', '([^']+)' \)/.exec(text('iop-cost-estimator.php'))?.[1]],
    ['readme.txt', /^Stable tag:\s*(\S+)/m.exec(text('readme.txt'))?.[1]],
  ];
  for (const [where, said] of stated) {
    if (said !== version) throw new Error(`the WordPress plugin's version in ${where} is ${said ?? 'missing'}, not package.json's ${version}`);
  }
  for (const [path, bytes] of Object.entries(scriptFiles)) files[`assets/dist/${path}`] = bytes;
  files['LICENSE'] = readFileSync(join(root, 'LICENSE'));
  files['THIRD-PARTY-LICENSES.txt'] = readFileSync(join(root, 'dist/THIRD-PARTY-LICENSES.txt'));
  return files;
}

export function release(root = ROOT): Release {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const dist = join(root, 'dist');
  const needed = ['iop-cost-estimator.js', 'first-screen.js', 'translations/es.js', 'THIRD-PARTY-LICENSES.txt', 'center-config.schema.json', 'AUDIT.txt'];
  const missing = needed.filter((file) => !existsSync(join(dist, file)));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(', ')}: run \`npm run release\`, which builds them`);

  const folder = `iop-cost-estimator-${pkg.version}`;
  const files: Record<string, Uint8Array> = {};
  const hashes: Record<string, string> = {};
  for (const script of scripts(dist)) {
    files[script] = readFileSync(join(dist, script));
    hashes[script] = integrity(files[script]);
  }
  files['THIRD-PARTY-LICENSES.txt'] = readFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'));
  files['center-config.schema.json'] = readFileSync(join(dist, 'center-config.schema.json'));
  files['LICENSE'] = readFileSync(join(root, 'LICENSE'));
  files['CHANGELOG.md'] = readFileSync(join(root, 'CHANGELOG.md'));
  // The example center, for the center to make its own: it keeps `"example": true`, so the widget labels its prices
  // as examples until that line is taken out.
  const example = JSON.parse(readFileSync(join(root, 'data/centers/example.json'), 'utf8')) as Record<string, unknown>;
  files['our-center.json'] = strToU8(`${JSON.stringify(example, null, 2)}\n`);
  files['integrity.json'] = strToU8(`${JSON.stringify(hashes, null, 2)}\n`);
  files['example.html'] = strToU8(examplePage(pkg.version));
  files['HOW-TO.html'] = strToU8(howTo(pkg.version, hashes));
  files['AUDIT.txt'] = readFileSync(join(dist, 'AUDIT.txt'));

  const out = join(root, RELEASE_DIR);
  mkdirSync(out, { recursive: true });
  const siteZip = `${folder}-site.zip`;
  writeFileSync(join(out, siteZip), zip(folder, files));
  const scriptFiles = Object.fromEntries(Object.keys(hashes).map((script) => [script, files[script]!]));
  const pluginZip = `iop-cost-estimator-wordpress-${pkg.version}.zip`;
  writeFileSync(join(out, pluginZip), zip('iop-cost-estimator', plugin(root, pkg.version, scriptFiles)));
  return { version: pkg.version, folder, siteZip: `${RELEASE_DIR}/${siteZip}`, pluginZip: `${RELEASE_DIR}/${pluginZip}`, files: Object.keys(files).sort() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const made = release();
    console.log(`${made.siteZip}: ${made.files.length} files in ${made.folder}/\n${made.pluginZip}: the WordPress plugin`);
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

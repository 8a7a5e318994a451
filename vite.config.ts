import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

// `npm start` serves index.html and demo/ from the sources.
// `npm run build` runs three builds:
//   --mode embed:        dist/iop-cost-estimator.js, the one-script-tag embed, which defines the element and imports
//                        first-screen.js: what the first screen needs (the element, its questions, the center's
//                        prices, Lit, zod, decimal.js, the English words), the two with their gzip size printed
//                        against the budget; beside them the files loaded later, among them estimate.js (the rules
//                        of coverage and their data, once a person starts answering), iop-estimate.js, a second
//                        entry that offers `estimate` to pages, and iop-check-config.js, a third, that checks a
//                        center's configuration (the WordPress plugin's settings page);
//   --mode translations: dist/translations/es.js, the Spanish words, for pages that add them;
//   --mode package:      dist/index.js for npm users, with lit, zod and decimal.js left as dependencies.
// The budget is the embed's ceiling, 45 KB gzip (README, "Size", has its history and what each part costs).
const EMBED_BUDGET_KB = 45;

const EMBED_NOTICE = `/*! iop-cost-estimator, MIT licence. Bundles Lit (c) 2017 Google LLC, BSD-3-Clause;
decimal.js (c) 2025 Michael Mclaughlin, MIT; zod (c) 2025 Colin McDonnell, MIT. Full licence texts: THIRD-PARTY-LICENSES.txt beside this file. */`;

/** The entry only imports first-screen.js, which carries the libraries and the full notice. */
const ENTRY_NOTICE = '/*! iop-cost-estimator, MIT licence */';

/** What a visitor downloads before the first screen shows: the entry and the one file it imports. */
const FIRST_SCREEN_FILES = ['iop-cost-estimator.js', 'first-screen.js'];

function sizeReport(): Plugin {
  return {
    name: 'iop-size-report',
    writeBundle(options, bundle) {
      // The file as served: gzip -9, 1 KB = 1,024 bytes (Vite's own lines measure a little differently).
      const gzipped = (file: string) => gzipSync(readFileSync(`${options.dir}/${file}`), { level: 9 }).length;
      for (const file of Object.keys(bundle)) {
        if (!file.endsWith('.js')) continue;
        const bytes = gzipped(file);
        const role = FIRST_SCREEN_FILES.includes(file) ? 'the first screen' : 'loaded only when needed';
        const size = readFileSync(`${options.dir}/${file}`).length;
        console.log(`\n${file}: ${(size / 1024).toFixed(1)} KB, ${(bytes / 1024).toFixed(1)} KB gzip = ${bytes} bytes (${role})`);
      }
      if (!FIRST_SCREEN_FILES.every((file) => file in bundle)) return;
      const firstScreen = FIRST_SCREEN_FILES.reduce((sum, file) => sum + gzipped(file), 0);
      const kb = firstScreen / 1024;
      console.log(`\nThe embed's first screen, ${FIRST_SCREEN_FILES.join(' + ')}: ${kb.toFixed(1)} KB gzip = ${firstScreen} bytes, ${kb <= EMBED_BUDGET_KB ? 'within' : 'OVER'} the ${EMBED_BUDGET_KB} KB budget`);
      // Over budget is a failed build, so `npm test` and CI go red rather than the embed growing unnoticed.
      if (kb > EMBED_BUDGET_KB) this.error(`the first screen is ${kb.toFixed(1)} KB gzip, over its ${EMBED_BUDGET_KB} KB budget`);
    },
  };
}

/**
 * The /* @__PURE__ *\/ marks Vite leaves in a library build for a bundler that would tree-shake it again:
 * the embed and translation files are served as they are, so the marks are bytes every visitor pays for
 * (about 70 in the embed, most of them zod's). Only the marks are taken out, however terser spaced them.
 */
function pureMarksDropped(): Plugin {
  return {
    name: 'iop-pure-marks-dropped',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\/\*\s*[#@]__PURE__\s*\*\//g, '');
      }
    },
  };
}

/**
 * Shrinks what every visitor downloads, without changing what runs: what the data files say for people
 * reading data/ and never shown (`notes` at any level, and a source's full `title`, `publisher` and `citation`: an
 * estimate cites its `label` and `url`) is dropped, and the stylesheet's comments and whitespace are collapsed.
 */
function slimmer(): Plugin {
  return {
    name: 'iop-slimmer',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]data[\\/].*\.json$/.test(id)) {
        const data = JSON.parse(code);
        // `notes` at any level (a file's, a figure's); the full reference only inside a source (an object with a
        // `label`): a `title` elsewhere in data/ would be kept.
        const fullReference = ['title', 'publisher', 'citation'];
        const slim = JSON.stringify(data, function (this: Record<string, unknown>, key, value) {
          return key === 'notes' || ('label' in this && fullReference.includes(key)) ? undefined : value;
        });
        return { code: slim, map: null };
      }
      if (/[\\/]src[\\/]ui[\\/].*(?<!\.styles)\.ts$/.test(id)) return { code: collapseTemplates(code), map: null };
      if (id.endsWith('.styles.ts')) {
        return {
          code: code.replace(/css`([^`]*)`/g, (_, sheet: string) => `css\`${minifyCss(sheet)}\``),
          map: null,
        };
      }
      return null;
    },
  };
}

/**
 * In html`` and svg`` templates, a run of whitespace with a line break becomes one space: the same to
 * HTML (no template here has <pre>), 0.25 KB less to download.
 */
function collapseTemplates(code: string): string {
  const parts: { start: number; end: number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; tag?: { name?: string }; quasi?: { quasis: { start: number; end: number }[] } };
    if (n.type === 'TaggedTemplateExpression' && (n.tag?.name === 'html' || n.tag?.name === 'svg')) parts.push(...n.quasi!.quasis);
    for (const child of Object.values(node)) visit(child);
  };
  visit(parseAst(code, { lang: 'ts' }));
  let out = code;
  for (const { start, end } of parts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

/** Comments and runs of whitespace out; no space after ':' or around braces, ';' and ','. */
function minifyCss(sheet: string): string {
  return sheet
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Terser rather than Vite's default minifier: 2 KB less gzip on the embed. Nobody tree-shakes these files
 * again, so whitespace and /* @__PURE__ *\/ marks go too: Vite keeps the marks in a library's ES build
 * whatever terser is told, so pureMarksDropped() takes them out of the finished files.
 */
const TERSER: BuildEnvironmentOptions = {
  minify: 'terser',
  terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
};

type Group = { name: string; test: (id: string) => boolean; includeDependenciesRecursively: false };

/**
 * Files by when a visitor needs them, each the modules one source file imports statically (read from the module
 * graph once it is built, not from a list that could go stale):
 * - first-screen.js: what the first screen needs (what src/iop-cost-estimator.ts imports: the element, its
 *   questions, the center's schema and prices, Lit, zod, decimal.js). The entry itself stays out of it, a file of a
 *   few lines that imports it: no other file imports the entry, so a page that loads it as
 *   `iop-cost-estimator.js?ver=1.0` (WordPress adds `?ver=`; CDNs add cache-busting queries) still has one copy
 *   of each module. Were the later files to import the entry by its name, the browser would see a second URL, load
 *   and run the whole embed again, and under a strict policy refuse the second copy of Lit's Trusted Types
 *   policy. The cost is one more round trip before the first screen, which a page saves with
 *   `<link rel="modulepreload" href=".../first-screen.js">` (README);
 * - estimate.js: what a person's total needs, but for what the embed has: the rules of coverage and their data
 *   (src/core/estimate.ts) and what shows the total (src/ui/answer.ts), in one file so that neither waits for
 *   another (iop-estimate.js offers `estimate` from it to pages).
 * Everything else imported lazily (the details, counselor mode) comes in files of Rolldown's choosing. Left to itself, Rolldown puts what a file shares with later ones in a third file
 * that it must import before it runs: the embed would wait for one before anything shows, and the total for one
 * more round trip.
 */
const ENTRY = /[\\/]src[\\/]iop-cost-estimator\.ts$/;

function screens(): { plugin: Plugin; groups: Group[] } {
  const firstScreen = new Set<string>();
  const total = new Set<string>();
  return {
    plugin: {
      name: 'iop-screens',
      buildEnd() {
        const ids = [...this.getModuleIds()];
        const closure = (pattern: RegExp, into: Set<string>, except: Set<string>) => {
          const start = ids.find((id) => pattern.test(id));
          const todo = start ? [start] : [];
          for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
            if (into.has(id) || except.has(id)) continue;
            into.add(id);
            todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
          }
        };
        closure(ENTRY, firstScreen, new Set());
        closure(/[\\/]src[\\/]core[\\/]estimate\.ts$/, total, firstScreen);
        closure(/[\\/]src[\\/]ui[\\/]answer\.ts$/, total, firstScreen);
      },
    },
    groups: [
      { name: 'first-screen', test: (id) => firstScreen.has(id) && !ENTRY.test(id), includeDependenciesRecursively: false },
      { name: 'estimate', test: (id) => total.has(id), includeDependenciesRecursively: false },
    ],
  };
}
const SCREENS = screens();

function buildFor(mode: string): BuildEnvironmentOptions {
  return mode === 'package'
      ? {
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^zod($|\/)/, 'decimal.js'],
            // As for the embed: one entry file, and lazily loaded modules apart (in their own folder, so their
            // names never meet the embed's, which sit beside it in dist/).
            preserveEntrySignatures: 'allow-extension',
            output: { chunkFileNames: 'package/[name].js' },
          },
        }
      : mode === 'embed'
        ? {
            outDir: 'dist',
            emptyOutDir: true,
            lib: { entry: { 'iop-cost-estimator': 'src/iop-cost-estimator.ts', 'iop-estimate': 'src/iop-estimate.ts', 'iop-check-config': 'src/iop-check-config.ts' }, formats: ['es'] },
            ...TERSER,
            rolldownOptions: {
              // Library mode keeps the entries' exports exactly as written ('strict'), which can move what an entry
              // shares with a lazily loaded module into yet another file every visitor downloads. Letting the files
              // export more keeps the first screen the entry and first-screen.js, and the lazily loaded modules small
              // and separate. Rolldown merges shared modules into a group's file only where that is safe: when
              // result-details.js used lit's ifDefined directive it was not, and the core went into a third file
              // (so the details' modules write an absent attribute as `nothing`). test/embed/ checks the files' imports.
              preserveEntrySignatures: 'allow-extension',
              // One notice names every bundled library's copyright and licence. Lazily loaded modules have
              // stable names, so a center uploads the same files with every release.
              output: { postBanner: (chunk) => (chunk.name === 'iop-cost-estimator' ? ENTRY_NOTICE : EMBED_NOTICE), chunkFileNames: '[name].js', codeSplitting: { groups: SCREENS.groups } },
            },
          }
        : mode === 'translations'
          ? {
              outDir: 'dist',
              emptyOutDir: false,
              lib: { entry: { 'translations/es': 'src/translations/es.ts' }, formats: ['es'] },
              ...TERSER,
            }
          : {};
}

export default defineConfig(({ mode }) => ({
  server: { open: '/index.html' },
  build: buildFor(mode),
  plugins:
    mode === 'embed' ? [slimmer(), SCREENS.plugin, pureMarksDropped(), sizeReport()]
    : mode === 'translations' ? [pureMarksDropped(), sizeReport()]
    : mode === 'package' ? [slimmer()]
    : [],
}));

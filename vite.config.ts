import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { parseAst } from 'rolldown/parseAst';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

// `npm start` serves index.html and demo/ from the sources.
// `npm run build` runs three builds:
//   --mode embed:        dist/iop-cost-estimator.js, one ES module with Lit, decimal.js, zod, the data and the
//                        English words inlined, for the one-script-tag embed; its gzip size is printed against the budget;
//   --mode translations: dist/translations/es.js, the Spanish words, for pages that add them;
//   --mode package:      dist/index.js for npm users, with lit, zod and decimal.js left as dependencies.
// 40 KB until plans as they are written (out-of-network terms, family limits, covered days) and the hooks
// of links and counselor mode, whose code loads apart (43 KB); then zod's own types, ranges and choices in
// the schemas (z.union, z.enum, z.int, z.minimum/maximum, z.multipleOf, z.regex instead of z.custom/z.refine),
// so the published JSON Schema says what the checks say: +1,598 bytes gzip (44,218 -> 45,816 bytes, the same
// tree built with the old and the new schemas.ts), and the link checks (+156 bytes): 45,972 bytes, so 45 KB.
// Then fuzzing's fixes and amounts and dates without Intl (about +110), less Vite's leftover pure marks (-90).
// Then the benefits audit's rules (issue 15: Medicare Advantage out of network and its maximum, QMB and full
// Medicaid with either Medicare, Medigap K, L and high-deductible F/G, accumulators, no self-pay where Medicare or
// Medicaid forbid it, their data and English and the widget's questions): +3.0 KB, 48,990 bytes. 45 KB could not hold them
// without leaving rules out. Then the details below the total and their styles load after it (result-details.js):
// -2.5 KB, and the first screen's fixes +0.4 KB: 46,996 bytes; the ceiling is 46 KB pending a decision. README, "Size".
const EMBED_BUDGET_KB = 46;

const EMBED_NOTICE = `/*! iop-cost-estimator, MIT licence. Bundles Lit (c) 2017 Google LLC, BSD-3-Clause;
decimal.js (c) 2025 Michael Mclaughlin, MIT; zod (c) 2025 Colin McDonnell, MIT. Licence texts: each package on npm. */`;

function sizeReport(): Plugin {
  return {
    name: 'iop-size-report',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!file.endsWith('.js')) continue;
        // The file as served: gzip -9, 1 KB = 1,024 bytes (Vite's own line below measures a little differently).
        const code = readFileSync(`${options.dir}/${file}`);
        const gzipBytes = gzipSync(code, { level: 9 }).length;
        const gzipKb = gzipBytes / 1024;
        const verdict = file !== 'iop-cost-estimator.js' ? 'loaded only by pages that ask for it'
          : gzipKb <= EMBED_BUDGET_KB ? `within the ${EMBED_BUDGET_KB} KB budget` : `OVER the ${EMBED_BUDGET_KB} KB budget`;
        console.log(`\n${file}: ${(code.length / 1024).toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzip = ${gzipBytes} bytes (${verdict})`);
        // Over budget is a failed build, so `npm test` and CI go red rather than the embed growing unnoticed.
        if (verdict.startsWith('OVER')) this.error(`${file} is ${gzipKb.toFixed(1)} KB gzip, over its ${EMBED_BUDGET_KB} KB budget`);
      }
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
 * reading data/ and never shown (`notes`, and a source's full `title`, `publisher` and `citation`: an
 * estimate cites its `label` and `url`) is dropped, and the stylesheet's comments and whitespace are collapsed.
 */
function slimmer(): Plugin {
  return {
    name: 'iop-slimmer',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]data[\\/].*\.json$/.test(id)) {
        const data = JSON.parse(code);
        delete data.notes;
        // Only inside a source (an object with a `label`): a `title` elsewhere in data/ would be kept.
        const fullReference = ['title', 'publisher', 'citation'];
        const slim = JSON.stringify(data, function (this: Record<string, unknown>, key, value) {
          return 'label' in this && fullReference.includes(key) ? undefined : value;
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
 * decimal.js's methods the core never calls: trigonometry, logarithms, powers and roots, other bases,
 * fractions, modulo, rounding other than to decimal places. decimal.js is one class, so tree-shaking keeps
 * all of its ~100 methods; dropping these cuts what every visitor downloads for it from 13 KB to 4 KB gzip.
 * Everything kept is decimal.js's own code, unchanged but for one line: a string that is not written in
 * decimal ("0x1f", "1_000", "Infinity") is refused rather than parsed, as every amount here is checked to be
 * decimal first. test/embed/ compares the built file's results with the full library's; calling a dropped
 * method in src/ fails the embed build.
 */
const DECIMAL_UNUSED = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'log', 'ln', 'exp', 'log2', 'log10', 'pow', 'sqrt', 'cbrt', 'hypot', 'random',
  'toBinary', 'toHex', 'toOctal', 'toFraction', 'toNearest', 'toExponential', 'toPrecision', 'toSD', 'sd', 'dp',
  'mod', 'divToInt', 'clamp', 'round', 'trunc', 'isPos',
];
/** The constructor's shortcuts (`Decimal.add(x, y)`): the core calls methods on amounts instead. */
const DECIMAL_UNUSED_STATICS = ['abs', 'add', 'sub', 'mul', 'div', 'ceil', 'floor', 'max', 'min', 'sum', 'sign'];

function decimalSubset(): Plugin {
  const unused = new Set(DECIMAL_UNUSED);
  // Checked before minifying: `amount.sqrt(`, `Decimal.add(`, `Money.sum(`; `Math.round(` is not decimal.js.
  const calls = new RegExp(
    `(?<!Math|Number)\\.(${DECIMAL_UNUSED.join('|')})\\(|\\b(?:Decimal|Money)\\.(${DECIMAL_UNUSED_STATICS.join('|')})\\(`,
  );
  return {
    name: 'iop-decimal-subset',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return null;
      let source = code.replace(/\r\n/g, '\n');
      let dropped = 0;
      // A method is a block `P.longName = P.shortName = function (...) {` ... `};` at the start of a line.
      source = source.replace(/^P\.\w+ = [\s\S]*?^};\n/gm, (block) => {
        const names = [...block.slice(0, block.indexOf('function')).matchAll(/P\.(\w+)/g)].map((m) => m[1]);
        if (!names.some((name) => unused.has(name!))) return block;
        dropped += 1;
        return '';
      });
      // The constructor's statics (`Decimal.sin = sin;`), and the constants only logarithms and trigonometry use.
      source = source.replace(/^ {2}Decimal\.(\w+) = \w+;.*\n/gm, (line, name: string) =>
        unused.has(name) || DECIMAL_UNUSED_STATICS.includes(name) ? '' : line,
      );
      // Non-decimal strings (hexadecimal, binary, octal, "1_000", "Infinity") are refused rather than parsed.
      source = source.replace('parseDecimal(x, v) : parseOther(x, v)', 'parseDecimal(x, v) : (() => { throw Error(invalidArgument + v); })()');
      source = source.replace(/^LN10 = new Decimal\(LN10\);\nPI = new Decimal\(PI\);\n/m, '');
      if (dropped < 30 || /^PI = new Decimal/m.test(source) || source.includes(': parseOther(x, v)')) {
        throw new Error(`decimal.js's layout changed (${dropped} methods matched): update decimalSubset() in vite.config.ts`);
      }
      return { code: source, map: null };
    },
    renderChunk(code) {
      const call = code.match(calls);
      if (call) throw new Error(`the embed calls decimal.js's ${call[1] ?? call[2]}(), which decimalSubset() in vite.config.ts drops`);
      return null;
    },
  };
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
            lib: { entry: { 'iop-cost-estimator': 'src/iop-cost-estimator.ts' }, formats: ['es'] },
            ...TERSER,
            rolldownOptions: {
              // Library mode keeps the entry's exports exactly as written ('strict'), which moves everything the
              // entry shares with a lazily loaded module into a third file every visitor downloads. Letting the
              // entry export more keeps it one file, and the lazily loaded module small and separate. Rolldown merges
              // what the entry shares with lazily loaded modules into the entry only where that is safe: when
              // result-details.js used lit's ifDefined directive it was not, and the core went into a third file
              // (so the details' modules write an absent attribute as `nothing`). test/embed/ checks it is one file.
              preserveEntrySignatures: 'allow-extension',
              // One notice names every bundled library's copyright and licence. Lazily loaded modules have
              // stable names, so a center uploads the same files with every release.
              output: { postBanner: EMBED_NOTICE, chunkFileNames: '[name].js' },
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
    mode === 'embed' ? [slimmer(), decimalSubset(), pureMarksDropped(), sizeReport()]
    : mode === 'translations' ? [pureMarksDropped(), sizeReport()]
    : mode === 'package' ? [slimmer()]
    : [],
}));

import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

// `npm start` serves index.html and demo/ from the sources.
// `npm run build` runs two builds:
//   --mode embed:   dist/iop-cost-estimator.js, one ES module with Lit, decimal.js, zod and the data
//                   inlined, for the one-script-tag embed; its gzip size is printed against the budget;
//   --mode package: dist/index.js for npm users, with lit, zod and decimal.js left as dependencies.
const EMBED_BUDGET_KB = 40;

function sizeReport(): Plugin {
  return {
    name: 'iop-size-report',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!file.endsWith('.js')) continue;
        const code = readFileSync(`${options.dir}/${file}`);
        const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
        const verdict = gzipKb <= EMBED_BUDGET_KB ? 'within' : 'OVER';
        console.log(`\n${file}: ${(code.length / 1024).toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzip (${verdict} the ${EMBED_BUDGET_KB} KB budget)`);
      }
    },
  };
}

/**
 * Shrinks what every visitor downloads, without changing what runs: the data files' `notes` (for people
 * reading data/, never shown) are dropped, and the stylesheet's comments and whitespace are collapsed.
 */
function slimmer(): Plugin {
  return {
    name: 'iop-slimmer',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]data[\\/].*\.json$/.test(id)) {
        const data = JSON.parse(code);
        delete data.notes;
        return { code: JSON.stringify(data), map: null };
      }
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

function buildFor(mode: string): BuildEnvironmentOptions {
  return mode === 'package'
      ? {
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
          rolldownOptions: { external: [/^lit($|\/)/, /^zod($|\/)/, 'decimal.js'] },
        }
      : mode === 'embed'
        ? {
            outDir: 'dist',
            emptyOutDir: true,
            lib: { entry: { 'iop-cost-estimator': 'src/iop-cost-estimator.ts' }, formats: ['es'] },
          }
        : {};
}

export default defineConfig(({ mode }) => ({
  server: { open: '/index.html' },
  build: buildFor(mode),
  plugins: mode === 'embed' ? [slimmer(), sizeReport()] : mode === 'package' ? [slimmer()] : [],
}));

// `npm run import-prices -- PRICE-FILE [--out CENTER.json]`: reads a hospital's machine-readable price file (CMS
// template v2.x or v3.0; JSON, tall CSV or wide CSV), picks its Intensive Outpatient Program rates and writes the
// start of a center configuration, saying what it found, what it used, what it skipped and what is left to fill in.
// Without --out the configuration goes to standard output and the report to standard error.
// Exit 0 when a configuration was written, 1 when the file holds no IOP service, 2 for a file it cannot read.
// What the file says (the hospital's name and address, payers, plans, skipped rows) is printed with its control
// characters made visible (terminal-text.ts); the configuration is JSON with every such character escaped.
import { writeFileSync } from 'node:fs';
import { centerSkeleton } from '../import/center-skeleton.ts';
import { describeCodeList } from '../import/iop-codes.ts';
import { PriceFileError, readPriceFile, type PriceFileReport } from '../import/price-file.ts';
import { SCHEMA_ID } from './center-config-schema.ts';
import { progressLine } from './progress-line.ts';
import { printLines, terminalJson } from './terminal-text.ts';

const USAGE = 'usage: npm run import-prices -- PRICE-FILE [--out CENTER.json]';

const LAYOUTS: Record<PriceFileReport['layout'], string> = { json: 'JSON', 'tall-csv': 'tall CSV', 'wide-csv': 'wide CSV' };

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

function readArgs(args: string[]): { file: string; out: string | null } | null {
  let file: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--out' && out === null && next && !next.startsWith('-')) out = args[++i]!;
    else if (!arg.startsWith('-') && file === null) file = arg;
    else return null;
  }
  return file ? { file, out } : null;
}

function heading(path: string, report: PriceFileReport): string[] {
  const { hospital } = report;
  const version = report.version ? `, CMS template ${report.version}` : '';
  const updated = hospital.lastUpdatedOn ? ` (file updated ${hospital.lastUpdatedOn})` : '';
  return [
    `${path}: ${LAYOUTS[report.layout]}${version}, ${plural(report.rowsRead, 'row')}`,
    `hospital: ${hospital.name ?? '(not named)'}${hospital.addresses[0] ? `, ${hospital.addresses[0]}` : ''}${updated}`,
  ];
}

function skippedLines(report: PriceFileReport): string[] {
  const total = report.skipped.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return [];
  return [
    `skipped ${plural(total, 'row')}:`,
    ...report.skipped.flatMap(({ reason, count, examples }) => [`  ${count.toLocaleString('en-US')} ${reason}`, ...examples.map((e) => `      e.g. ${e}`)]),
  ];
}

async function main(args: string[]): Promise<number> {
  const options = readArgs(args);
  if (!options) {
    printLines(process.stderr, [USAGE]);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  let report: PriceFileReport;
  // A line that follows a big file's reading, on a terminal only (progress-line.ts).
  const progress = progressLine(process.stderr, process.stderr.isTTY === true);
  try {
    report = await readPriceFile(options.file, { onProgress: progress.update });
  } catch (error) {
    progress.done();
    const code = (error as NodeJS.ErrnoException).code;
    const why = error instanceof PriceFileError ? (error as Error).message : code ? `can't be read (${code})` : String(error);
    printLines(process.stderr, [`${options.file}: ${why}`]);
    return 2;
  }
  progress.done();
  // The report goes where the configuration does not.
  const say = (lines: string[]) => printLines(options.out ? process.stdout : process.stderr, lines);

  const iopRates = report.rates.filter((rate) => !rate.toAsk);
  if (iopRates.length === 0) {
    const { notUsed } = centerSkeleton(report);
    say([
      ...heading(options.file, report),
      `no IOP services found: no row has an IOP code (${describeCodeList()}) in an outpatient setting. Nothing written.`,
      ...(notUsed.length ? ['to ask about:', ...notUsed.map((line) => `  ${line}`)] : []),
      ...skippedLines(report),
    ]);
    return 1;
  }

  const { config, used, notUsed, toFill } = centerSkeleton(report);
  // The $schema line first, so the center's editor completes and checks what is left to fill in.
  // terminalJson: the same JSON value, its DEL, C1 and bidi characters written \uXXXX, so the file is safe to print.
  const json = `${terminalJson({ $schema: SCHEMA_ID, ...config }, 2)}\n`;
  if (options.out) {
    try {
      writeFileSync(options.out, json);
    } catch (error) {
      printLines(process.stderr, [`${options.out}: can't be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Nothing written.`]);
      return 2;
    }
  } else process.stdout.write(json);
  say([
    ...heading(options.file, report),
    `found ${plural(iopRates.length, 'IOP standard charge')} (each payer and plan's charge counts once)`,
    `used:`,
    ...used.map((line) => `  ${line}`),
    ...(notUsed.length ? [`not used (${notUsed.length}):`, ...notUsed.map((line) => `  ${line}`)] : []),
    ...skippedLines(report),
    `still to fill in:`,
    ...toFill.map((line) => `  - ${line}`),
    options.out
      ? `wrote ${options.out}; when it is filled in: npm run check-config -- ${options.out}`
      : 'then save the configuration and check it: npm run check-config -- CENTER.json',
  ]);
  return 0;
}

// Whatever a file does to the reader, one line and exit 2, never a stack trace.
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  printLines(process.stderr, [`import-prices: the file could not be read (${error instanceof Error ? error.message : String(error)})`]);
  process.exitCode = 2;
}

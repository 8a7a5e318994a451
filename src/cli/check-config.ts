// `npm run check-config -- CENTER.json`: "ok" and a short summary, or every problem at once, each with the
// field, its value and what is expected (exit 2). Warnings (unusual, not wrong) are printed either way.
// Every line goes through printLines: the file's names, payers, keys and values are printed with their control
// characters made visible (terminal-text.ts), so a file cannot retitle the terminal or erase or forge a line.
import { readFileSync } from 'node:fs';
import { centerWarnings, type ConfigWarning } from '../core/center/center-warnings.ts';
import { participatesIn } from '../core/center/participation.ts';
import type { CenterConfig } from '../core/center/center-config.ts';
import { parseCenterConfig } from '../core/estimate.ts';
import { unknownFields } from '../core/center/unknown-fields.ts';
import { languageWarnings } from '../core/center/language-warnings.ts';
import { valueAt } from '../core/validation.ts';
import { printLines, terminalJson } from './terminal-text.ts';

const USAGE = 'usage: npm run check-config -- CENTER.json';

/** A track's own rates, for the summary: "; its own rates: charge 700.00, self-pay 300.00, 1 negotiated". */
function trackRates(rates: NonNullable<CenterConfig['programs']>[number]['rates']): string {
  if (!rates) return '';
  const parts = [
    rates.chargePerUnit !== undefined ? `charge ${rates.chargePerUnit}` : '',
    rates.selfPayPerUnit !== undefined ? `self-pay ${rates.selfPayPerUnit}` : '',
    rates.inNetworkPerUnit !== undefined ? `in network ${rates.inNetworkPerUnit}` : '',
    rates.negotiated ? `${rates.negotiated.length} negotiated` : '',
  ].filter(Boolean);
  return `; its own rates: ${parts.join(', ')}`;
}

function show(value: unknown): string {
  return value === undefined ? '(missing)' : terminalJson(value);
}

function warningLine(warning: ConfigWarning): string {
  return `warning: ${warning.field} = ${show(warning.value)}: ${warning.message}`;
}

function main(args: string[]): number {
  const [path, ...rest] = args;
  if (!path || rest.length || path.startsWith('-')) {
    printLines(process.stderr, [USAGE]);
    return path === '--help' || path === '-h' ? 0 : 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    printLines(process.stderr, [`${path}: ${code ? `can't be read (${code})` : `is not valid JSON (${(error as Error).message})`}`]);
    return 2;
  }
  // A misspelt field is ignored, not refused: said either way, as it may be why a required one is missing.
  const misspelt = unknownFields(json).map(warningLine);
  const parsed = parseCenterConfig(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => {
      const field = e.field.replace(/^center\.?/, '') || '(the whole file)';
      return `${field} = ${show(valueAt(json, field === '(the whole file)' ? [] : field.split('.')))}: ${e.message}`;
    });
    printLines(process.stderr, [`${path}: ${lines.length} problem${lines.length === 1 ? '' : 's'}`, ...lines, ...misspelt]);
    return 2;
  }
  const center = parsed.center;
  const payers = [...new Set([...(center.inNetworkPayers ?? []), ...(center.rates.negotiated ?? []).map((r) => r.payer)])];
  const plan = center.paymentPlan;
  const summary = [
    `ok: ${center.name}${center.example ? ' (an example, not a real center)' : ''}`,
    `  billing: per ${center.billing.unit}, charge ${center.rates.chargePerUnit}, self-pay ${center.rates.selfPayPerUnit}, in network ${center.rates.inNetworkPerUnit}`,
    `  payers: ${payers.length ? payers.join(', ') : 'none listed'} (${center.rates.negotiated?.length ?? 0} negotiated rate${center.rates.negotiated?.length === 1 ? '' : 's'})`,
    `  program tracks: ${center.programs?.length ? center.programs.map((p) => `${p.name} (${p.weeks} weeks, ${p.hoursPerWeek} h a week${trackRates(p.rates)})`).join('; ') : 'none (the person enters weeks and hours)'}`,
    `  sliding scale: ${center.slidingScale ? `${center.slidingScale.bands.length} band${center.slidingScale.bands.length === 1 ? '' : 's'}` : 'none'}`,
    `  payment plan: ${plan ? `${plan.minMonths} to ${plan.maxMonths} months, at least ${plan.minMonthly} a month, ${plan.aprPercent ?? 0}% APR` : 'none'}`,
    `  assistance: ${assistance(center)}`,
    participation(center),
    ...misspelt,
    ...centerWarnings(center).map(warningLine),
    ...languageWarnings(json).map(warningLine),
  ];
  printLines(process.stdout, summary);
  return 0;
}

/** The other ways to pay the center offers (its `assistance`), counted. */
function assistance(center: CenterConfig): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const { stateFunded = [], scholarships = [], financing = [] } = center.assistance ?? {};
  const parts = [
    stateFunded.length ? count(stateFunded.length, 'state-funded program', 'state-funded programs') : '',
    scholarships.length ? count(scholarships.length, 'scholarship', 'scholarships') : '',
    financing.length ? count(financing.length, 'financing partner', 'financing partners') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

/** Whether the center takes Medicare and Medicaid, and what follows: their beneficiaries are offered no self-pay price. */
function participation(center: CenterConfig): string {
  const taken = (['Medicare', 'Medicaid'] as const).filter((name) => participatesIn(center, name === 'Medicare' ? 'medicare' : 'medicaid'));
  const said = center.participates ? '' : ' (from the medicare and medicaid sections and inNetworkPayers; set participates to say otherwise)';
  const consequence = taken.length ? `: ${taken.join(' and ')} beneficiaries are not offered self-pay` : '';
  return `  takes Medicare: ${taken.includes('Medicare') ? 'yes' : 'no'}; takes Medicaid: ${taken.includes('Medicaid') ? 'yes' : 'no'}${said}${consequence}`;
}

// Whatever a file does to the checks, one line and exit 2, never a stack trace.
try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  printLines(process.stderr, [`check-config: the file could not be checked (${error instanceof Error ? error.message : String(error)})`]);
  process.exitCode = 2;
}

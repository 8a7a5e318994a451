// `npm run price-list -- [--center C.json] [--format md|csv] [--start YYYY-MM-DD] [--plans P.json]`: the sheet a
// financial counselor keeps beside the phone. For every program track of the center: what a person would pay for
// the whole track with each payer and plan type under typical plan numbers (data/typical-plans.json), and the
// self-pay price without and with each sliding-scale band and paid in full. Every amount comes from estimate().
// Bad input: one line per problem naming the field, exit 2, as `npm run estimate` does.
// The center's and the plans file's words (names, payers, labels, sources) are other people's text: in CSV no cell
// can start a formula, in Markdown none is read as markup or HTML, and in both their control characters are shown,
// not obeyed (see "CSV", "Markdown" and terminal-text.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import * as z from 'zod';
import { isIsoDate, today } from '../core/dates.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig } from '../core/estimate.ts';
import { inForceOn, type Source } from '../core/reference/figures.ts';
import { figuresInForce } from '../core/reference/in-force.ts';
import { dollars, formatAmount, money } from '../core/money.ts';
import { povertyLevel } from '../core/reference/poverty.ts';
import { referenceData } from '../core/reference/reference-data.ts';
import type { CenterConfig, SlidingScaleBand } from '../core/center/center-config.ts';
import { STATES, type EstimateRequestInput, type EstimateResult } from '../core/schemas.ts';
import { describeErrors, toFieldErrors, type FieldError } from '../core/validation.ts';
import { printLines, terminalText } from './terminal-text.ts';

const USAGE = 'usage: npm run price-list -- [--center CENTER.json] [--format md|csv] [--start YYYY-MM-DD] [--plans PLANS.json]';
const TYPICAL_PLANS_FILE = fileURLToPath(new URL('../../data/typical-plans.json', import.meta.url));

/** Writes `lines` (each one line; a line break in a file's text is shown, not followed) and exits 2. */
function fail(...lines: string[]): never {
  printLines(process.stderr, lines);
  process.exit(2);
}

// ---- The command line ----

type Format = 'md' | 'csv';

interface Options {
  centerPath: string | null;
  format: Format;
  start: string;
  plansPath: string | null;
}

/** Reads the options; every problem is reported at once, one line each. */
function readOptions(args: string[]): Options {
  const options: Options = { centerPath: null, format: 'md', start: today(), plansPath: null };
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      printLines(process.stdout, [USAGE]);
      process.exit(0);
    }
    const needsValue = ['--center', '--format', '--start', '--plans'].includes(arg);
    const value = needsValue ? args[++i] : undefined;
    if (needsValue && value === undefined) {
      problems.push(`${arg}: needs a value`);
    } else if (arg === '--center') {
      options.centerPath = value!;
    } else if (arg === '--plans') {
      options.plansPath = value!;
    } else if (arg === '--format') {
      if (value === 'md' || value === 'csv') options.format = value;
      else problems.push(`--format: must be md or csv, not "${value}"`);
    } else if (arg === '--start') {
      if (isIsoDate(value!)) options.start = value!;
      else problems.push(`--start: must be a real date written YYYY-MM-DD, like 2026-03-02, not "${value}"`);
    } else {
      problems.push(`${arg}: unknown ${arg.startsWith('-') ? 'option' : 'argument'}`);
    }
  }
  if (problems.length) fail(...problems, USAGE);
  return options;
}

type Read = { ok: true; value: unknown } | { ok: false; problem: string };

function readJson(path: string, what: string): Read {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problem: `${what}: can't read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: `${what}: ${path} is not valid JSON (${(error as Error).message})` };
  }
}

// ---- Typical plan numbers (data/typical-plans.json or --plans) ----

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = 'must be an amount in dollars and cents, like "1886.00" (no minus sign, at most two decimals)';

const amount = z
  .union([z.string(), z.number()], { error: AMOUNT_MESSAGE })
  .refine((value) => AMOUNT.test(String(value)), { error: AMOUNT_MESSAGE });
const percent = z
  .number({ error: 'must be a percentage from 0 to 100, like 20' })
  .refine((value) => value >= 0 && value <= 100, { error: 'must be a percentage from 0 to 100, like 20' });

const SourceSchema = z.object({
  label: z.string({ error: 'must be a short citation, like "KFF Employer Health Benefits Survey 2025"' })
    .refine((label) => label.trim() !== '', { error: 'must not be empty' }),
  title: z.string({ error: 'must be text' }).optional(),
  publisher: z.string({ error: 'must be text' }).optional(),
  citation: z.string({ error: 'must be text' }).optional(),
  url: z.string({ error: 'must be a web address' }).optional(),
  official: z.boolean({ error: 'must be true or false' }).optional(),
});

function figureOf<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    year: z.number({ error: 'must be a year, like 2025' }).refine(Number.isInteger, { error: 'must be a year, like 2025' }).optional(),
    source: SourceSchema,
    notes: z.string({ error: 'must be text saying what was read where' }).optional(),
  });
}

const TermsSchema = z.object({
  deductible: figureOf(amount),
  coinsurancePercent: figureOf(percent),
  oopMax: figureOf(amount),
});
/** Out of network a plan may have no maximum at all: `value: null`. */
const OutOfNetworkTermsSchema = TermsSchema.extend({ oopMax: figureOf(amount.nullable()) });
const PlanSchema = z.object({ label: z.string({ error: 'must be the plan type in words' }), inNetwork: TermsSchema });

const TypicalPlansSchema = z.object({
  name: z.string().optional(),
  notes: z.array(z.string()).optional(),
  plans: z.object({
    employerPpo: PlanSchema.extend({ outOfNetwork: OutOfNetworkTermsSchema }),
    marketplaceSilver: PlanSchema,
    medicareAdvantage: PlanSchema,
  }),
}, { error: 'must be a JSON object with a "plans" key, like data/typical-plans.json' });

type TypicalPlans = z.output<typeof TypicalPlansSchema>['plans'];
type Terms = z.output<typeof TermsSchema>;
type OutOfNetworkTerms = z.output<typeof OutOfNetworkTermsSchema>;

function parseTypicalPlans(value: unknown): { ok: true; plans: TypicalPlans } | { ok: false; errors: FieldError[] } {
  const parsed = TypicalPlansSchema.safeParse(value);
  if (parsed.success) return { ok: true, plans: parsed.data.plans };
  // The file's own root key is "plans", so fields read plans.employerPpo.inNetwork.deductible.value.
  const errors = toFieldErrors(parsed.error.issues, value).map((error) => (error.field === '(top level)' ? { ...error, field: 'plans file' } : error));
  return { ok: false, errors };
}

// ---- Money and words ----

/** "1234.5" -> "1234.50": the contract's decimal string. */
function decimal(value: Decimal.Value): string {
  return formatAmount(money(value));
}


function perUnit(center: CenterConfig): string {
  return center.billing.unit === 'day' ? 'a day' : 'an hour';
}

function termsInWords(terms: Terms | OutOfNetworkTerms): string {
  const maximum = terms.oopMax.value === null ? 'no out-of-pocket maximum' : `out-of-pocket maximum ${dollars(decimal(terms.oopMax.value))}`;
  return `deductible ${dollars(decimal(terms.deductible.value))}, then ${terms.coinsurancePercent.value}% coinsurance, ${maximum}`;
}

/**
 * Where a figure comes from: words and, when there is one, a web address. Kept apart until written, because the
 * Markdown escapes the words but links the address; `citationText` is what `cite` writes.
 */
interface Citation {
  text: string;
  url?: string;
}

/** As `cite` (src/core/reference/figures.ts) writes it: the label, "(secondary source)" when it is one, the address. */
function citation(source: Source): Citation {
  return { text: `${source.label}${source.official === false ? ' (secondary source)' : ''}`, ...(source.url ? { url: source.url } : {}) };
}

/** A figure's source as estimates cite it; a stated assumption is not a "secondary source", so it is not called one. */
function figureCitation(source: Source): Citation {
  if (!/^stated assumption/i.test(source.label)) return citation(source);
  return { text: source.label, ...(source.url ? { url: source.url } : {}) };
}

function citationText({ text, url }: Citation): string {
  return url ? `${text} <${url}>` : text;
}

function sourcesOf(terms: Terms | OutOfNetworkTerms): Citation[] {
  return [terms.deductible.source, terms.coinsurancePercent.source, terms.oopMax.source].map((source) => figureCitation(source as Source));
}

// ---- What the sheet prices: tracks, and the ways a person could pay ----

interface Track {
  name: string;
  weeks: number;
  hoursPerWeek: number;
  daysPerWeek?: number;
  /** Its index in the center's programs: a track priced apart is priced at its own rates. */
  track?: number;
}

/** The center's program tracks; without any, one 12-week, 9-hours-a-week program. */
function programTracks(center: CenterConfig): Track[] {
  if (center.programs?.length) {
    return center.programs.map(({ name, weeks, hoursPerWeek, daysPerWeek }, track) => ({ name, weeks, hoursPerWeek, ...(daysPerWeek ? { daysPerWeek } : {}), track }));
  }
  return [{ name: 'IOP: 12 weeks, 9 hours a week', weeks: 12, hoursPerWeek: 9 }];
}

const GOVERNMENT_PAYERS = ['medicare', 'medicaid'];

/** Insurers the center has a contract or a negotiated rate with, in the center's order, each once. */
function contractedPayers(center: CenterConfig): string[] {
  const names = [...(center.inNetworkPayers ?? []), ...(center.rates.negotiated ?? []).map((rate) => rate.payer)];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.trim().toLowerCase();
    if (GOVERNMENT_PAYERS.includes(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function takesMedicareAdvantage(center: CenterConfig): boolean {
  return (center.inNetworkPayers ?? []).some((payer) => payer.trim().toLowerCase() === 'medicare');
}

function payerRate(center: CenterConfig, payer: string): string {
  const negotiated = center.rates.negotiated?.find((rate) => rate.payer.toLowerCase() === payer.toLowerCase());
  return decimal(negotiated?.perUnit ?? center.rates.inNetworkPerUnit);
}

/** One line of the sheet before it is priced: the same for every track. */
interface WayToPay {
  coverage: string;
  assumes: string;
  sources: Citation[];
  request: Omit<EstimateRequestInput, 'program'>;
}

const NOTHING_MET = { deductibleMet: '0.00', oopMet: '0.00' } as const;

function inNetworkNumbers(terms: Terms) {
  return {
    deductible: decimal(terms.deductible.value),
    coinsurancePercent: terms.coinsurancePercent.value,
    oopMax: decimal(terms.oopMax.value),
    ...NOTHING_MET,
  };
}

function outOfNetworkNumbers(terms: OutOfNetworkTerms) {
  return {
    deductible: decimal(terms.deductible.value),
    coinsurancePercent: terms.coinsurancePercent.value,
    oopMax: terms.oopMax.value === null ? null : decimal(terms.oopMax.value),
    ...NOTHING_MET,
  };
}

function contractedPayerRows(center: CenterConfig, plans: TypicalPlans): WayToPay[] {
  const { employerPpo, marketplaceSilver } = plans;
  return contractedPayers(center).flatMap((payer): WayToPay[] => {
    const rate = `${payer}'s rate ${dollars(payerRate(center, payer))} ${perUnit(center)}`;
    return [
      {
        coverage: `${payer}: employer or private plan, in network`,
        assumes: `${rate}; ${termsInWords(employerPpo.inNetwork)}`,
        sources: sourcesOf(employerPpo.inNetwork),
        request: { coverage: { planType: 'private', payer, network: 'in', ...inNetworkNumbers(employerPpo.inNetwork) } },
      },
      {
        coverage: `${payer}: ACA Marketplace silver plan, in network`,
        assumes: `${rate}; ${termsInWords(marketplaceSilver.inNetwork)}; no cost-sharing reductions`,
        sources: sourcesOf(marketplaceSilver.inNetwork),
        request: { coverage: { planType: 'aca', metal: 'silver', payer, network: 'in', ...inNetworkNumbers(marketplaceSilver.inNetwork) } },
      },
    ];
  });
}

/** The plan's own out-of-network terms (coverage.outOfNetwork): never the in-network ones. */
function outOfNetworkRow(center: CenterConfig, plans: TypicalPlans): WayToPay {
  const ppo = plans.employerPpo;
  const charge = decimal(center.rates.chargePerUnit);
  return {
    coverage: 'Another insurer: employer or private plan, out of network',
    assumes:
      `plan allows ${center.rates.outOfNetworkAllowedPercent}% of the ${dollars(charge)} charge ${perUnit(center)}, ` +
      `the rest is billed to the person; ${termsInWords(ppo.outOfNetwork)}`,
    sources: sourcesOf(ppo.outOfNetwork),
    request: {
      coverage: {
        planType: 'private',
        network: 'out',
        ...inNetworkNumbers(ppo.inNetwork),
        outOfNetwork: outOfNetworkNumbers(ppo.outOfNetwork),
      },
    },
  };
}

function medicareRows(center: CenterConfig, plans: TypicalPlans, start: string): WayToPay[] {
  const rows: WayToPay[] = [];
  if (center.medicare) {
    const partB = inForceOn(referenceData.medicarePartB, start).entry;
    const { threeServices, fourOrMoreServices } = center.medicare.perDiem;
    rows.push({
      coverage: 'Original Medicare (Part B), no supplement',
      assumes:
        `Medicare pays the center ${dollars(decimal(threeServices))} a day (${dollars(decimal(fourOrMoreServices))} with 4 or more services); ` +
        `Part B deductible ${dollars(decimal(partB.deductible))}, then ${partB.coinsurancePercent}% coinsurance, no maximum`,
      sources: [citation(partB.source), citation(partB.coinsuranceSource)],
      request: { coverage: { planType: 'medicare', medicarePlan: 'original', supplement: 'none', deductibleMet: '0.00' } },
    });
  }
  if (takesMedicareAdvantage(center)) {
    const advantage = plans.medicareAdvantage.inNetwork;
    rows.push({
      coverage: 'Medicare Advantage plan, in network',
      assumes: `center's in-network rate ${dollars(decimal(center.rates.inNetworkPerUnit))} ${perUnit(center)}; ${termsInWords(advantage)}`,
      sources: sourcesOf(advantage),
      request: { coverage: { planType: 'medicare', medicarePlan: 'advantage', network: 'in', ...inNetworkNumbers(advantage) } },
    });
  }
  if (center.medicare) {
    // Out of network a Medicare Advantage plan allows what Original Medicare would pay, and nothing is balance
    // billed (RULES.md §11); its out-of-network terms vary too much to assume, so the row is a range.
    rows.push({
      coverage: 'Medicare Advantage plan, out of network',
      assumes:
        `the plan allows what Original Medicare pays the center (${dollars(decimal(center.medicare.perDiem.threeServices))} a day), ` +
        'nothing is balance billed; the plan\'s out-of-network deductible, coinsurance and maximum unknown',
      sources: [{ text: center.medicare.source ?? `${center.name} configuration` }],
      request: { coverage: { planType: 'medicare', medicarePlan: 'advantage', network: 'out', outOfNetwork: {} } },
    });
  }
  return rows;
}

function medicaidRow(center: CenterConfig): WayToPay[] {
  if (!center.medicaid) return [];
  const copay = decimal(center.medicaid.copayPerUnit ?? '0');
  return [{
    coverage: 'Medicaid',
    assumes: `state rate ${dollars(decimal(center.medicaid.perUnit))} ${perUnit(center)}; copay ${dollars(copay)} ${perUnit(center)}`,
    sources: [{ text: `${center.name} configuration` }],
    request: { coverage: { planType: 'medicaid' } },
  }];
}

// ---- Self-pay and the sliding scale ----

/** The household the sliding-scale rows assume: one person in the center's state, at a chosen income. */
interface SlidingScaleHousehold {
  state: string;
  guideline: string;
  guidelineSource: Citation;
}

function slidingScaleHousehold(center: CenterConfig, start: string): SlidingScaleHousehold | null {
  if (!center.slidingScale) return null;
  const centerState = center.address?.state.toUpperCase() ?? '';
  const state = (STATES as readonly string[]).includes(centerState) ? centerState : 'DC';
  const level = povertyLevel({ size: 1, annualIncome: '0.00', state }, start, { data: referenceData, inForce: figuresInForce(referenceData, []), warnings: [], figures: [] });
  return { state, guideline: decimal(level.guideline), guidelineSource: citation(level.entry.source) };
}

/** The poverty-line percentage a band's row assumes: its upper edge; the open-ended band, its lower edge + 1%. */
function percentAssumedFor(band: SlidingScaleBand): number {
  return band.upToPercent ?? band.overPercent + 1;
}

/** Income at `percent` of the guideline, rounded down to the cent so that it never leaves the band. */
function incomeAt(household: SlidingScaleHousehold, percent: number): string {
  return money(household.guideline).times(percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
}

function bandInWords(center: CenterConfig, band: SlidingScaleBand): string {
  const price = dollars(decimal(center.rates.selfPayPerUnit));
  if (band.feePerUnit !== undefined) return `${dollars(decimal(band.feePerUnit))} ${perUnit(center)} instead of ${price}`;
  return `${band.discountPercent ?? 0}% off ${price} ${perUnit(center)}`;
}

function selfPayRows(center: CenterConfig, household: SlidingScaleHousehold | null): WayToPay[] {
  const price = `self-pay price ${dollars(decimal(center.rates.selfPayPerUnit))} ${perUnit(center)}`;
  const centerSource: Citation = { text: `${center.name} configuration` };
  const rows: WayToPay[] = [{
    coverage: 'Self-pay, full price (no sliding scale)',
    assumes: price,
    sources: [centerSource],
    request: { coverage: { planType: 'uninsured' } },
  }];
  (center.slidingScale?.bands ?? []).forEach((band, i) => {
    if (!household) return;
    const percent = percentAssumedFor(band);
    const income = incomeAt(household, percent);
    const edge = band.upToPercent === null ? `the band starts above ${band.overPercent}%` : "the band's upper edge";
    rows.push({
      coverage: `Self-pay, sliding scale band ${i + 1}${band.label ? ` (${band.label})` : ''}: income at ${percent}% of the poverty line`,
      assumes: `household of 1 in ${household.state} earning ${dollars(income)} a year, ${percent}% of the poverty line (${edge}); ${bandInWords(center, band)}`,
      sources: [centerSource, household.guidelineSource],
      request: { coverage: { planType: 'uninsured' }, household: { size: 1, annualIncome: income, state: household.state } },
    });
  });
  const discount = center.paidInFullDiscountPercent;
  if (discount) {
    rows.push({
      coverage: 'Self-pay, paid in full up front (no sliding scale)',
      assumes: `${price}, less ${discount}% for paying the whole amount up front`,
      sources: [centerSource],
      request: { coverage: { planType: 'uninsured' }, paidInFull: true },
    });
  }
  return rows;
}

// ---- Pricing ----

interface PricedRow {
  way: WayToPay;
  /** The person's total for the whole track (the high end of a range). */
  total: string;
  low: string;
  high: string;
  isRange: boolean;
}

interface PricedTrack {
  track: Track;
  serviceDays: number;
  rows: PricedRow[];
}

function priceTrack(track: Track, ways: readonly WayToPay[], center: unknown, start: string, notices: Set<string>): PricedTrack {
  const program = {
    weeks: track.weeks,
    hoursPerWeek: track.hoursPerWeek,
    ...(track.daysPerWeek ? { daysPerWeek: track.daysPerWeek } : {}),
    ...(track.track !== undefined ? { track: track.track } : {}),
    startDate: start,
  };
  let serviceDays = 0;
  const rows = ways.map((way) => {
    const outcome = estimate({ ...way.request, program }, center);
    if (!outcome.ok) {
      fail(...outcome.errors.map((error) => `${track.name} / ${way.coverage}: ${describeErrors([error])}`));
    }
    const result: EstimateResult = outcome.result;
    serviceDays = result.serviceDays;
    result.warnings.filter((warning) => warning.code === 'figure-out-of-date').forEach((warning) => notices.add(warning.message));
    const low = result.range?.low ?? result.patient.total;
    const high = result.range?.high ?? result.patient.total;
    return { way, total: result.patient.total, low, high, isRange: result.range !== undefined };
  });
  return { track, serviceDays, rows };
}

interface Sheet {
  center: CenterConfig;
  start: string;
  plansFile: string;
  plans: TypicalPlans;
  household: SlidingScaleHousehold | null;
  tracks: PricedTrack[];
  notices: string[];
}

function buildSheet(rawCenter: unknown, center: CenterConfig, plans: TypicalPlans, plansFile: string, start: string): Sheet {
  const household = slidingScaleHousehold(center, start);
  const ways = [
    ...contractedPayerRows(center, plans),
    outOfNetworkRow(center, plans),
    ...medicareRows(center, plans, start),
    ...medicaidRow(center),
    ...selfPayRows(center, household),
  ];
  const notices = new Set<string>();
  const tracks = programTracks(center).map((track) => priceTrack(track, ways, rawCenter, start, notices));
  return { center, start, plansFile, plans, household, tracks, notices: [...notices] };
}

// ---- Markdown ----
// Text from the center file and the plans file (center and track names, payers, band labels, plan labels, source
// labels and addresses) goes through mdText: one line, control characters made visible (terminalText), `&`, `<`
// and `>` written as entities so no HTML is ever raw, and the characters Markdown acts on (\ ` * _ [ ] | ~ #, and a
// leading - + or "1." that would start a list) backslash-escaped, `|` included so a name cannot add a table
// column. The coverage and assumes cells are plain text the tool composes around payers' and bands' names, with no
// markup of its own, so the whole cell is escaped. The tool's own markup (headings, bold, list items, the tables)
// is written around the escaped text, never through it.

/** Text from a file, as Markdown that shows it literally on one line. */
function mdText(text: string): string {
  return terminalText(text.replace(/\r?\n/g, ' ').replace(/^ +/, ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A web address from a file, linked only when it is an http(s) address that CommonMark reads whole as an
 * autolink (no space, control character, `<` or `>`); anything else is shown as escaped text, never linked.
 */
function mdUrl(url: string): string {
  return /^https?:\/\/[^\s<>\u0000-\u001f\u007f-\u009f]+$/i.test(url) && terminalText(url) === url ? `<${url}>` : mdText(`<${url}>`);
}

function citationMd({ text, url }: Citation): string {
  return url === undefined ? mdText(text) : `${mdText(text)} ${mdUrl(url)}`;
}

function personPaysMd(row: PricedRow): string {
  return row.isRange ? `${dollars(row.low)} - ${dollars(row.high)}` : dollars(row.total);
}

function figureLineMd(what: string, terms: Terms | OutOfNetworkTerms): string {
  const [deductible, coinsurance, maximum] = sourcesOf(terms).map(citationMd);
  const max = terms.oopMax.value === null ? 'no out-of-pocket maximum' : `out-of-pocket maximum ${dollars(decimal(terms.oopMax.value))}`;
  return (
    `  - ${mdText(what)}: deductible ${dollars(decimal(terms.deductible.value))} (${deductible}); ` +
    `${terms.coinsurancePercent.value}% coinsurance (${coinsurance}); ${max} (${maximum})`
  );
}

function assumptionsMd(sheet: Sheet): string[] {
  const { plans, center, household, start } = sheet;
  const lines = [
    `- **Start date used:** ${start}. Every track starts that day; each amount is the person's total for the whole track.`,
    '- **Nothing met yet:** insured rows assume nothing has been paid toward the deductible or out-of-pocket maximum this plan year (plan year from January 1), and that the plan authorizes the program.',
    `- **Typical plan numbers** (${mdText(sheet.plansFile)}, single coverage; not the person's own plan, which replaces them in an estimate):`,
    figureLineMd(`${plans.employerPpo.label}, in network`, plans.employerPpo.inNetwork),
    figureLineMd(`${plans.employerPpo.label}, out of network`, plans.employerPpo.outOfNetwork),
    figureLineMd(plans.marketplaceSilver.label, plans.marketplaceSilver.inNetwork),
    figureLineMd(plans.medicareAdvantage.label, plans.medicareAdvantage.inNetwork),
  ];
  if (center.medicare) {
    const partB = inForceOn(referenceData.medicarePartB, start).entry;
    lines.push(
      `  - Original Medicare: Part B deductible ${dollars(decimal(partB.deductible))} (${citationMd(citation(partB.source))}), ` +
        `then ${partB.coinsurancePercent}% (${citationMd(citation(partB.coinsuranceSource))}); what Medicare pays the center is from the center's configuration`,
    );
  }
  if (household) {
    lines.push(
      `- **Sliding scale:** a household of 1 in ${household.state}; poverty guideline ${dollars(household.guideline)} a year (${citationMd(household.guidelineSource)}); ` +
        "income at each band's upper edge (the open-ended last band: its lower edge + 1%).",
    );
  }
  if (center.example) lines.push(`- **Example center:** "${mdText(center.name)}" is fictional: these are not a real center's prices.`);
  sheet.notices.forEach((notice) => lines.push(`- **Note:** ${mdText(notice)}`));
  return lines;
}

function trackMd({ track, serviceDays, rows }: PricedTrack, start: string): string[] {
  return [
    `## ${mdText(track.name)}`,
    '',
    `${track.weeks} weeks, ${track.hoursPerWeek} hours a week: ${serviceDays} days of treatment from ${start}.`,
    '',
    '| Coverage | Assumes | Person pays (estimate) |',
    '|---|---|---:|',
    ...rows.map((row) => `| ${mdText(row.way.coverage)} | ${mdText(row.way.assumes)} | ${personPaysMd(row)} |`),
  ];
}

function renderMarkdown(sheet: Sheet): string {
  const lines = [
    `# IOP price list: ${mdText(sheet.center.name)}`,
    '',
    '**These are estimates, not quotes, bills or promises of coverage.** They price the program days only (not a separate evaluation, medication or lab work). Verify benefits with the plan before the person starts.',
    '',
    ...assumptionsMd(sheet),
    ...sheet.tracks.flatMap((track) => ['', ...trackMd(track, sheet.start)]),
  ];
  // Every file's text is already safe; terminalText again on each whole line costs nothing and misses nothing.
  return `${lines.map(terminalText).join('\n')}\n`;
}

// ---- CSV (RFC 4180), safe to open in a spreadsheet ----
// OWASP's advice on CSV injection (https://owasp.org/www-community/attacks/CSV_Injection): every cell is quoted,
// its double quotes doubled, so no comma, semicolon or line break in it starts another cell; and a text cell that
// begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or a line feed) gets a single quote (') in front, so
// that a spreadsheet reads it as text, never as a formula: `=HYPERLINK(...)` as a hospital's name, copied by
// import-prices into the center file, stays words.
// By column:
//   - center, track, coverage, assumes, sources: text from the center and plans files (names, payers, band and
//     source labels), neutralised as above, their control characters first made visible (terminalText: the sheet
//     is printed to the terminal too, and a line break inside a name is never legitimate);
//   - start_date (a real YYYY-MM-DD date, checked by readOptions), service_days (a whole number of days) and
//     estimated_person_pays, low, high (the estimate's amounts: decimal strings "1234.50", never negative, as the
//     result's schema says, src/core/result-schema.ts amountOut): made by the tool and checked here against their
//     shape, so each begins with a digit and is written as it is, in quotes, which a spreadsheet still reads as a
//     number. A minus sign is never mangled into text because there is none to mangle; a value of another shape
//     is a fault of the tool and stops it (exit 2) rather than being written.

const CSV_HEADER = ['center', 'start_date', 'track', 'service_days', 'coverage', 'assumes', 'sources', 'estimated_person_pays', 'low', 'high'];

/** A cell that begins with one of these is a formula (or starts one) to Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A text cell from a file: control characters visible, a formula's first character preceded by a single quote. */
function csvText(text: string): string {
  const shown = terminalText(text);
  return quoted(FORMULA_START.test(text) || FORMULA_START.test(shown) ? `'${shown}` : shown);
}

const CSV_SHAPES = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  days: /^\d+$/,
  amount: /^\d+\.\d{2}$/,
} as const;

/** A value the tool made (a date, a number of days, an amount), checked against its shape and written as is. */
function csvValue(value: string, shape: keyof typeof CSV_SHAPES, column: string): string {
  if (!CSV_SHAPES[shape].test(value)) fail(`price-list: ${column} ${JSON.stringify(terminalText(value))} is not ${shape === 'amount' ? 'an amount like 1234.50' : shape === 'date' ? 'a date' : 'a whole number'} (a fault in the tool; nothing written)`);
  return quoted(value);
}

function renderCsv(sheet: Sheet): string {
  const lines = [CSV_HEADER.map(quoted)];
  for (const { track, serviceDays, rows } of sheet.tracks) {
    for (const row of rows) {
      const insured = row.way.request.coverage.planType !== 'uninsured';
      lines.push([
        csvText(sheet.center.name),
        csvValue(sheet.start, 'date', 'start_date'),
        csvText(track.name),
        csvValue(String(serviceDays), 'days', 'service_days'),
        csvText(row.way.coverage),
        csvText(insured ? `${row.way.assumes}; nothing met yet this plan year` : row.way.assumes),
        csvText(row.way.sources.map(citationText).join('; ')),
        // A decimal in every row, for a spreadsheet: a range's high end, as the estimate's total is; low and high follow.
        csvValue(row.total, 'amount', 'estimated_person_pays'),
        csvValue(row.low, 'amount', 'low'),
        csvValue(row.high, 'amount', 'high'),
      ]);
    }
  }
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

// ---- Main ----

function main(args: string[]): void {
  const options = readOptions(args);
  const problems: string[] = [];

  const centerRead: Read = options.centerPath ? readJson(options.centerPath, 'center') : { ok: true, value: EXAMPLE_CENTER };
  const center = centerRead.ok ? parseCenterConfig(centerRead.value) : null;
  if (!centerRead.ok) problems.push(centerRead.problem);
  else if (center && !center.ok) problems.push(...center.errors.map((error) => describeErrors([error])));

  const plansFile = options.plansPath ?? 'data/typical-plans.json';
  const plansRead = readJson(options.plansPath ?? TYPICAL_PLANS_FILE, 'plans');
  const plans = plansRead.ok ? parseTypicalPlans(plansRead.value) : null;
  if (!plansRead.ok) problems.push(plansRead.problem);
  else if (plans && !plans.ok) problems.push(...plans.errors.map((error) => describeErrors([error])));

  if (problems.length || !center?.ok || !plans?.ok || !centerRead.ok) fail(...problems);
  const sheet = buildSheet(centerRead.value, center.center, plans.plans, plansFile, options.start);
  process.stdout.write(options.format === 'csv' ? renderCsv(sheet) : renderMarkdown(sheet));
}

main(process.argv.slice(2));

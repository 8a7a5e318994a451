// From the IOP rates a hospital's price file holds (price-file.ts) to the start of a center configuration: what
// the file can say (name, address, billing unit and codes, gross charge, cash price, payers' negotiated rates, one
// program track each for psychiatric and substance use IOP when it prices both), and, in words a biller can act on,
// what was used and what was set aside, each with its row and amounts, and what only the center can add.
import { formatAmount, money, toCents } from '../core/money.ts';
import { addressDoubts, readAddress, type Address } from './address.ts';
import { impliedUnit, programKindOf, standardCode, type ProgramKind } from './iop-codes.ts';
import { PAYER_KIND_WORDS, payerKind } from './payer-kind.ts';
import { chooseRate, floorOf, FLOOR_PERCENT, median, type Candidate } from './rate-choice.ts';
import { statedAmounts } from './text-amounts.ts';
import type { IopRate, PriceFileReport, UnitHint } from './types.ts';

type PlanType = 'aca' | 'private' | 'medicare';

export interface NegotiatedRate {
  payer: string;
  plan?: string;
  planTypes?: PlanType[];
  perUnit: string;
}

/** A center's (or a program track's) prices a unit. */
export interface SkeletonRates {
  chargePerUnit?: string;
  inNetworkPerUnit?: string;
  negotiated?: NegotiatedRate[];
  selfPayPerUnit?: string;
}

/** A program track the file prices apart: its name and codes from the file; its weeks and hours the center's. */
export interface ProgramSkeleton {
  name: string;
  serviceCodes: string[];
  rates: SkeletonRates;
}

/** The configuration as far as the file goes: fields it cannot fill are left out, so check-config names them. */
export interface CenterSkeleton {
  name: string;
  address?: Address;
  billing: { unit: UnitHint; codes: string[] };
  rates: SkeletonRates;
  inNetworkPayers?: string[];
  medicaid?: { perUnit: string };
  programs?: ProgramSkeleton[];
}

export interface ImportResult {
  config: CenterSkeleton;
  /** Each line: where in the file, what, and the field it went to. */
  used: string[];
  /** Each line: where in the file, what (with its amounts), and why it was not used. */
  notUsed: string[];
  /** What the center has to add or check, by field. */
  toFill: string[];
}

const TRACK_NAMES: Record<'psychiatric' | 'addiction', string> = {
  psychiatric: 'Mental health IOP',
  addiction: 'Substance use IOP',
};

const unitWord = (unit: UnitHint) => (unit === 'day' ? 'a day' : 'an hour');
const payerPlan = (rate: IopRate) => [rate.payer, rate.plan].filter(Boolean).join(' | ') || 'no payer';
const codesOf = (rate: IopRate) => rate.codes.map(({ code }) => code).join(', ');

/** "rows 4, 5 and 9", "rows 4, 5, 9 and 125 more": where a value was seen. */
export function rowList(wheres: readonly string[], shown = 3): string {
  if (wheres.length === 1) return wheres[0]!;
  const rows = wheres.every((where) => where.startsWith('row ')) ? wheres.map((where) => where.slice(4)) : wheres;
  const label = rows === wheres ? '' : 'rows ';
  if (rows.length <= shown) return `${label}${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
  return `${label}${rows.slice(0, shown).join(', ')} and ${rows.length - shown} more`;
}

/** A rate's amounts, as the report names them: "gross 2252.00, cash 878.28, Aetna | PPO 650.50". */
function amountsOf(rate: IopRate): string {
  const charge = rate.negotiated;
  const negotiated = !charge
    ? null
    : charge.kind === 'dollar'
      ? charge.amount
      : charge.kind === 'percentage'
        ? `${charge.percent}%`
        : 'an algorithm';
  const parts = [
    rate.gross !== undefined ? `gross ${rate.gross}` : null,
    rate.discountedCash !== undefined ? `cash ${rate.discountedCash}` : null,
    negotiated !== null ? `${payerPlan(rate)} ${negotiated}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no amount';
}

/** The unit a rate is for: the file's words ("per hour" in its description) first, then what its codes imply. */
function unitOf(rate: IopRate): UnitHint | null {
  if (rate.unit) return rate.unit;
  const implied = rate.codes.map(({ code, type }) => impliedUnit(code, type)).filter((unit): unit is UnitHint => unit !== null);
  return implied[0] ?? null;
}

/** Which program a rate is for, by its IOP codes: one kind, or "either" (the APCs, or codes of both kinds). */
function kindOf(rate: IopRate): ProgramKind {
  const kinds = new Set(rate.codes.map(({ code, type }) => programKindOf(code, type)).filter((kind) => kind !== null));
  kinds.delete('either');
  return kinds.size === 1 ? [...kinds][0]! : 'either';
}

/** What a payer's charge is in dollars a unit: its dollar amount, the v2 file's estimated amount, or a percentage of billed charges of the row's own gross charge. */
function dollars(rate: IopRate): Candidate | null {
  const charge = rate.negotiated;
  if (!charge) return null;
  if (charge.kind === 'dollar') return { amount: charge.amount, where: rate.where };
  if (charge.estimatedAmount !== undefined) {
    const what = charge.kind === 'percentage' ? `${charge.percent}%` : `the algorithm "${charge.text}"`;
    return { amount: charge.estimatedAmount, where: rate.where, derived: `the file's estimated amount for ${what}` };
  }
  if (charge.kind === 'percentage' && rate.gross !== undefined && /billed\s+charges|of\s+(?:total\s+)?charges/i.test(rate.methodology ?? '')) {
    const amount = formatAmount(toCents(money(rate.gross).times(money(charge.percent)).dividedBy(100)));
    return { amount, where: rate.where, derived: `${charge.percent}% of the row's gross charge, ${rate.gross}` };
  }
  return null;
}

function notInDollars(rate: IopRate, unit: UnitHint): string {
  const charge = rate.negotiated!;
  const what = charge.kind === 'percentage' ? `${charge.percent}% (a percentage${rate.methodology ? `, ${rate.methodology}` : ''})` : `"${charge.kind === 'algorithm' ? charge.text : ''}" (an algorithm)`;
  const allowed = rate.allowedAmounts?.median ? `; the median allowed amount was ${rate.allowedAmounts.median}${rate.allowedAmounts.count ? ` (${rate.allowedAmounts.count} claims)` : ''}` : '';
  return `${rate.where}: ${payerPlan(rate)} pays ${what}, with no estimated amount in the file${allowed}: not turned into dollars; add its rate ${unitWord(unit)} to rates.negotiated if you know it`;
}

/** Where the item is, without the payer: a JSON path's payers_information step dropped; a CSV row as it is. */
const itemWhere = (rate: IopRate) => rate.where.replace(/\.payers_information\[\d+\]$/, '');

/** The value most rates carry (first seen wins a tie), where it was seen, and the others. */
function mostCommon(values: { value: string; where: string }[]): { value: string; wheres: string[]; others: { value: string; where: string }[] } | null {
  if (values.length === 0) return null;
  const counts = new Map<string, number>();
  for (const { value } of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const best = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { value: best, wheres: values.filter(({ value }) => value === best).map(({ where }) => where), others: values.filter(({ value }) => value !== best) };
}

/** The object without its undefined fields, so it equals what its JSON says. */
function withoutAbsent<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

interface TrackResult {
  rates: SkeletonRates;
  payers: string[];
  medicaid?: string;
}

/**
 * One track's prices from its rates: the gross charge and cash price most rows carry, one rate for each payer and
 * plan (chooseRate), Medicaid apart, government plans set aside, and the default in-network rate as the middle
 * of the commercial ones. `label` names the track in report lines when the file has two.
 */
function trackRates(rates: readonly IopRate[], unit: UnitHint, label: string, prefix: string, report: Pick<ImportResult, 'used' | 'notUsed' | 'toFill'>): TrackResult {
  const { used, notUsed, toFill } = report;
  const result: TrackResult = { rates: {}, payers: [] };
  // "rates.negotiated", or a track's own: "programs.1.rates.negotiated".
  const field = (name: string) => `${prefix}${name.slice('rates'.length)}`;

  for (const [key, from, words] of [
    ['chargePerUnit', 'gross', 'gross charge'],
    ['selfPayPerUnit', 'discountedCash', 'discounted cash price'],
  ] as const) {
    // The item's own prices: once an item (a JSON item's payers share them), not once a payer.
    const seen = new Set<string>();
    const found = mostCommon(
      rates.flatMap((rate) => {
        const where = itemWhere(rate);
        if (rate[from] === undefined || seen.has(where)) return [];
        seen.add(where);
        return [{ value: rate[from], where }];
      }),
    );
    if (!found) {
      toFill.push(`${field(`rates.${key}`)}: the file gives no ${words} ${unitWord(unit)} for ${label || 'IOP'}; write yours`);
      continue;
    }
    result.rates[key] = found.value;
    used.push(`${words}${label ? ` for ${label}` : ''}: ${found.value} ${unitWord(unit)} (${rowList(found.wheres)}) -> ${field(`rates.${key}`)}`);
    for (const other of found.others) notUsed.push(`${other.where}: another ${words}, ${other.value}: the configuration has one, ${found.value}`);
  }
  const gross = result.rates.chargePerUnit;

  // Each payer and plan's candidates in dollars; the rest said.
  const plans = new Map<string, { rate: IopRate; candidates: Candidate[] }>();
  const medicaid: Candidate[] = [];
  for (const rate of rates) {
    if (!rate.payer || !rate.negotiated) continue;
    const kind = payerKind(rate.payer, rate.plan);
    if (kind === 'government') {
      const what = rate.negotiated.kind === 'dollar' ? rate.negotiated.amount : amountsOf(rate);
      notUsed.push(`${rate.where}: ${payerPlan(rate)} ${what} for "${rate.description}" (${codesOf(rate)}) is ${PAYER_KIND_WORDS.government}: the widget does not estimate it, and its rate is not a commercial one`);
      continue;
    }
    if (!result.payers.includes(rate.payer)) result.payers.push(rate.payer);
    const candidate = dollars(rate);
    if (!candidate) {
      notUsed.push(notInDollars(rate, unit));
      continue;
    }
    if (kind === 'medicaid') {
      medicaid.push(candidate);
      continue;
    }
    const key = `${rate.payer}\u0000${rate.plan ?? ''}`;
    const plan = plans.get(key) ?? { rate, candidates: [] };
    plan.candidates.push(candidate);
    plans.set(key, plan);
  }

  // The middle of every plan's highest plausible rate: what "consistent with the others" is measured against.
  const highestEach = [...plans.values()].flatMap(({ candidates }) => {
    const plausible = candidates.filter((c) => gross === undefined || !money(c.amount).lessThan(money(floorOf(gross))));
    return plausible.length ? [plausible.map((c) => c.amount).reduce((a, b) => (money(b).greaterThan(money(a)) ? b : a))] : [];
  });
  const reference = highestEach.length ? median(highestEach) : undefined;

  const negotiated: NegotiatedRate[] = [];
  for (const { rate, candidates } of plans.values()) {
    const choice = chooseRate(candidates, { gross, reference: highestEach.length > 1 ? reference : undefined });
    for (const { candidate, why } of choice.implausible) notUsed.push(`${candidate.where}: ${payerPlan(rate)} ${candidate.amount} ${unitWord(unit)}: ${why}; never used`);
    for (const { candidate, why } of choice.others) notUsed.push(`${candidate.where}: another rate for ${payerPlan(rate)}, ${candidate.amount}: ${why}`);
    const chosen = choice.chosen;
    if (!chosen) continue;
    // With no gross charge to measure against, a rate far below the other plans' is a placeholder too.
    if (gross === undefined && reference !== undefined && highestEach.length > 1 && money(chosen.amount).lessThan(money(floorOf(reference)))) {
      notUsed.push(`${chosen.where}: ${payerPlan(rate)} ${chosen.amount} ${unitWord(unit)}: below ${FLOOR_PERCENT}% of the other plans' rates (their middle, ${reference}): a placeholder, not a rate; never used`);
      continue;
    }
    const kind = payerKind(rate.payer, rate.plan);
    const planTypes: PlanType[] | undefined = kind === 'medicare' ? ['medicare'] : kind === 'aca' ? ['aca'] : undefined;
    negotiated.push({ payer: rate.payer!, ...(rate.plan ? { plan: rate.plan } : {}), ...(planTypes ? { planTypes } : {}), perUnit: chosen.amount });
    const derived = chosen.derived ? ` (derived: ${chosen.derived})` : '';
    used.push(`${chosen.where}: ${payerPlan(rate)} ${chosen.amount} ${unitWord(unit)}${derived} -> ${field('rates.negotiated')}${planTypes ? ` for ${planTypes.join(', ')} coverage` : ''}`);
  }
  if (negotiated.length) result.rates.negotiated = negotiated;

  // A payer whose plans pay differently needs planTypes on each rate, or every plan gets the first one.
  for (const payer of new Set(negotiated.map((rate) => rate.payer))) {
    const own = negotiated.filter((rate) => rate.payer === payer && !rate.planTypes);
    if (new Set(own.map((rate) => rate.perUnit)).size > 1) {
      toFill.push(`${field('rates.negotiated')}: ${payer}'s plans ${own.map((rate) => `${rate.plan ?? '(no plan name)'} (${rate.perUnit})`).join(', ')} pay differently: add planTypes (aca, private, medicare) to each, or estimates use the first for every plan`);
    }
  }

  if (medicaid.length) {
    const choice = chooseRate(medicaid, { gross });
    for (const { candidate, why } of choice.implausible) notUsed.push(`${candidate.where}: Medicaid ${candidate.amount} ${unitWord(unit)}: ${why}; never used`);
    for (const { candidate } of choice.others) notUsed.push(`${candidate.where}: another Medicaid rate, ${candidate.amount}: the configuration has one, ${choice.chosen!.amount}`);
    if (choice.chosen) {
      result.medicaid = choice.chosen.amount;
      used.push(`${choice.chosen.where}: Medicaid ${choice.chosen.amount} ${unitWord(unit)}${label ? ` for ${label}` : ''} -> medicaid.perUnit`);
    }
  }

  // The default in-network rate, for in-network payers with no rate of their own: the middle of the commercial rates.
  const commercial = negotiated.filter((rate) => !rate.planTypes?.includes('medicare')).map((rate) => rate.perUnit);
  if (commercial.length) {
    result.rates.inNetworkPerUnit = median(commercial);
    used.push(`the median of ${commercial.length} commercial rate${commercial.length === 1 ? '' : 's'}${label ? ` for ${label}` : ''}: ${result.rates.inNetworkPerUnit} -> ${field('rates.inNetworkPerUnit')} (change it to your usual contract rate if that differs)`);
  } else {
    toFill.push(`${field('rates.inNetworkPerUnit')}: the file gives no usable negotiated dollar rate; write what in-network plans usually allow`);
  }
  return result;
}

/** The part of a long text that speaks of the IOP: from "intensive outpatient" on, QUOTED characters at most. */
const QUOTED = 320;
function iopPart(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= QUOTED) return oneLine;
  const at = Math.max(0, oneLine.search(/intensive\s*out-?\s*patient|\bIOP\b/i));
  const part = oneLine.slice(at, at + QUOTED);
  return `${at > 0 ? '…' : ''}${part}${at + QUOTED < oneLine.length ? '…' : ''}`;
}

/** Dollar amounts in algorithm and note texts, quoted once a text with its rows: never used without the center's word. */
function statedInText(rates: readonly IopRate[]): string[] {
  const texts = new Map<string, { amounts: string[]; wheres: string[]; payers: Set<string> }>();
  for (const rate of rates) {
    const algorithm = rate.negotiated?.kind === 'algorithm' ? rate.negotiated.text : undefined;
    for (const whole of [algorithm, rate.notes]) {
      const text = whole === undefined ? undefined : iopPart(whole);
      const amounts = text ? statedAmounts(text) : [];
      if (!text || !amounts.length) continue;
      const entry = texts.get(text) ?? { amounts, wheres: [], payers: new Set<string>() };
      entry.wheres.push(rate.where);
      if (rate.payer) entry.payers.add(rate.payer);
      texts.set(text, entry);
    }
  }
  return [...texts.entries()].map(
    ([text, { amounts, wheres, payers }]) =>
      `${rowList(wheres)}${payers.size ? ` (${payers.size} payer${payers.size === 1 ? '' : 's'})` : ''}: the text "${text}" states ${amounts.join(', ')}: never used as a rate without your word; if it is one, write it in rates.negotiated`,
  );
}

export function centerSkeleton(report: PriceFileReport): ImportResult {
  const used: string[] = [];
  const notUsed: string[] = [];
  const toFill: string[] = [];
  const lines = { used, notUsed, toFill };

  // Rows to ask about (an IOP description under a revenue code IOP days may be filed under, or a text) are only quoted.
  const iop = report.rates.filter((rate) => !rate.toAsk);

  // The configuration bills one unit: the one most rates that say are for (per diem on a tie).
  const units = iop.map(unitOf);
  const days = units.filter((unit) => unit === 'day').length;
  const hours = units.filter((unit) => unit === 'hour').length;
  const unit: UnitHint = hours > days ? 'hour' : 'day';
  const kept: IopRate[] = [];
  iop.forEach((rate, i) => {
    const rateUnit = units[i];
    if (rateUnit === unit) kept.push(rate);
    else if (rateUnit === null) notUsed.push(`${rate.where}: "${rate.description}" (${codesOf(rate)}; ${amountsOf(rate)}): the file does not say whether it is per day or per hour`);
    else notUsed.push(`${rate.where}: "${rate.description}" (${codesOf(rate)}; ${amountsOf(rate)}) is per ${rateUnit}; this configuration bills per ${unit}`);
  });

  // Why the unit: the file's own words, or what the codes' definitions imply.
  const byWords = kept.filter((rate) => rate.unit !== null).length;
  const byCode = kept.length - byWords;
  if (kept.length) {
    const why = [
      byWords ? `${byWords} rate${byWords === 1 ? '' : 's'} say${byWords === 1 ? 's' : ''} so in words ("per diem", "per hour")` : '',
      byCode ? `${byCode} by ${byCode === 1 ? 'its' : 'their'} code's definition (S9480, H0015 and Medicare's IOP APCs are billed per day)` : '',
    ].filter(Boolean);
    used.push(`per ${unit}: ${why.join('; ')} -> billing.unit`);
  }

  // A track for each kind of IOP the file prices; rows for either kind (Medicare's APCs) join a lone track.
  const byKind = new Map<ProgramKind, IopRate[]>();
  for (const rate of kept) {
    const kind = kindOf(rate);
    byKind.set(kind, [...(byKind.get(kind) ?? []), rate]);
  }
  const kinds = (['psychiatric', 'addiction'] as const).filter((kind) => byKind.has(kind));
  const either = byKind.get('either') ?? [];
  // Each track's name in the report and the configuration: only two tracks are named.
  const tracks: { name: string; rates: IopRate[] }[] =
    kinds.length === 2
      ? kinds.map((kind) => ({ name: TRACK_NAMES[kind], rates: byKind.get(kind)! }))
      : [{ name: '', rates: [...(kinds[0] ? byKind.get(kinds[0])! : []), ...either] }];
  if (kinds.length === 2) {
    for (const rate of either) notUsed.push(`${rate.where}: "${rate.description}" (${codesOf(rate)}; ${amountsOf(rate)}): Medicare's IOP per diem tiers are for either program; not given to one of the two tracks`);
  }

  const codes = (rates: readonly IopRate[]) => [...new Set(rates.flatMap((rate) => rate.codes.map(({ code, type }) => standardCode(code, type)).filter((code): code is string => code !== null)))];
  const results = tracks.map(({ name, rates }, i) => ({
    name,
    codes: codes(rates),
    ...trackRates(rates, unit, name, tracks.length > 1 ? `programs.${i}.rates` : 'rates', lines),
  }));
  const [first] = results;

  const config: CenterSkeleton = {
    name: report.hospital.name ?? '',
    billing: { unit, codes: [...new Set(results.flatMap((track) => track.codes))] },
    rates: first!.rates,
  };
  if (!report.hospital.name) toFill.push("name: the file gives no hospital name; write your center's");

  const [firstAddress] = report.hospital.addresses;
  const address = firstAddress ? readAddress(firstAddress) : null;
  if (address) {
    config.address = address;
    const doubts = addressDoubts(address);
    if (doubts.length) toFill.push(`address: "${firstAddress}" was read as street "${address.street}", city "${address.city}", state ${address.state}, ZIP ${address.postalCode}, but ${doubts.join('; ')}: check it`);
  } else {
    toFill.push(`address: ${firstAddress ? `"${firstAddress}" does not read as street, city, state and ZIP code` : 'the file gives none'}; write it as street, city, state and postalCode`);
  }
  if (report.hospital.addresses.length > 1) toFill.push(`address: the file names ${report.hospital.addresses.length} locations; the first is used, so check it is where the program is given`);

  const payers = [...new Set(results.flatMap((track) => track.payers))];
  if (payers.length) {
    config.inNetworkPayers = payers;
    used.push(`payers with a negotiated charge: ${payers.join(', ')} -> inNetworkPayers`);
  }
  const medicaidRates = results.flatMap((track) => (track.medicaid ? [{ track: track.name, amount: track.medicaid }] : []));
  if (medicaidRates.length) {
    config.medicaid = { perUnit: medicaidRates[0]!.amount };
    if (new Set(medicaidRates.map((rate) => rate.amount)).size > 1) {
      toFill.push(`medicaid.perUnit: the file gives ${medicaidRates.map((rate) => `${rate.amount} for ${rate.track}`).join(' and ')}; the configuration has one Medicaid rate (the first): check it`);
    }
  }
  if (results.length > 1) {
    config.programs = results.map((track) => ({ name: track.name, serviceCodes: track.codes, rates: withoutAbsent(track.rates) }));
    used.push(`two programs priced apart (${results.map((track) => `${track.name}: ${track.codes.join(', ')}`).join('; ')}) -> programs, each with its own rates; the center's rates are the first's, for a program typed by hand`);
    toFill.push('programs: write each track\'s weeks and hoursPerWeek (and daysPerWeek, description), and check its name');
    // The center's own rates (a program typed by hand) are the first track's: what it lacks, the schema requires.
    for (const key of ['chargePerUnit', 'inNetworkPerUnit', 'selfPayPerUnit'] as const) {
      if (first!.rates[key] === undefined) toFill.push(`rates.${key}: the center's own, for a program typed by hand (the file gives none for ${first!.name}); write it`);
    }
  }

  for (const rate of report.rates.filter((rate) => rate.toAsk === 'revenue code')) {
    notUsed.push(`${rate.where}: "${rate.description}" (${codesOf(rate)}; ${amountsOf(rate)}): no IOP code, but a revenue code IOP days may be filed under: is it your IOP? If so, add its codes to billing.codes and its prices to rates`);
  }
  notUsed.push(...statedInText(report.rates));

  // Fields in the order the README's table gives them.
  const { chargePerUnit, inNetworkPerUnit, negotiated, selfPayPerUnit } = config.rates;
  const ordered: CenterSkeleton = {
    name: config.name,
    ...(config.address ? { address: config.address } : {}),
    billing: config.billing,
    rates: withoutAbsent({ chargePerUnit, inNetworkPerUnit, negotiated, selfPayPerUnit }),
    ...(config.inNetworkPayers ? { inNetworkPayers: config.inNetworkPayers } : {}),
    ...(config.medicaid ? { medicaid: config.medicaid } : {}),
    ...(config.programs ? { programs: config.programs } : {}),
  };
  toFill.push(
    'rates.outOfNetworkAllowedPercent: what out-of-network plans usually allow, as a percentage of the gross charge (price files do not say)',
    'contact.phone (and contact.url): where a person calls to talk about cost; shown when an estimate cannot be made',
    'slidingScale: your discount bands by household income, if you have them',
    results.length > 1 ? 'paymentPlan: your payment-plan terms, if you offer them' : 'paymentPlan and programs: your payment-plan terms and program tracks, if you offer them',
  );
  return { config: ordered, used, notUsed, toFill };
}

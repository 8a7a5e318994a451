// From one item's standard charges, as any layout reads them (text cells), to IOP rates or skip reasons.
// The layouts differ only in where the cells are; what counts as an IOP rate and why a row is left out is here.
import { readAmount, readPercent, readText, type NumberCell } from './amounts.ts';
import { checkSetting, hasIopCode, isIopToAsk, readsLikeIop, unitHint } from './iop-codes.ts';
import type { SkipTally } from './skip-tally.ts';
import type { AllowedAmounts, IopRate, NegotiatedCharge, PriceFileCode } from './types.ts';

/** One row's item: its description, codes and the charges that do not depend on the payer. */
export interface ChargeItem {
  /** "row 12", or a JSON path. */
  where: string;
  description: string;
  codes: PriceFileCode[];
  setting?: string;
  billingClass?: string;
  drugUnit?: string;
  drugType?: string;
  modifiers?: string[];
  gross?: string;
  discountedCash?: string;
  /** Generic notes and extra note columns. */
  notes: string[];
}

/** One payer and plan's charge for the item, as text. */
export interface PayerCharge {
  /** Appended to the item's `where` (a JSON path step); CSV rows leave it out. */
  where?: string;
  payer?: string;
  plan?: string;
  dollar?: string;
  percentage?: string;
  algorithm?: string;
  estimatedAmount?: string;
  median?: string;
  tenthPercentile?: string;
  ninetiethPercentile?: string;
  count?: string;
  methodology?: string;
  notes?: string;
}

export function describeCodes(codes: readonly PriceFileCode[]): string {
  return codes.length ? codes.map(({ code, type }) => `${type} ${code}`.trim()).join(', ') : 'no code';
}

function describe(where: string, description: string, codes: readonly PriceFileCode[]): string {
  return `${where}: "${description}" (${describeCodes(codes)})`;
}

/**
 * The first test, before a row is read any further: does it carry an IOP code? Rows that do not are counted as
 * skipped here (most rows of a hospital's file), and false is returned.
 */
export function screenItem(where: string, description: string, codes: readonly PriceFileCode[], skips: SkipTally): boolean {
  if (hasIopCode(codes) || isIopToAsk(codes, description)) return true;
  skips.add(readsLikeIop(description) ? 'not an IOP code, though the description reads like IOP' : 'not an IOP code', () =>
    describe(where, description, codes),
  );
  return false;
}

/** What the skip examples call each numeric cell. */
const LABELS: Record<string, string> = {
  gross: 'gross charge',
  discountedCash: 'discounted cash price',
  dollar: 'negotiated dollar',
  percent: 'negotiated percentage',
  estimatedAmount: 'estimated amount',
  median: 'median amount',
  tenthPercentile: '10th percentile',
  ninetiethPercentile: '90th percentile',
};

/** Numeric cells read with their field names; a cell that is not a number makes the whole set a problem. */
function readNumbers<K extends string>(
  cells: Record<K, NumberCell>,
): { ok: true; values: Partial<Record<K, string>> } | { ok: false; field: K; text: string } {
  const values: Partial<Record<K, string>> = {};
  for (const field of Object.keys(cells) as K[]) {
    const cell = cells[field];
    if (cell.kind === 'bad') return { ok: false, field, text: cell.text };
    if (cell.kind === 'number') values[field] = cell.value;
  }
  return { ok: true, values };
}

function negotiatedOf(dollar?: string, percent?: string, algorithm?: string, estimatedAmount?: string): NegotiatedCharge | null {
  if (dollar !== undefined) return { kind: 'dollar', amount: dollar };
  const estimated = estimatedAmount !== undefined ? { estimatedAmount } : {};
  if (percent !== undefined) return { kind: 'percentage', percent, ...estimated };
  if (algorithm !== undefined) return { kind: 'algorithm', text: algorithm, ...estimated };
  return null;
}

function allowedOf(median?: string, tenthPercentile?: string, ninetiethPercentile?: string, count?: string): AllowedAmounts | undefined {
  const allowed: AllowedAmounts = {};
  if (median !== undefined) allowed.median = median;
  if (tenthPercentile !== undefined) allowed.tenthPercentile = tenthPercentile;
  if (ninetiethPercentile !== undefined) allowed.ninetiethPercentile = ninetiethPercentile;
  if (count !== undefined) allowed.count = count;
  return Object.keys(allowed).length ? allowed : undefined;
}

/**
 * An item that passed `screenItem`: checks its setting and amounts and adds one rate per payer charge (or one for
 * the gross and cash prices when it has no payer charge). Bad numbers skip the row when they are the item's own
 * (gross, cash) and only that payer's charge when they are the payer's.
 */
export function addRates(item: ChargeItem, charges: readonly PayerCharge[], rates: IopRate[], skips: SkipTally): void {
  const { where, description, codes } = item;
  const setting = checkSetting(item.setting);
  if (!setting.ok) {
    skips.add(setting.inpatient ? 'inpatient setting' : 'setting missing or unknown', () =>
      `${describe(where, description, codes)}, setting "${item.setting ?? ''}"`,
    );
    return;
  }
  const own = readNumbers({ gross: readAmount(item.gross), discountedCash: readAmount(item.discountedCash) });
  if (!own.ok) {
    skips.add('not a number', () => `${where}: ${LABELS[own.field]} "${own.text}" for "${description}" (${describeCodes(codes)})`);
    return;
  }
  const { gross, discountedCash } = own.values;
  const base = {
    description,
    codes,
    setting: setting.setting,
    ...(item.billingClass ? { billingClass: item.billingClass } : {}),
    ...(gross !== undefined ? { gross } : {}),
    ...(discountedCash !== undefined ? { discountedCash } : {}),
  };
  const rateOf = (charge: PayerCharge | null, negotiated: NegotiatedCharge | null, allowed?: AllowedAmounts): IopRate => {
    const methodology = readText(charge?.methodology);
    const notes = [...item.notes, readText(charge?.notes)].filter((note): note is string => note !== undefined);
    const payer = readText(charge?.payer);
    const plan = readText(charge?.plan);
    return {
      ...base,
      unit: unitHint(description, item.drugUnit, item.drugType, methodology),
      ...(payer !== undefined ? { payer } : {}),
      ...(plan !== undefined ? { plan } : {}),
      negotiated,
      ...(allowed ? { allowedAmounts: allowed } : {}),
      ...(methodology !== undefined ? { methodology } : {}),
      ...(item.modifiers?.length ? { modifiers: item.modifiers } : {}),
      ...(notes.length ? { notes: notes.join('; ') } : {}),
      where: where + (charge?.where ?? ''),
      ...(hasIopCode(codes) ? {} : { toAsk: 'revenue code' as const }),
    };
  };

  if (charges.length === 0) {
    if (gross === undefined && discountedCash === undefined) {
      skips.add('no amount', () => describe(where, description, codes));
      return;
    }
    rates.push(rateOf(null, null));
    return;
  }
  for (const charge of charges) {
    const chargeWhere = where + (charge.where ?? '');
    const payerName = [readText(charge.payer), readText(charge.plan)].filter(Boolean).join(' | ') || 'no payer';
    const amounts = readNumbers({
      dollar: readAmount(charge.dollar),
      percent: readPercent(charge.percentage),
      estimatedAmount: readAmount(charge.estimatedAmount),
      median: readAmount(charge.median),
      tenthPercentile: readAmount(charge.tenthPercentile),
      ninetiethPercentile: readAmount(charge.ninetiethPercentile),
    });
    if (!amounts.ok) {
      skips.add('not a number', () => `${chargeWhere}, ${payerName}: ${LABELS[amounts.field]} "${amounts.text}" for "${description}" (${describeCodes(codes)})`);
      continue;
    }
    const { dollar, percent, estimatedAmount, median, tenthPercentile, ninetiethPercentile } = amounts.values;
    const negotiated = negotiatedOf(dollar, percent, readText(charge.algorithm), estimatedAmount);
    if (!negotiated && gross === undefined && discountedCash === undefined) {
      skips.add('no amount', () => `${describe(chargeWhere, description, codes)}, ${payerName}`);
      continue;
    }
    rates.push(rateOf(charge, negotiated, allowedOf(median, tenthPercentile, ninetiethPercentile, readText(charge.count))));
  }
}

/**
 * A row with no IOP code whose payer's algorithm or note speaks of intensive outpatient and states dollar amounts
 * ("Intensive outpatient program: quantity between 1 and 3, Per diem ($319.65)..."): each such charge is kept, to
 * be quoted in the report for the center to confirm, never priced. Called for rows screenItem left out.
 */
export function addStatedRates(item: ChargeItem, charges: readonly PayerCharge[], rates: IopRate[]): void {
  for (const charge of charges) {
    const text = [readText(charge.algorithm), readText(charge.notes)].find((t) => t !== undefined && readsLikeIop(t) && /\$\s?\d/.test(t));
    if (text === undefined) continue;
    const payer = readText(charge.payer);
    const plan = readText(charge.plan);
    rates.push({
      description: item.description,
      codes: item.codes,
      setting: 'both',
      unit: null,
      ...(payer !== undefined ? { payer } : {}),
      ...(plan !== undefined ? { plan } : {}),
      negotiated: { kind: 'algorithm', text },
      where: item.where + (charge.where ?? ''),
      toAsk: 'text',
    });
  }
}

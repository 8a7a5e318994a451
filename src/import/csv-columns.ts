// The column-name row of a CMS CSV price file, read into where each data element is, and whether the file is
// "tall" (payer_name and plan_name columns, one row per payer and plan) or "wide" (payer and plan in the column
// names: "standard_charge | Payer | Plan | negotiated_dollar"). Column names are read case-insensitively and with
// or without spaces around the pipes ("code | 1" in v2, "code|1" in v3), as CMS accepts both.

/** One payer and plan's columns in a wide file. */
export interface WidePayerColumns {
  payer: string;
  plan: string;
  dollar?: number;
  percentage?: number;
  algorithm?: number;
  estimatedAmount?: number;
  median?: number;
  tenthPercentile?: number;
  ninetiethPercentile?: number;
  count?: number;
  methodology?: number;
  notes?: number;
}

/** Tall files' payer columns: the same fields, one payer per row. */
export type TallPayerColumns = Omit<WidePayerColumns, 'payer' | 'plan'> & { payer?: number; plan?: number };

export interface CsvColumns {
  layout: 'tall-csv' | 'wide-csv';
  description?: number;
  /** code | i with its code | i | type, in order of i. */
  codes: { code: number; type?: number }[];
  setting?: number;
  billingClass?: number;
  drugUnit?: number;
  drugType?: number;
  modifiers?: number;
  gross?: number;
  discountedCash?: number;
  genericNotes?: number;
  tall: TallPayerColumns;
  wide: WidePayerColumns[];
  /** Columns the template does not define whose names say they hold notes ("Notes", "Comments", ...). */
  extraNotes: { index: number; name: string }[];
}

/** A header cell without a byte-order mark, trimmed, with no spaces around its pipes: "code | 1" -> "code|1". */
export function tidyName(cell: string): string {
  // Split and trimmed rather than replace(/\s*\|\s*/g): that pattern tried the whole run of spaces from each of
  // its spaces, seconds for a header cell of a few hundred thousand spaces. trim() removes what \s matches.
  return cell.replace(/^\uFEFF/, '').trim().split('|').map((part) => part.trim()).join('|');
}

/** A header cell as a key: tidy and lower case. */
export function nameKey(cell: string): string {
  return tidyName(cell).toLowerCase();
}

/** The row that names the columns: "description" and a code or standard charge column. */
export function isColumnNameRow(keys: readonly string[]): boolean {
  return keys.includes('description') && keys.some((key) => key.startsWith('code|') || key.startsWith('standard_charge|'));
}

const ITEM_COLUMNS: Record<string, keyof Omit<CsvColumns, 'layout' | 'codes' | 'tall' | 'wide' | 'extraNotes'>> = {
  description: 'description',
  setting: 'setting',
  billing_class: 'billingClass',
  drug_unit_of_measurement: 'drugUnit',
  drug_type_of_measurement: 'drugType',
  modifiers: 'modifiers',
  'standard_charge|gross': 'gross',
  'standard_charge|discounted_cash': 'discountedCash',
  additional_generic_notes: 'genericNotes',
};

type PayerField = keyof Omit<WidePayerColumns, 'payer' | 'plan'>;

/** Tall columns by their whole name. */
const TALL_COLUMNS: Record<string, PayerField | 'payer' | 'plan'> = {
  payer_name: 'payer',
  plan_name: 'plan',
  'standard_charge|negotiated_dollar': 'dollar',
  'standard_charge|negotiated_percentage': 'percentage',
  'standard_charge|negotiated_algorithm': 'algorithm',
  'standard_charge|methodology': 'methodology',
  estimated_amount: 'estimatedAmount',
  median_amount: 'median',
  '10th_percentile': 'tenthPercentile',
  '90th_percentile': 'ninetiethPercentile',
  count: 'count',
  additional_payer_notes: 'notes',
};

/** Wide "standard_charge | payer | plan | <field>" columns, by their last part. */
const WIDE_CHARGE_FIELDS: Record<string, PayerField> = {
  negotiated_dollar: 'dollar',
  negotiated_percentage: 'percentage',
  negotiated_algorithm: 'algorithm',
  methodology: 'methodology',
};

/** Wide "<field> | payer | plan" columns, by their first part. */
const WIDE_PAYER_FIELDS: Record<string, PayerField> = {
  estimated_amount: 'estimatedAmount',
  median_amount: 'median',
  '10th_percentile': 'tenthPercentile',
  '90th_percentile': 'ninetiethPercentile',
  count: 'count',
  additional_payer_notes: 'notes',
};

const NOTE_NAME = /note|comment|remark/i;

export function readColumns(header: readonly string[]): CsvColumns {
  const columns: CsvColumns = { layout: 'tall-csv', codes: [], tall: {}, wide: [], extraNotes: [] };
  const codes = new Map<number, { code?: number; type?: number }>();
  const payers = new Map<string, WidePayerColumns>();
  const payerColumns = (payer: string, plan: string): WidePayerColumns => {
    const key = `${payer.toLowerCase()}\u0000${plan.toLowerCase()}`;
    let entry = payers.get(key);
    if (!entry) {
      entry = { payer, plan };
      payers.set(key, entry);
    }
    return entry;
  };

  header.forEach((cell, index) => {
    const name = tidyName(cell);
    const key = name.toLowerCase();
    const parts = name.split('|');
    const first = parts[0]!.toLowerCase();
    const last = parts[parts.length - 1]!.toLowerCase();

    const item = ITEM_COLUMNS[key];
    if (item) {
      columns[item] ??= index;
      return;
    }
    const tall = TALL_COLUMNS[key];
    if (tall) {
      columns.tall[tall] ??= index;
      return;
    }
    const codeMatch = /^code\|(\d+)(\|type)?$/.exec(key);
    if (codeMatch) {
      const number = Number(codeMatch[1]);
      const code = codes.get(number) ?? {};
      if (codeMatch[2]) code.type ??= index;
      else code.code ??= index;
      codes.set(number, code);
      return;
    }
    if (first === 'standard_charge' && parts.length >= 4 && WIDE_CHARGE_FIELDS[last]) {
      // standard_charge | payer | plan | field: a payer name with its own pipes cannot be told apart, so the plan
      // takes every part between the payer and the field.
      payerColumns(parts[1]!, parts.slice(2, -1).join('|'))[WIDE_CHARGE_FIELDS[last]] ??= index;
      return;
    }
    if (parts.length >= 3 && WIDE_PAYER_FIELDS[first]) {
      payerColumns(parts[1]!, parts.slice(2).join('|'))[WIDE_PAYER_FIELDS[first]] ??= index;
      return;
    }
    if (key !== '' && NOTE_NAME.test(key)) columns.extraNotes.push({ index, name });
  });

  columns.codes = [...codes.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, code]) => code.code !== undefined)
    .map(([, code]) => ({ code: code.code!, ...(code.type !== undefined ? { type: code.type } : {}) }));
  columns.wide = [...payers.values()];
  if (columns.wide.length && columns.tall.payer === undefined) columns.layout = 'wide-csv';
  return columns;
}

// What reading a hospital's machine-readable price file (45 CFR 180.50; CMS template v2.x and v3.0) gives back.
// Amounts are decimal strings with two decimals ("1234.50"); percentages as written ("62.5" for 62.5%).

export type PriceFileLayout = 'json' | 'tall-csv' | 'wide-csv';

/** A billing code as the file writes it: `type` is the file's code type ("HCPCS", "RC", ...). */
export interface PriceFileCode {
  code: string;
  type: string;
}

/** The billing unit the file says a rate is for ("per diem", "per hour"), or null when it does not say. */
export type UnitHint = 'day' | 'hour';

export type NegotiatedCharge =
  | { kind: 'dollar'; amount: string }
  /** `estimatedAmount`: the v2.2 "estimated allowed amount" for a percentage or algorithm charge. */
  | { kind: 'percentage'; percent: string; estimatedAmount?: string }
  | { kind: 'algorithm'; text: string; estimatedAmount?: string };

/**
 * v3.0 replaced v2.2's estimated_amount with what the hospital was actually allowed over its look-back period:
 * the median, 10th and 90th percentile amounts and the count of remittances ("0", "1 through 10", "11", ...).
 */
export interface AllowedAmounts {
  median?: string;
  tenthPercentile?: string;
  ninetiethPercentile?: string;
  count?: string;
}

/** One IOP standard charge: one payer and plan's charge for an IOP item, or the item's gross and cash prices alone. */
export interface IopRate {
  description: string;
  codes: PriceFileCode[];
  setting: 'outpatient' | 'both';
  billingClass?: string;
  /** From the description, the drug unit columns, or a "per diem" methodology; null when the file does not say. */
  unit: UnitHint | null;
  gross?: string;
  discountedCash?: string;
  payer?: string;
  plan?: string;
  negotiated: NegotiatedCharge | null;
  /** v3.0 files only. */
  allowedAmounts?: AllowedAmounts;
  methodology?: string;
  modifiers?: string[];
  /** Generic and payer notes, and any extra note columns the file adds, joined with "; ". */
  notes?: string;
  /** Where in the file: "row 12" (CSV record number, header rows included) or a JSON path. */
  where: string;
  /**
   * Kept to be asked about in the report, never priced: a row with no IOP code but an IOP description under a
   * revenue code IOP days may be filed under (0900, 0912-0915; iop-codes.ts, isIopToAsk), or whose payer's
   * algorithm or note speaks of intensive outpatient and states dollar amounts (McLean's per diems).
   */
  toAsk?: 'revenue code' | 'text';
}

/** Rows (or, for a reason about one payer's charge, payer charges) left out, with up to 3 short examples. */
export interface SkipCount {
  reason: SkipReason;
  count: number;
  examples: string[];
}

export type SkipReason =
  | 'not an IOP code'
  | 'not an IOP code, though the description reads like IOP'
  | 'inpatient setting'
  | 'setting missing or unknown'
  | 'no amount'
  | 'not a number'
  | 'unreadable CSV row';

export interface PriceFileHospital {
  name: string | null;
  addresses: string[];
  /** Type 2 NPIs (v3.0). */
  npis?: string[];
  /** ISO date (YYYY-MM-DD) when the file's date reads as one, else as written; null when absent. */
  lastUpdatedOn: string | null;
}

export interface PriceFileReport {
  layout: PriceFileLayout;
  /** The CMS template version the file names ("3.0.0", "2.2.0"), or null. */
  version: string | null;
  hospital: PriceFileHospital;
  rates: IopRate[];
  /** Most frequent reason first. */
  skipped: SkipCount[];
  /**
   * Rows read: CSV records after the column-name row; in JSON, each standard_charges entry of each
   * standard_charge_information item, and each modifier_information entry (so a JSON file counts like its wide CSV).
   */
  rowsRead: number;
}

export interface PriceFileProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  /** Rows (JSON: standard_charges entries) read so far that carry an IOP code. */
  iopRows: number;
}

export interface ReadPriceFileOptions {
  /** Called as the file is read (about once per MiB) and once at the end. */
  onProgress?: (progress: PriceFileProgress) => void;
}

/** The file cannot be read as a price file at all (no column-name row, broken JSON, ...). */
export class PriceFileError extends Error {
  override name = 'PriceFileError';
}

// Streams a CMS CSV price file, tall or wide, row by row through csv-parse: the general data rows, the column-name
// row, then each data row screened for an IOP code before anything else is read from it. Memory stays bounded by
// the longest row, whatever the file's size.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { readText } from './amounts.ts';
import { isColumnNameRow, nameKey, readColumns, type CsvColumns, type TallPayerColumns } from './csv-columns.ts';
import { generalData, type GeneralData } from './general-data.ts';
import { addRates, screenItem, type ChargeItem, type PayerCharge } from './iop-rate.ts';
import { SkipTally } from './skip-tally.ts';
import { PriceFileError, type IopRate, type PriceFileProgress, type PriceFileReport } from './types.ts';

/** The column-name row must come within this many rows (CMS puts it on row 3). */
const HEADER_ROWS = 20;
/** A row longer than this (in characters) is a broken file, most likely a quote never closed. */
const MAX_ROW = 8 * 1024 * 1024;

function cell(row: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : row[index];
}

/** The payer-specific cells of a tall row, or null when it names no payer and has no payer charge. */
function tallCharge(row: readonly string[], tall: TallPayerColumns): PayerCharge | null {
  const charge: PayerCharge = {};
  let any = false;
  for (const field of Object.keys(tall) as (keyof TallPayerColumns)[]) {
    const value = cell(row, tall[field]);
    charge[field] = value;
    if (field !== 'methodology' && field !== 'notes' && readText(value) !== undefined) any = true;
  }
  return any ? charge : null;
}

/** Each payer and plan of a wide row that has a negotiated charge (dollar, percentage or algorithm) written. */
function wideCharges(row: readonly string[], columns: CsvColumns): PayerCharge[] {
  const charges: PayerCharge[] = [];
  for (const payer of columns.wide) {
    const dollar = cell(row, payer.dollar);
    const percentage = cell(row, payer.percentage);
    const algorithm = cell(row, payer.algorithm);
    if (readText(dollar) === undefined && readText(percentage) === undefined && readText(algorithm) === undefined) continue;
    charges.push({
      payer: payer.payer,
      plan: payer.plan,
      dollar,
      percentage,
      algorithm,
      estimatedAmount: cell(row, payer.estimatedAmount),
      median: cell(row, payer.median),
      tenthPercentile: cell(row, payer.tenthPercentile),
      ninetiethPercentile: cell(row, payer.ninetiethPercentile),
      count: cell(row, payer.count),
      methodology: cell(row, payer.methodology),
      notes: cell(row, payer.notes),
    });
  }
  return charges;
}

function itemOf(row: readonly string[], columns: CsvColumns, where: string, description: string, codes: ChargeItem['codes']): ChargeItem {
  const notes: string[] = [];
  const generic = readText(cell(row, columns.genericNotes));
  if (generic !== undefined) notes.push(generic);
  for (const extra of columns.extraNotes) {
    const note = readText(row[extra.index]);
    if (note !== undefined) notes.push(`${extra.name}: ${note}`);
  }
  const modifiers = readText(cell(row, columns.modifiers))?.split('|').map((part) => part.trim()).filter(Boolean);
  const billingClass = readText(cell(row, columns.billingClass));
  const drugUnit = readText(cell(row, columns.drugUnit));
  const drugType = readText(cell(row, columns.drugType));
  return {
    where,
    description,
    codes,
    setting: cell(row, columns.setting),
    ...(billingClass !== undefined ? { billingClass } : {}),
    ...(drugUnit !== undefined ? { drugUnit } : {}),
    ...(drugType !== undefined ? { drugType } : {}),
    ...(modifiers?.length ? { modifiers } : {}),
    gross: cell(row, columns.gross),
    discountedCash: cell(row, columns.discountedCash),
    notes,
  };
}

export async function readCsvPriceFile(
  path: string,
  totalBytes: number,
  onProgress?: (progress: PriceFileProgress) => void,
): Promise<PriceFileReport> {
  const skips = new SkipTally();
  const rates: IopRate[] = [];
  let general: GeneralData = generalData({});
  let generalNames: string[] | null = null;
  let columns: CsvColumns | null = null;
  let record = 0;
  let rowsRead = 0;
  let bytesRead = 0;

  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  input.on('data', (chunk) => {
    bytesRead += chunk.length;
    onProgress?.({ bytesRead, totalBytes, rowsRead });
  });
  const parser = parse({
    bom: true,
    relax_column_count: true, // rows shorter or longer than the header (trailing note cells)
    relax_quotes: true, // a quote inside an unquoted cell (5" tubing)
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW,
  });
  parser.on('skip', (error: CsvError) => {
    record++;
    if (columns) rowsRead++;
    skips.add('unreadable CSV row', () => `row ${record}: ${error.message}`);
  });

  const readRow = (row: string[]): void => {
    record++;
    if (!columns) {
      if (record > HEADER_ROWS) {
        throw new PriceFileError(
          `${path}: no column-name row (one with "description" and "code | 1" or "standard_charge | ..." columns) in the first ${HEADER_ROWS} rows`,
        );
      }
      const keys = row.map(nameKey);
      if (isColumnNameRow(keys)) {
        columns = readColumns(row);
      } else if (generalNames) {
        general = generalData(Object.fromEntries(generalNames.map((name, i) => [name, row[i]])));
        generalNames = null;
      } else if (keys.includes('hospital_name')) {
        generalNames = keys;
      }
      return;
    }
    rowsRead++;
    const where = `row ${record}`;
    const codes: ChargeItem['codes'] = [];
    for (const column of columns.codes) {
      const code = row[column.code]?.trim();
      if (code) codes.push({ code, type: cell(row, column.type)?.trim() ?? '' });
    }
    const description = cell(row, columns.description)?.trim() ?? '';
    if (!screenItem(where, description, codes, skips)) return;
    const item = itemOf(row, columns, where, description, codes);
    let charges: PayerCharge[];
    if (columns.layout === 'wide-csv') {
      charges = wideCharges(row, columns);
    } else {
      const charge = tallCharge(row, columns.tall);
      charges = charge ? [charge] : [];
    }
    addRates(item, charges, rates, skips);
  };

  await pipeline(input, parser, async (rows: AsyncIterable<string[]>) => {
    for await (const row of rows) readRow(row);
  });

  const found = columns as CsvColumns | null;
  if (!found) throw new PriceFileError(`${path}: no column-name row (one with "description" and "code | 1" or "standard_charge | ..." columns)`);
  onProgress?.({ bytesRead, totalBytes, rowsRead });
  return { layout: found.layout, version: general.version, hospital: general.hospital, rates, skipped: skips.report(), rowsRead };
}

// Streams a CMS CSV price file, tall or wide, record by record (csv-records.ts): the general data rows, the column-name
// row, then each data row. A data row in whose raw bytes the byte screen (byte-screen.ts) finds nothing is counted as
// "not an IOP code" without being parsed; any other is parsed and screened for an IOP code before anything else is
// read from it. Memory stays bounded by the longest row, whatever the file's size.
// A file cut short (inside a quote, or in a last row with fewer cells than the row before) is refused, as is a row
// longer than MAX_ROW, a web page saved in place of the file, and a file with no column-name row.
import { open, type FileHandle } from 'node:fs/promises';
import { readText } from './amounts.ts';
import { screenHits } from './byte-screen.ts';
import { isColumnNameRow, nameKey, readColumns, type CsvColumns, type TallPayerColumns } from './csv-columns.ts';
import { CsvRecordFinder, recordCells } from './csv-records.ts';
import { generalData, type GeneralData } from './general-data.ts';
import { addRates, addStatedRates, screenItem, type ChargeItem, type PayerCharge } from './iop-rate.ts';
import { SkipTally } from './skip-tally.ts';
import { PriceFileError, type IopRate, type PriceFileProgress, type PriceFileReport } from './types.ts';

/** The column-name row must come within this many rows (CMS puts it on row 3). */
const HEADER_ROWS = 20;
/** A row longer than this (in bytes) is a broken file, most likely a quote never closed. */
export const MAX_ROW = 8 * 1024 * 1024;
/** How much of the file is read at a time. */
const CHUNK = 1024 * 1024;

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

function rowCodes(row: readonly string[], columns: CsvColumns): ChargeItem['codes'] {
  const codes: ChargeItem['codes'] = [];
  for (const column of columns.codes) {
    const code = row[column.code]?.trim();
    if (code) codes.push({ code, type: cell(row, column.type)?.trim() ?? '' });
  }
  return codes;
}

/** A row's payer charges: each payer and plan of a wide row, or a tall row's one. */
function chargesOf(row: readonly string[], columns: CsvColumns): PayerCharge[] {
  if (columns.layout === 'wide-csv') return wideCharges(row, columns);
  const charge = tallCharge(row, columns.tall);
  return charge ? [charge] : [];
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

/**
 * The file's bytes, read into one buffer that is used again and again: what a pass did not finish (the start of a
 * record) is moved to its front and more is read after it. (A UTF-16 file never gets here: price-file.ts refuses it.)
 */
class ByteSource {
  buf = Buffer.allocUnsafe(2 * CHUNK);
  /** Bytes of `buf` that hold the file. */
  length = 0;
  /** Bytes of the file read. */
  fileBytes = 0;
  ended = false;

  constructor(private readonly file: FileHandle) {}

  /** Drops `buf[0..from]`, moves the rest to the front and reads more after it. */
  async refill(from: number): Promise<void> {
    this.buf.copyWithin(0, from, this.length);
    this.length -= from;
    if (this.buf.length - this.length < CHUNK) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.length + CHUNK));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    const { bytesRead } = await this.file.read(this.buf, this.length, Math.min(CHUNK, this.buf.length - this.length), null);
    this.length += bytesRead;
    this.fileBytes += bytesRead;
    if (bytesRead === 0) this.ended = true;
  }
}

function grouped(count: number): string {
  return count.toLocaleString('en-US');
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
  let headerCells = 0;
  let record = 0;
  let rowsRead = 0;
  let iopRows = 0;
  let bytesRead = 0;

  /** A record whose cells are wanted: a general data or column-name row, or a data row the screen let through. */
  const readRow = (row: string[]): void => {
    record++;
    if (!columns) {
      if (record > HEADER_ROWS) {
        throw new PriceFileError(
          `no column-name row (one with "description" and "code | 1" or "standard_charge | ..." columns) in the first ${HEADER_ROWS} rows: this is not a CMS price file`,
        );
      }
      const keys = row.map(nameKey);
      if (isColumnNameRow(keys)) {
        columns = readColumns(row);
        headerCells = row.length;
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
    const codes = rowCodes(row, columns);
    const description = cell(row, columns.description)?.trim() ?? '';
    if (!screenItem(where, description, codes, skips)) {
      // No IOP code, but the byte screen found IOP words: a payer's text may state the IOP's per diem.
      addStatedRates(itemOf(row, columns, where, description, codes), chargesOf(row, columns), rates);
      return;
    }
    iopRows++;
    addRates(itemOf(row, columns, where, description, codes), chargesOf(row, columns), rates, skips);
  };

  const finder = new CsvRecordFinder();
  /** The last record read, to compare a last row without a line end with. */
  let previousBuf: Buffer | null = null;
  let previousStart = 0;
  let previousEnd = 0;
  let previousInWindow = false;
  const tooLong = () => new PriceFileError(`row ${grouped(record + 1)} is longer than ${grouped(MAX_ROW)} bytes, more than any row of a price file: most likely a quote is never closed`);

  /** Reads the whole records of `buf`; returns where the first one it could not finish starts. */
  const readRecords = (buf: Buffer, begin: number, final: boolean): number => {
    // The screen runs once over the whole buffer; a record is parsed only if one of its finds falls inside it.
    const hits = screenHits(buf, begin);
    let hit = 0;
    let start = begin;
    while (start < buf.length) {
      const found = finder.find(buf, start, final);
      if (found.kind === 'more') {
        if (found.unclosedQuote) {
          throw new PriceFileError(
            `the file ends inside a quoted cell, in the middle of row ${grouped(record + 1)}: it looks cut short, download it again`,
          );
        }
        if (buf.length - start > MAX_ROW) throw tooLong();
        return start;
      }
      const { end, next } = found;
      if (end - start > MAX_ROW) throw tooLong();
      if (end > start) {
        if (!found.terminated && columns && previousBuf) {
          // The last row has no line end: a file cut short mid-row has fewer cells than the row before it.
          const before = recordCells(previousBuf, previousStart, previousEnd).length;
          const cells = recordCells(buf, start, end).length;
          if (cells < Math.min(before, headerCells)) {
            throw new PriceFileError(
              `the file ends in the middle of a row (row ${grouped(record + 1)}, ${cells} of ${before} cells): it looks cut short, download it again`,
            );
          }
        }
        while (hit < hits.length && hits[hit]! < start) hit++;
        if (!columns || (hit < hits.length && hits[hit]! < end)) {
          readRow(recordCells(buf, start, end));
        } else {
          // nothing in this row's bytes could be an IOP code or an IOP description: counted as screenItem would
          record++;
          rowsRead++;
          const rowNumber = record;
          skips.add('not an IOP code', () => {
            const where = `row ${rowNumber}`;
            // the example screenItem gives, from a tally of its own
            const scratch = new SkipTally();
            const row = recordCells(buf, start, end);
            screenItem(where, cell(row, columns!.description)?.trim() ?? '', rowCodes(row, columns!), scratch);
            return scratch.report()[0]?.examples[0] ?? where;
          });
        }
        previousBuf = buf;
        previousStart = start;
        previousEnd = end;
        previousInWindow = true;
      }
      start = next;
    }
    return start;
  };

  const file = await open(path, 'r');
  try {
    const source = new ByteSource(file);
    let begin = -1; // where the first record starts, once the first bytes are in
    let done = 0;
    do {
      if (previousBuf && previousInWindow) {
        // the row before the one left unfinished is about to be overwritten: kept aside for the cut-short check
        previousBuf = Buffer.from(previousBuf.subarray(previousStart, previousEnd));
        previousEnd -= previousStart;
        previousStart = 0;
        previousInWindow = false;
      }
      await source.refill(done);
      bytesRead = source.fileBytes;
      const buf = source.buf.subarray(0, source.length);
      if (begin < 0) {
        if (buf.length < 3 && !source.ended) {
          done = 0;
          continue;
        }
        begin = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0; // a UTF-8 byte-order mark
      }
      done = readRecords(buf, begin, source.ended);
      begin = 0;
      onProgress?.({ bytesRead, totalBytes, rowsRead, iopRows });
    } while (!source.ended);
  } finally {
    await file.close();
  }

  const found = columns as CsvColumns | null;
  if (!found) throw new PriceFileError('no column-name row (one with "description" and "code | 1" or "standard_charge | ..." columns): this is not a CMS price file');
  onProgress?.({ bytesRead, totalBytes, rowsRead, iopRows });
  return { layout: found.layout, version: general.version, hospital: general.hospital, rates, skipped: skips.report(), rowsRead };
}

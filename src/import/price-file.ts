// Reads a hospital's machine-readable standard charge file (45 CFR 180.50; CMS template v2.x and v3.0, as JSON, tall
// CSV or wide CSV) as a stream, and keeps the Intensive Outpatient Program rates (iop-codes.ts says which codes).
// Every other row is counted under the reason it was left out. Memory stays bounded by the longest row or item,
// so files of hundreds of MB read in a steady footprint (bench/import.bench.ts).
import { open } from 'node:fs/promises';
import { readCsvPriceFile } from './csv-price-file.ts';
import { readJsonPriceFile } from './json-price-file.ts';
import type { PriceFileReport, ReadPriceFileOptions } from './types.ts';

export type {
  AllowedAmounts,
  IopRate,
  NegotiatedCharge,
  PriceFileCode,
  PriceFileHospital,
  PriceFileLayout,
  PriceFileProgress,
  PriceFileReport,
  ReadPriceFileOptions,
  SkipCount,
  SkipReason,
  UnitHint,
} from './types.ts';
export { PriceFileError } from './types.ts';

/** How far to look for the first character that is not white space (or a byte-order mark). */
const SNIFF_BYTES = 64 * 1024;

/** JSON when the first character that is not white space or a byte-order mark opens an object or array; else CSV. */
async function sniff(path: string): Promise<{ json: boolean; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    const first = /\S/.exec(text)?.[0];
    return { json: first === '{' || first === '[', size };
  } finally {
    await file.close();
  }
}

/**
 * Reads the price file at `path`: its layout and template version, the hospital's general data, every IOP rate, and
 * what was left out, by reason. Rejects with the file system's error for a file it cannot open, and with a
 * PriceFileError for one it cannot read as a price file at all.
 */
export async function readPriceFile(path: string, options: ReadPriceFileOptions = {}): Promise<PriceFileReport> {
  const { json, size } = await sniff(path);
  return json ? readJsonPriceFile(path, size, options.onProgress) : readCsvPriceFile(path, size, options.onProgress);
}

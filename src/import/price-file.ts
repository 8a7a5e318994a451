// Reads a hospital's machine-readable standard charge file (45 CFR 180.50; CMS template v2.x and v3.0, as JSON, tall
// CSV or wide CSV) as a stream, and keeps the Intensive Outpatient Program rates (iop-codes.ts says which codes).
// Every other row is counted under the reason it was left out. Memory stays bounded by the longest row or item,
// so files of hundreds of MB read in a steady footprint (bench/import.bench.ts).
import { open } from 'node:fs/promises';
import { readCsvPriceFile } from './csv-price-file.ts';
import { readJsonPriceFile } from './json-price-file.ts';
import { PriceFileError, type PriceFileReport, type ReadPriceFileOptions } from './types.ts';

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

/** Files that are not text at all, by their first bytes, and what to do with each. */
const NOT_TEXT: [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive, not a CSV or JSON price file: unzip it and import the file inside'],
  [[0x1f, 0x8b], 'a gzip-compressed file: decompress it (gunzip) and import the file inside'],
  [[0xff, 0xfe], 'a text file encoded as UTF-16, not UTF-8: save it as UTF-8 (in Excel: "CSV UTF-8") and import it again'],
  [[0xfe, 0xff], 'a text file encoded as UTF-16, not UTF-8: save it as UTF-8 (in Excel: "CSV UTF-8") and import it again'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF, not a machine-readable price file: the CMS file is the CSV or JSON one the hospital links beside it'],
];

/** A web page saved in place of the file: its first characters (after a byte-order mark and white space). */
const HTML = /^\s*<(?:!doctype\s+html|html|head|body|meta|title|script|!--)/i;

/**
 * What the first bytes say: JSON when the first character that is not white space or a byte-order mark opens an
 * object or array, else CSV. A file that is empty, not text, or a web page is refused here, in one sentence
 * saying what it is.
 */
async function sniff(path: string): Promise<{ json: boolean; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size === 0) throw new PriceFileError('the file is empty (0 bytes): download it again');
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    for (const [bytes, what] of NOT_TEXT) {
      if (bytes.every((byte, i) => head[i] === byte)) throw new PriceFileError(`this is ${what}`);
    }
    // UTF-16 without its byte-order mark, or not text at all: text has no NUL bytes. (Bytes that are not UTF-8,
    // such as a Latin-1 "é" in an attester's name, are read as U+FFFD: they do not touch a code or an amount.)
    if (head.includes(0)) {
      throw new PriceFileError('the file holds NUL bytes: it is UTF-16 text or not text at all; save it as UTF-8 (in Excel: "CSV UTF-8") and import it again');
    }
    const text = head.toString('utf8');
    const content = text.replace(/^\uFEFF/, '');
    if (HTML.test(content)) {
      throw new PriceFileError('a web page (HTML), not a CSV or JSON price file: download the price file itself, not the page that links to it');
    }
    const first = /\S/.exec(content)?.[0];
    if (first === undefined) throw new PriceFileError('the file holds only blank space: download it again');
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
  if (!json) return readCsvPriceFile(path, size, options.onProgress);
  const report = await readJsonPriceFile(path, size, options.onProgress);
  // JSON, but none of what the CMS template requires: another kind of JSON file.
  if (report.rowsRead === 0 && report.hospital.name === null) {
    throw new PriceFileError('a JSON file without the CMS price file fields (hospital_name, version, standard_charge_information): this is not a CMS price file');
  }
  return report;
}

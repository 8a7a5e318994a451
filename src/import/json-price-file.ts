// Reads a CMS JSON price file from its raw bytes (json-items.ts): the root object's keys are found without parsing
// the file, a top-level field the reader does not use (license_information, attestation, a field of any size the file
// adds) is passed over without being kept, and the general data fields it uses are kept up to GENERAL_FIELD_LIMITS
// characters (a longer one refuses the file). standard_charge_information and modifier_information are never held
// whole: each item of those arrays is found in the bytes, up to MAX_ITEM characters. An item in whose bytes the byte
// screen (byte-screen.ts) finds nothing is counted as "not an IOP code" without being parsed, one row for each of its
// standard_charges objects as reading it would; any other item is parsed (stream-json, numbers kept as their text)
// and read. Memory stays bounded by those limits, whatever the file's size or the size of any one field.
import { open } from 'node:fs/promises';
import { Assembler } from 'stream-json/assembler.js';
import { jsonParser } from 'stream-json/core/parser.js';
import { readText } from './amounts.ts';
import { mayBeIop, screenHits } from './byte-screen.ts';
import { generalData } from './general-data.ts';
import { addRates, addStatedRates, screenItem, type ChargeItem, type PayerCharge } from './iop-rate.ts';
import { ITEMS, JsonItemSplitter, JsonTextError, SKIP, type ItemFacts } from './json-items.ts';
import { EXAMPLES_PER_REASON, SkipTally } from './skip-tally.ts';
import { PriceFileError, type IopRate, type PriceFileCode, type PriceFileProgress, type PriceFileReport } from './types.ts';

type Json = Record<string, unknown>;

/** stream-chain's "no more input" value (defs.js: a registered symbol, so every copy of the library agrees on it). */
const END_OF_INPUT = Symbol.for('object-stream.none') as unknown as string;

const CUT_SHORT = 'the file ends before its JSON is complete: it looks cut short, download it again';

const STREAMED = new Set(['standard_charge_information', 'modifier_information']);

/**
 * The top-level fields general-data.ts reads, with the most characters each may hold (its strings, keys and numbers,
 * and one for each other token). Any other top-level field is passed over unread.
 */
export const GENERAL_FIELD_LIMITS: Readonly<Record<string, number>> = {
  hospital_name: 1_000,
  version: 1_000,
  last_updated_on: 1_000,
  hospital_address: 64 * 1024,
  type_2_npi: 64 * 1024,
};
/**
 * A general data field's size as GENERAL_FIELD_LIMITS counts it: the characters of its strings, keys and numbers (as
 * written, numbers being kept as their text), and one for each token of it as stream-json gives them, a string, key or
 * number being a start, its text (when it has one) and an end.
 */
function fieldSize(value: unknown): number {
  if (typeof value === 'string') return value === '' ? 2 : 3 + value.length;
  if (Array.isArray(value)) return value.reduce((size: number, item) => size + fieldSize(item), 2);
  if (isObject(value)) return Object.entries(value).reduce((size, [key, item]) => size + fieldSize(key) + fieldSize(item), 2);
  return 1; // null, true, false
}
/** How much longer than its limit a general data field's text may be while it is read (white space, escapes). */
const FIELD_TEXT_FACTOR = 8;
/**
 * An item of standard_charge_information or modifier_information longer than this (in characters of its text in the
 * file, white space included) is a broken file, as a CSV row is.
 */
export const MAX_ITEM = 8 * 1024 * 1024;
/** A top-level key longer than this is none of the fields read: its value is passed over. */
const MAX_KEY = 1_000;
/** How much of the file is read at a time. */
const CHUNK = 1024 * 1024;
/** How much of the file the screen runs over at a time (about). */
const SCREEN_BYTES = 32 * 1024;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A text or number field as text (numbers arrive as their own text); anything else reads as absent. */
function field(object: Json, name: string): string | undefined {
  const value = object[name];
  return typeof value === 'string' ? value : undefined;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function grouped(count: number): string {
  return count.toLocaleString('en-US');
}

/** A JSON text already checked by the splitter, parsed as stream-json's Assembler builds it (numbers as their text). */
function parsed(text: string): unknown {
  const tokenizer = jsonParser({ packValues: true, streamValues: false });
  const assembler = new Assembler({ numberAsString: true });
  for (const input of [text, END_OF_INPUT]) {
    const tokens = tokenizer(input);
    if (typeof tokens === 'object') for (const token of tokens.values) assembler.consume(token);
  }
  return assembler.current;
}

/** A JSON string's escapes, as the bytes of the UTF-8 text they stand for, read one character each (latin1). */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(.))/g;
const SHORT_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/' };
function unescaped(_: string, hex: string | undefined, short: string | undefined): string {
  if (hex === undefined) return SHORT_ESCAPES[short!]!;
  const code = parseInt(hex, 16);
  return code < 0x80 ? String.fromCharCode(code) : Buffer.from(String.fromCharCode(code), 'utf8').toString('latin1');
}

/** Whether the screen finds anything in the text of `buf[start..end]`, a JSON value with escapes (decoded first). */
function escapedMayBeIop(buf: Buffer, start: number, end: number): boolean {
  const text = Buffer.from(buf.toString('latin1', start, end).replace(ESCAPE, unescaped), 'latin1');
  return mayBeIop(text);
}

export async function readJsonPriceFile(
  path: string,
  totalBytes: number,
  onProgress?: (progress: PriceFileProgress) => void,
): Promise<PriceFileReport> {
  const skips = new SkipTally();
  const rates: IopRate[] = [];
  let rowsRead = 0;
  let iopRows = 0;
  let bytesRead = 0;

  const readItem = (item: unknown, where: string): void => {
    const info = isObject(item) ? item : {};
    const description = readText(field(info, 'description')) ?? '';
    const codes: PriceFileCode[] = objects(info['code_information'])
      .map((code) => ({ code: field(code, 'code')?.trim() ?? '', type: field(code, 'type')?.trim() ?? '' }))
      .filter(({ code }) => code !== '');
    const drug = isObject(info['drug_information']) ? info['drug_information'] : {};
    const entries = objects(info['standard_charges']);
    if (entries.length === 0) {
      rowsRead++;
      if (screenItem(where, description, codes, skips)) skips.add('no amount', () => `${where}: "${description}" has no standard_charges`);
      return;
    }
    entries.forEach((entry, e) => {
      rowsRead++;
      const entryWhere = `${where}.standard_charges[${e}]`;
      const iop = screenItem(entryWhere, description, codes, skips);
      if (iop) iopRows++;
      const modifiers = Array.isArray(entry['modifier_code'])
        ? entry['modifier_code'].filter((code): code is string => typeof code === 'string' && code.trim() !== '').map((code) => code.trim())
        : [];
      const notes = readText(field(entry, 'additional_generic_notes'));
      const billingClass = readText(field(entry, 'billing_class'));
      const drugUnit = readText(field(drug, 'unit'));
      const drugType = readText(field(drug, 'type'));
      const chargeItem: ChargeItem = {
        where: entryWhere,
        description,
        codes,
        setting: field(entry, 'setting'),
        ...(billingClass !== undefined ? { billingClass } : {}),
        ...(drugUnit !== undefined ? { drugUnit } : {}),
        ...(drugType !== undefined ? { drugType } : {}),
        ...(modifiers.length ? { modifiers } : {}),
        gross: field(entry, 'gross_charge'),
        discountedCash: field(entry, 'discounted_cash'),
        notes: notes !== undefined ? [notes] : [],
      };
      const charges: PayerCharge[] = objects(entry['payers_information']).map((payer, p) => ({
        where: `.payers_information[${p}]`,
        payer: field(payer, 'payer_name'),
        plan: field(payer, 'plan_name'),
        dollar: field(payer, 'standard_charge_dollar'),
        percentage: field(payer, 'standard_charge_percentage'),
        algorithm: field(payer, 'standard_charge_algorithm'),
        estimatedAmount: field(payer, 'estimated_amount'),
        median: field(payer, 'median_amount'),
        tenthPercentile: field(payer, '10th_percentile'),
        ninetiethPercentile: field(payer, '90th_percentile'),
        count: field(payer, 'count'),
        methodology: field(payer, 'methodology'),
        notes: field(payer, 'additional_payer_notes'),
      }));
      // No IOP code, but the byte screen found IOP words: a payer's text may state the IOP's per diem.
      if (iop) addRates(chargeItem, charges, rates, skips);
      else addStatedRates(chargeItem, charges, rates);
    });
  };

  /** A modifier entry is a row of its own in the CSV layouts; it carries no item code, so it is never an IOP rate. */
  const readModifier = (modifier: unknown, where: string): void => {
    rowsRead++;
    const info = isObject(modifier) ? modifier : {};
    const description = readText(field(info, 'description')) ?? '';
    screenItem(where, `${description} (modifier ${field(info, 'code') ?? ''})`, [], skips);
  };

  const fields: Json = {};
  /** The root object's key being read (null: longer than MAX_KEY), and the array whose items are read. */
  let key: string | null = null;
  let array = '';
  /**
   * The screen's finds (byte-screen.ts) in the bytes of the buffer screened so far, up to `screenedTo`, and the first
   * not before the item read. The screen runs over the items a few tens of KB at a time: a string of that size is
   * made far faster than one of a whole buffer (which V8 allocates on pages of its own).
   */
  let hits: number[] = [];
  let hit = 0;
  let screenedTo = 0;
  /** Bytes of the buffer that hold the file. */
  let length = 0;
  /** Whether "not an IOP code" has all its examples: until then every item is read, to give them as it would. */
  let examplesKept = false;
  const notIopExamplesKept = (): boolean =>
    (examplesKept ||= (skips.report().find(({ reason }) => reason === 'not an IOP code')?.examples.length ?? 0) >= EXAMPLES_PER_REASON);
  const unused = () => '';

  const splitter = new JsonItemSplitter(
    {
      key(buf, start, end, escaped) {
        key = start < 0 ? null : escaped ? (JSON.parse(`"${buf.toString('utf8', start, end)}"`) as string) : buf.toString('utf8', start, end);
        if (key !== null && key.length > MAX_KEY) key = null;
        if (key === null) return SKIP;
        if (STREAMED.has(key)) {
          array = key;
          return ITEMS;
        }
        return Object.hasOwn(GENERAL_FIELD_LIMITS, key) ? FIELD_TEXT_FACTOR * GENERAL_FIELD_LIMITS[key]! : SKIP;
      },
      field(buf, start, end) {
        const value = parsed(buf.toString('utf8', start, end));
        if (fieldSize(value) > GENERAL_FIELD_LIMITS[key!]!) throw this.tooLong(false, 0);
        fields[key!] = value;
      },
      item(buf: Buffer, start: number, end: number, facts: Readonly<ItemFacts>) {
        let screened: boolean;
        if (facts.escaped) screened = escapedMayBeIop(buf, start, end);
        else {
          if (end > screenedTo) {
            // this item and those after it, to about SCREEN_BYTES: a find cut off at the end is in an item that ends
            // after it, screened again from its own start
            screenedTo = Math.max(end, Math.min(length, start + SCREEN_BYTES));
            hits = screenHits(buf, start, screenedTo);
            hit = 0;
          }
          while (hit < hits.length && hits[hit]! < start) hit++;
          screened = hit < hits.length && hits[hit]! < end;
        }
        const items = array === 'standard_charge_information';
        if (screened || facts.escapedKey || !notIopExamplesKept()) {
          const where = `${array}[${facts.index}]`;
          const item = parsed(buf.toString('utf8', start, end));
          if (items) readItem(item, where);
          else readModifier(item, where);
          return;
        }
        // nothing in the item could be an IOP code or read like IOP: each of its rows counted as screenItem would
        const rows = items && facts.isObject ? Math.max(1, facts.entries) : 1;
        for (let row = 0; row < rows; row++) {
          rowsRead++;
          skips.add('not an IOP code', unused); // its examples are all kept: not called
        }
      },
      tooLong(item, index) {
        if (item) return new PriceFileError(`${array}[${index}] is longer than ${grouped(MAX_ITEM)} characters, more than any item of a price file`);
        const limit = GENERAL_FIELD_LIMITS[key!]!;
        return new PriceFileError(`the file's ${key} is longer than ${grouped(limit)} characters, more than any hospital's general data`);
      },
    },
    6 * MAX_KEY, // a character is at most 6 bytes (\uXXXX)
    MAX_ITEM,
  );

  const file = await open(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(2 * CHUNK);
    let first = true;
    for (;;) {
      if (buf.length - length < CHUNK) {
        const bigger = Buffer.allocUnsafe(Math.max(2 * buf.length, length + CHUNK));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const { bytesRead: read } = await file.read(buf, length, CHUNK, null);
      bytesRead += read;
      length += read;
      if (first && length >= 3) {
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) splitter.skip(3); // a UTF-8 byte-order mark
        first = false;
      }
      screenedTo = 0;
      if (!first || read === 0) splitter.scan(buf, length);
      onProgress?.({ bytesRead, totalBytes, rowsRead, iopRows });
      if (read === 0) break;
      const keep = splitter.keepFrom();
      buf.copyWithin(0, keep, length);
      length -= keep;
      splitter.rebase(keep);
    }
    splitter.finish();
  } catch (error) {
    if (error instanceof JsonTextError) {
      if (error.kind === 'cut-short') throw new PriceFileError(CUT_SHORT);
      if (error.kind === 'not-object') throw new PriceFileError('the JSON file is not an object with the CMS fields (hospital_name, standard_charge_information, ...)');
      throw new PriceFileError(`not valid JSON (${error.message})`);
    }
    throw error;
  } finally {
    await file.close();
  }

  const general = generalData(fields);
  onProgress?.({ bytesRead, totalBytes, rowsRead, iopRows });
  return { layout: 'json', version: general.version, hospital: general.hospital, rates, skipped: skips.report(), rowsRead };
}

// Streams a CMS JSON price file through stream-json's tokenizer, its keys, strings and numbers in pieces (never
// packed by the tokenizer, which would hold a value whole however long it is). A top-level field the reader does not
// use (license_information, attestation, a field of any size the file adds) is passed over without being kept; the
// general data fields it uses are kept up to GENERAL_FIELD_LIMITS characters, and a longer one refuses the file.
// standard_charge_information and modifier_information are never held whole: each item of those arrays is assembled
// on its own (numbers kept as their text) up to MAX_ITEM characters, read, and dropped. Memory stays bounded by those
// limits, whatever the file's size or the size of any one field.
import { createReadStream } from 'node:fs';
import { Assembler } from 'stream-json/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { readText } from './amounts.ts';
import { generalData } from './general-data.ts';
import { addRates, screenItem, type ChargeItem, type PayerCharge } from './iop-rate.ts';
import { SkipTally } from './skip-tally.ts';
import { PriceFileError, type IopRate, type PriceFileCode, type PriceFileProgress, type PriceFileReport } from './types.ts';

type Json = Record<string, unknown>;

/** stream-chain's "no more input" value (defs.js: a registered symbol, so every copy of the library agrees on it). */
const END_OF_INPUT = Symbol.for('object-stream.none') as unknown as string;

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
/** An item of standard_charge_information or modifier_information longer than this (in characters) is a broken file, as a CSV row is. */
export const MAX_ITEM = 8 * 1024 * 1024;
/** A top-level key longer than this is none of the fields read: its value is passed over. */
const MAX_KEY = 1_000;

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

/**
 * Routes the token stream: the general data fields read are assembled whole (within their limits), other top-level
 * fields passed over, the two long arrays assembled item by item (within MAX_ITEM).
 * `depth` counts only the containers opened outside a value being read (1: the root object, 2: a streamed array).
 */
class TokenRouter {
  readonly fields: Json = {};
  private depth = 0;
  private key: string | null = null;
  private streaming: string | null = null;
  private index = 0;
  /** What is done with the value being read: nothing is being read, it is passed over, or it is assembled. */
  private mode: 'none' | 'skip' | 'assemble' = 'none';
  /** Containers open inside the value being read. */
  private nesting = 0;
  /** Characters the value being read may still take, and what to say when it takes more. */
  private budget = 0;
  private tooLong: () => string = () => '';
  /** The pieces of the key, string or number being read (null: not kept), and their length. */
  private pieces: string[] | null = null;
  private piecesLength = 0;
  private keyTooLong = false;
  private assembler = new Assembler({ numberAsString: true });

  constructor(private readonly onItem: (array: string, index: number, item: unknown) => void) {}

  consume(token: Token): void {
    if (this.mode === 'none') {
      if (this.depth === 0) {
        if (token.name !== 'startObject') throw new PriceFileError('the JSON file is not an object with the CMS fields (hospital_name, standard_charge_information, ...)');
        this.depth = 1;
        return;
      }
      if (this.depth === 1) {
        switch (token.name) {
          case 'startKey':
            this.pieces = [];
            this.piecesLength = 0;
            this.keyTooLong = false;
            return;
          case 'stringChunk': // a key's piece (a string value starts with startString, below)
            if (this.keyTooLong) return;
            this.piecesLength += token.value.length;
            if (this.piecesLength > MAX_KEY) {
              this.keyTooLong = true;
              this.pieces = null;
            } else this.pieces!.push(token.value);
            return;
          case 'endKey':
            this.key = this.keyTooLong ? null : this.pieces!.join('');
            this.pieces = null;
            return;
          case 'endObject':
            this.depth = 0;
            return;
          case 'startArray':
            if (this.key !== null && STREAMED.has(this.key)) {
              this.depth = 2;
              this.streaming = this.key;
              this.index = 0;
              return;
            }
            break;
        }
        // a top-level value starts: a general data field read within its limit, or a field passed over
        const key = this.key;
        const limit = key !== null && Object.hasOwn(GENERAL_FIELD_LIMITS, key) ? GENERAL_FIELD_LIMITS[key]! : undefined;
        if (limit === undefined) this.start('skip');
        else {
          this.start('assemble', limit, () => `the file's ${key} is longer than ${grouped(limit)} characters, more than any hospital's general data`);
        }
      } else if (this.depth === 2) {
        if (token.name === 'endArray') {
          this.depth = 1;
          this.streaming = null;
          return;
        }
        const where = `${this.streaming}[${this.index}]`;
        this.start('assemble', MAX_ITEM, () => `${where} is longer than ${grouped(MAX_ITEM)} characters, more than any item of a price file`);
      }
    }
    if (this.read(token)) this.finish();
  }

  private start(mode: 'skip' | 'assemble', budget = 0, tooLong: () => string = () => ''): void {
    this.mode = mode;
    this.nesting = 0;
    this.budget = budget;
    this.tooLong = tooLong;
    if (mode === 'assemble') this.assembler = new Assembler({ numberAsString: true });
  }

  /** Takes one token of the value being read; true when it ends the value. */
  private read(token: Token): boolean {
    const assemble = this.mode === 'assemble';
    if (assemble && --this.budget < 0) throw new PriceFileError(this.tooLong());
    switch (token.name) {
      case 'startObject':
      case 'startArray':
        this.nesting++;
        if (assemble) this.assembler.consume(token);
        return false;
      case 'endObject':
      case 'endArray':
        this.nesting--;
        if (assemble) this.assembler.consume(token);
        return this.nesting === 0;
      case 'startKey':
      case 'startString':
      case 'startNumber':
        if (assemble) {
          this.pieces = [];
          this.piecesLength = 0;
        }
        return false;
      case 'stringChunk': // of a key or a string

      case 'numberChunk':
        if (assemble) {
          this.budget -= token.value.length;
          if (this.budget < 0) throw new PriceFileError(this.tooLong());
          this.pieces!.push(token.value);
        }
        return false;
      case 'endKey':
        if (assemble) this.assembler.consume({ name: 'keyValue', value: this.text() });
        return false;
      case 'endString':
        if (assemble) this.assembler.consume({ name: 'stringValue', value: this.text() });
        return this.nesting === 0;
      case 'endNumber':
        if (assemble) this.assembler.consume({ name: 'numberValue', value: this.text() });
        return this.nesting === 0;
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        if (assemble) this.assembler.consume(token);
        return this.nesting === 0;
      default:
        return false;
    }
  }

  private text(): string {
    const text = this.pieces!.length === 1 ? this.pieces![0]! : this.pieces!.join('');
    this.pieces = null;
    return text;
  }

  /** The value read is complete: an item goes to onItem, a general data field is kept, a field passed over is gone. */
  private finish(): void {
    const mode = this.mode;
    this.mode = 'none';
    if (mode !== 'assemble') return;
    const value = this.assembler.current;
    this.assembler = new Assembler({ numberAsString: true });
    if (this.depth === 2) this.onItem(this.streaming!, this.index++, value);
    else if (this.key !== null) this.fields[this.key] = value;
  }
}

export async function readJsonPriceFile(
  path: string,
  totalBytes: number,
  onProgress?: (progress: PriceFileProgress) => void,
): Promise<PriceFileReport> {
  const skips = new SkipTally();
  const rates: IopRate[] = [];
  let rowsRead = 0;
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
      if (!screenItem(entryWhere, description, codes, skips)) return;
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
      addRates(chargeItem, charges, rates, skips);
    });
  };

  /** A modifier entry is a row of its own in the CSV layouts; it carries no item code, so it is never an IOP rate. */
  const readModifier = (modifier: unknown, where: string): void => {
    rowsRead++;
    const info = isObject(modifier) ? modifier : {};
    const description = readText(field(info, 'description')) ?? '';
    screenItem(where, `${description} (modifier ${field(info, 'code') ?? ''})`, [], skips);
  };

  const router = new TokenRouter((array, index, item) => {
    const where = `${array}[${index}]`;
    if (array === 'standard_charge_information') readItem(item, where);
    else readModifier(item, where);
  });

  // The tokenizer is called on each chunk of text and hands back that chunk's tokens at once (no stream stage per
  // token): keys, strings and numbers come in pieces, never packed whole (the router decides what to keep).
  const tokenizer = jsonParser({ packValues: false, streamValues: true });
  const route = (tokens: ReturnType<typeof tokenizer>): void => {
    if (typeof tokens !== 'object') return; // no token in this chunk
    for (const token of tokens.values) router.consume(token);
  };
  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  input.setEncoding('utf8'); // a character split between two chunks is decoded whole
  try {
    let first = true;
    for await (const chunk of input as AsyncIterable<string>) {
      bytesRead = input.bytesRead;
      onProgress?.({ bytesRead, totalBytes, rowsRead });
      route(tokenizer(first ? chunk.replace(/^\uFEFF/, '') : chunk));
      first = false;
    }
    route(tokenizer(END_OF_INPUT));
  } catch (error) {
    if (error instanceof PriceFileError) throw error;
    if ((error as NodeJS.ErrnoException).code) throw error; // the file system's own errors (ENOENT, EACCES, ...)
    throw new PriceFileError(`${path} is not valid JSON (${(error as Error).message})`);
  }

  const general = generalData(router.fields);
  onProgress?.({ bytesRead, totalBytes, rowsRead });
  return { layout: 'json', version: general.version, hospital: general.hospital, rates, skipped: skips.report(), rowsRead };
}

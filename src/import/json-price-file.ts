// Streams a CMS JSON price file through stream-json's tokenizer: the top-level general data fields are assembled
// as they come, and standard_charge_information and modifier_information are never held whole: each item of
// those arrays is assembled on its own (numbers kept as their text), read, and dropped. Memory stays bounded by
// the largest single item, whatever the file's size.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Assembler } from 'stream-json/assembler.js';
import { parser, type Token } from 'stream-json/parser.js';
import { readText } from './amounts.ts';
import { generalData } from './general-data.ts';
import { addRates, screenItem, type ChargeItem, type PayerCharge } from './iop-rate.ts';
import { SkipTally } from './skip-tally.ts';
import { PriceFileError, type IopRate, type PriceFileCode, type PriceFileProgress, type PriceFileReport } from './types.ts';

type Json = Record<string, unknown>;

const STREAMED = new Set(['standard_charge_information', 'modifier_information']);

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

/**
 * Routes the token stream: general data fields are assembled whole, the two long arrays item by item.
 * `depth` counts only the containers opened outside an item being assembled (1: the root object, 2: a streamed array).
 */
class TokenRouter {
  readonly fields: Json = {};
  private depth = 0;
  private key: string | null = null;
  private streaming: string | null = null;
  private index = 0;
  private assembling = false;
  private readonly assembler = new Assembler({ numberAsString: true });

  constructor(private readonly onItem: (array: string, index: number, item: unknown) => void) {}

  consume(token: Token): void {
    if (!this.assembling) {
      if (this.depth === 0) {
        if (token.name !== 'startObject') throw new PriceFileError('the JSON file is not an object with the CMS fields (hospital_name, standard_charge_information, ...)');
        this.depth = 1;
        return;
      }
      if (this.depth === 1 && token.name === 'keyValue') {
        this.key = token.value;
        return;
      }
      if (this.depth === 1 && token.name === 'endObject') {
        this.depth = 0;
        return;
      }
      if (this.depth === 1 && token.name === 'startArray' && this.key !== null && STREAMED.has(this.key)) {
        this.depth = 2;
        this.streaming = this.key;
        this.index = 0;
        return;
      }
      if (this.depth === 2 && token.name === 'endArray') {
        this.depth = 1;
        this.streaming = null;
        return;
      }
      this.assembling = true; // a value starts: a general data field, or an item of a streamed array
    }
    this.assembler.consume(token);
    if (!this.assembler.done) return;
    this.assembling = false;
    const value = this.assembler.current;
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

  const input = createReadStream(path, { highWaterMark: 1024 * 1024 });
  input.on('data', (chunk) => {
    bytesRead += chunk.length;
    onProgress?.({ bytesRead, totalBytes, rowsRead });
  });
  try {
    await pipeline(input, parser.asStream({ streamValues: false }), async (tokens: AsyncIterable<Token>) => {
      for await (const token of tokens) router.consume(token);
    });
  } catch (error) {
    if (error instanceof PriceFileError) throw error;
    if ((error as NodeJS.ErrnoException).code) throw error; // the file system's own errors (ENOENT, EACCES, ...)
    throw new PriceFileError(`${path} is not valid JSON (${(error as Error).message})`);
  }

  const general = generalData(router.fields);
  onProgress?.({ bytesRead, totalBytes, rowsRead });
  return { layout: 'json', version: general.version, hospital: general.hospital, rates, skipped: skips.report(), rowsRead };
}

// The JSON item splitter (src/import/json-items.ts) against JSON.parse: for any price-file-like JSON written with any
// white space and escapes, and cut into pieces anywhere, it hands over the same items (their raw text parses to the
// items JSON.parse finds), the same general fields, counts each item's standard_charges objects as JSON.parse reads
// them, and refuses exactly the texts JSON.parse refuses (or cut short, or whose root is not an object).
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ITEMS, JsonItemSplitter, JsonTextError, SKIP, type ItemFacts } from '../../src/import/json-items.ts';
import { readPriceFile } from '../../src/import/price-file.ts';
import { describe, expect, it } from '../harness.ts';

const STREAMED = ['standard_charge_information', 'modifier_information'];
const FIELDS = ['hospital_name', 'version', 'hospital_address'];

interface Found {
  fields: [string, unknown][];
  items: { array: string; index: number; text: string; facts: ItemFacts }[];
  error: JsonTextError | null;
}

/** The splitter's finds in `bytes` given in pieces cut at `cuts`, what it still needs carried on as the reader does. */
function split(bytes: Buffer, cuts: number[], limits = { key: 6000, item: 1 << 30, field: 1 << 30 }): Found {
  const found: Found = { fields: [], items: [], error: null };
  let key: string | null = null;
  let array = '';
  const splitter = new JsonItemSplitter(
    {
      key(buf, start, end) {
        key = start < 0 ? null : (JSON.parse(`"${buf.toString('utf8', start, end)}"`) as string);
        if (key !== null && STREAMED.includes(key)) {
          array = key;
          return ITEMS;
        }
        return key !== null && FIELDS.includes(key) ? limits.field : SKIP;
      },
      field(buf, start, end) {
        found.fields.push([key!, JSON.parse(buf.toString('utf8', start, end))]);
      },
      item(buf, start, end, facts) {
        found.items.push({ array, index: facts.index, text: buf.toString('utf8', start, end), facts: { ...facts } });
      },
      tooLong: (item, index) => new Error(item ? `item ${index} too long` : `${key} too long`),
    },
    limits.key,
    limits.item,
  );
  const edges = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let carry = Buffer.alloc(0);
  let from = 0;
  try {
    for (const to of [...edges, bytes.length]) {
      const buf = Buffer.concat([carry, bytes.subarray(from, to)]);
      from = to;
      splitter.scan(buf, buf.length);
      const keep = splitter.keepFrom();
      carry = buf.subarray(keep);
      splitter.rebase(keep);
    }
    splitter.finish();
  } catch (error) {
    if (!(error instanceof JsonTextError)) throw error;
    found.error = error;
  }
  return found;
}

/** What JSON.parse makes of the same text: the items, the fields, and each item's standard_charges objects. */
function expected(text: string): { fields: [string, unknown][]; items: { array: string; index: number; value: unknown }[] } | 'not-object' | 'syntax' {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'syntax';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not-object';
  const fields: [string, unknown][] = [];
  const items: { array: string; index: number; value: unknown }[] = [];
  // keys in the order written, duplicates included: read from the text, as JSON.parse keeps only the last
  for (const [key, entry] of topLevelEntries(text)) {
    if (FIELDS.includes(key)) fields.push([key, entry]);
    if (STREAMED.includes(key) && Array.isArray(entry)) entry.forEach((item, index) => items.push({ array: key, index, value: item }));
  }
  return { fields, items };
}

/** The root object's entries in the order written, duplicates included (the text is valid JSON, its root an object). */
function topLevelEntries(text: string): [string, unknown][] {
  const entries: [string, unknown][] = [];
  // JSON.parse keeps only a duplicate key's last value: each top-level value is parsed from the text instead
  let depth = 0;
  let at = 0;
  let key: string | null = null;
  let valueStart = -1;
  while (at < text.length) {
    const c = text[at]!;
    if (c === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1 && key === null && valueStart < 0) key = JSON.parse(text.slice(at, end + 1)) as string;
      else if (depth === 1 && valueStart < 0) valueStart = at;
      at = end + 1;
      continue;
    }
    if (c === ':' && depth === 1) {
      at++;
      while (/\s/.test(text[at]!)) at++;
      valueStart = at;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0 && key !== null) {
        entries.push([key, JSON.parse(text.slice(valueStart, at))]);
        key = null;
      }
    } else if (c === ',' && depth === 1) {
      entries.push([key!, JSON.parse(text.slice(valueStart, at))]);
      key = null;
      valueStart = -1;
    }
    at++;
  }
  return entries;
}

/** How many objects the last "standard_charges" of an item holds, as the reader counts them. */
function entriesOf(item: unknown): number {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 0;
  const charges = (item as Record<string, unknown>)['standard_charges'];
  return Array.isArray(charges) ? charges.filter((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry)).length : 0;
}

/** A small random number source from a seed, for the way a value is written. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const SPACES = ['', '', '', ' ', '\n', '\r\n  ', '\t'];

/** `value` as JSON, with white space between tokens and characters escaped at random (`escapes`: how often). */
function write(value: unknown, next: () => number, escapes: number): string {
  const space = () => SPACES[Math.floor(next() * SPACES.length)]!;
  const string = (text: string) => {
    let out = '"';
    for (const c of text) {
      const code = c.codePointAt(0)!;
      if (SHORT[c] && (code < 0x20 || c === '"' || c === '\\' || next() < escapes)) out += SHORT[c];
      else if (code < 0x20 || next() < escapes) {
        for (let k = 0; k < c.length; k++) {
          const hex = c.charCodeAt(k).toString(16).padStart(4, '0');
          out += `\\u${next() < 0.5 ? hex : hex.toUpperCase()}`;
        }
      } else if (c === '/' && next() < escapes) out += '\\/';
      else out += c;
    }
    return `${out}"`;
  };
  const go = (v: unknown): string => {
    if (typeof v === 'string') return string(v);
    if (typeof v === 'number') return next() < 0.3 && /^-?\d+$/.test(JSON.stringify(v)) ? `${JSON.stringify(v)}.0` : JSON.stringify(v);
    if (v === null || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return `[${space()}${v.map((item) => go(item)).join(`${space()},${space()}`)}${space()}]`;
    const pairs = (v as Entries).entries ?? Object.entries(v as object);
    return `{${space()}${pairs.map(([k, item]) => `${string(k)}${space()}:${space()}${go(item)}`).join(`${space()},${space()}`)}${space()}}`;
  };
  return go(value);
}

/** An object written with its keys in this order, duplicates included. */
interface Entries {
  entries: [string, unknown][];
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('S9480', 'H0015', '0905', 'RC', 'intensive outpatient', 'IOP', 'a"b', 'back\\slash', 'line\nend', 'ſ9480', 'é', '😀', '\u2028', '{[]}', ',:'),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n))),
    fc.constantFrom(null, true, false),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const charge = fc.oneof(
  fc.record({ setting: fc.constantFrom('outpatient', 'inpatient'), gross_charge: fc.oneof(fc.integer({ min: 0, max: 99999 }), text), payers_information: fc.array(fc.dictionary(text, jsonValue, { maxKeys: 3 }), { maxLength: 2 }) }, { requiredKeys: [] }),
  jsonValue,
);
const itemKeys = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('description'), text),
    fc.tuple(fc.constant('code_information'), fc.array(fc.record({ code: text, type: fc.constantFrom('HCPCS', 'RC', 'CPT', 'APC') }), { maxLength: 3 })),
    fc.tuple(fc.constant('standard_charges'), fc.oneof(fc.array(charge, { maxLength: 4 }), jsonValue)),
    fc.tuple(text, jsonValue),
  ),
  { maxLength: 5 },
);
const item = fc.oneof({ weight: 6, arbitrary: itemKeys.map((entries): Entries => ({ entries })) }, { weight: 1, arbitrary: jsonValue });
const priceFile = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...FIELDS), jsonValue),
      fc.tuple(fc.constantFrom(...STREAMED), fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 6 }) }, { weight: 1, arbitrary: jsonValue })),
      fc.tuple(text, jsonValue),
    ),
    { maxLength: 6 },
  )
  .map((entries): Entries => ({ entries }));

/** `value` as JSON.parse would give it from the written text (duplicate keys: the last). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const object: Record<string, unknown> = {};
    for (const [key, item] of (value as Entries).entries ?? Object.entries(value)) {
      Object.defineProperty(object, key, { value: plain(item), enumerable: true, writable: true, configurable: true });
    }
    return object;
  }
  return value;
}

/** Checks the splitter's finds in `bytes` (UTF-8, valid or not) against JSON.parse's reading of their text. */
function check(bytes: Buffer, cuts: number[]): void {
  const found = split(bytes, cuts);
  const json = bytes.toString('utf8');
  const want = expected(json);
  const first = /[^ \t\n\r]/.exec(json)?.[0];
  if (first !== undefined && first !== '{') {
    // the root is not an object: said at its first byte, when that starts a value the reader would have taken
    expect(found.error?.kind, json).to.equal(/[["\-0-9]/.test(first) ? 'not-object' : 'syntax');
    return;
  }
  if (typeof want === 'string') {
    // not JSON: at a byte that cannot be, or (for a text that could go on to be JSON) at its end
    expect(found.error?.kind, json).to.be.oneOf(want === 'syntax' ? ['syntax', 'cut-short'] : [want]);
    return;
  }
  expect(found.error, json).to.equal(null);
  expect(found.fields, json).to.deep.equal(want.fields);
  expect(found.items.length, json).to.equal(want.items.length);
  found.items.forEach(({ array, index, text: itemText, facts }, n) => {
    const wanted = want.items[n]!;
    expect([array, index], json).to.deep.equal([wanted.array, wanted.index]);
    const parsed = JSON.parse(itemText) as unknown;
    expect(isDeepStrictEqual(parsed, wanted.value), `${itemText} in ${json}`).to.equal(true);
    expect(facts.isObject, itemText).to.equal(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed));
    expect(facts.escaped, itemText).to.equal(itemText.includes('\\'));
    if (!facts.escapedKey) expect(facts.entries, itemText).to.equal(entriesOf(parsed));
  });
}

describe('JSON items: the same as JSON.parse', () => {
  it('for any price-file-like JSON, with any white space and escapes, cut anywhere', () => {
    fc.assert(
      fc.property(priceFile, fc.integer(), fc.constantFrom(0, 0.1, 0.5), fc.array(fc.nat(), { maxLength: 8 }), (file, seed, escapes, cuts) => {
        const json = write(file, random(seed), escapes);
        check(Buffer.from(json), cuts);
        // and JSON.parse reads what was meant
        expect(isDeepStrictEqual(JSON.parse(json), plain(file))).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a text with a byte changed, dropped or added is refused as JSON.parse refuses it; a prefix is cut short', () => {
    const change = fc.tuple(fc.nat(), fc.constantFrom('', '"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '.', 't', 'x', ' ', '\n', '\u0001', 'é'), fc.boolean());
    fc.assert(
      fc.property(priceFile, fc.integer(), fc.constantFrom(0, 0.3), change, fc.array(fc.nat(), { maxLength: 5 }), (file, seed, escapes, [at, put, replace], cuts) => {
        const json = Buffer.from(write(file, random(seed), escapes));
        const where = at % (json.length + 1);
        check(Buffer.concat([json.subarray(0, where), Buffer.from(put), json.subarray(where + (replace ? 1 : 0))]), cuts);
        const found = split(json.subarray(0, where), cuts);
        if (where < json.toString('latin1').trimEnd().length) expect(found.error?.kind, json.toString('utf8', 0, where)).to.equal('cut-short');
      }),
      { numRuns: 400 },
    );
  });

  it('passes over a key longer than its limit, and refuses an item or field longer than its limit', () => {
    const long = `{"${'k'.repeat(50)}":"v","hospital_name":"${'n'.repeat(40)}","standard_charge_information":[{"a":"${'x'.repeat(30)}"}]}`;
    const keys: string[] = [];
    const splitter = (key: number, item: number, field: number) =>
      new JsonItemSplitter(
        {
          key(buf, start, end) {
            const name = start < 0 ? '(too long)' : buf.toString('utf8', start, end);
            keys.push(name);
            return name === 'standard_charge_information' ? ITEMS : name === 'hospital_name' ? field : SKIP;
          },
          field() {},
          item() {},
          tooLong: (isItem, index) => new Error(isItem ? `item ${index}` : 'field'),
        },
        key,
        item,
      );
    for (const cut of [1, 7, 20, 60, long.length]) {
      keys.length = 0;
      const s = splitter(49, 100, 100);
      for (let at = 0; at < long.length; at += cut) s.scan(Buffer.from(long), Math.min(long.length, at + cut));
      s.finish();
      expect(keys).to.deep.equal(['(too long)', 'hospital_name', 'standard_charge_information']);
    }
    // the field's text is 42 characters, the item's 38
    expect(() => splitter(100, 100, 41).scan(Buffer.from(long), long.length)).to.throw('field');
    expect(() => splitter(100, 37, 100).scan(Buffer.from(long), long.length)).to.throw('item 0');
    expect(() => splitter(100, 38, 42).scan(Buffer.from(long), long.length)).to.not.throw();
    // in characters, not bytes (é is 2 bytes, 1 character)
    const accented = `{"standard_charge_information":[{"a":"${'é'.repeat(30)}"}]}`;
    expect(() => splitter(100, 38, 100).scan(Buffer.from(accented), Buffer.byteLength(accented))).to.not.throw();
    expect(() => splitter(100, 37, 100).scan(Buffer.from(accented), Buffer.byteLength(accented))).to.throw('item 0');
  });
});

describe('readPriceFile: JSON items passed over by the byte screen count as before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-json-items-'));
  const fixture = readFileSync('test/fixtures/price-files/iop-v3.json', 'utf8');

  it('escapes in every string (\\/ and \\uXXXX, as PHP and Python write them) read the same as without', async () => {
    const plainFile = join(dir, 'plain.json');
    writeFileSync(plainFile, fixture);
    const escaped = fixture.replace(/"((?:[^"\\]|\\.)*)"/g, (_, body: string) => `"${body.replaceAll('/', '\\/').replace(/[0-9S]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}"`);
    expect(escaped).to.not.equal(fixture);
    const escapedFile = join(dir, 'escaped.json');
    writeFileSync(escapedFile, escaped);
    expect(await readPriceFile(escapedFile)).to.deep.equal(await readPriceFile(plainFile));
  });

  it('items the screen passes over: one row for each standard_charges object (one for none), and the first examples as before', async () => {
    const items = [
      '{"description":"Lab A","code_information":[{"code":"80048","type":"CPT"}],"standard_charges":[{"setting":"outpatient"},7,{"setting":"inpatient"},[]]}',
      '{"description":"Lab B","standard_charges":{"setting":"outpatient"}}',
      '"not an object"',
      '{"description":"Lab C","standard_charges":[{},{}],"standard_charges":[{}]}',
      '{"description":"Lab D","standard\\u005fcharges":[{},{},{}]}',
      ...Array.from({ length: 50 }, (_, i) => `{"description":"Filler ${i}","standard_charges":[{},{}]}`),
    ];
    const file = join(dir, 'filler.json');
    writeFileSync(file, fixture.replace('"standard_charge_information": [', `"standard_charge_information": [${items.join(',\n')},`));
    const [plain, report] = [await readPriceFile(join(dir, 'plain.json')), await readPriceFile(file)];
    expect(report.rates.map(({ where }) => where)).to.deep.equal(
      plain.rates.map(({ where }) => where.replace(/^standard_charge_information\[(\d+)\]/, (_, n: string) => `standard_charge_information[${Number(n) + items.length}]`)),
    );
    // Lab A: 2 objects; Lab B: none (1 row); the string: 1; Lab C: the last standard_charges, 1; Lab D: 3; filler 2 each
    expect(report.rowsRead).to.equal(plain.rowsRead + 2 + 1 + 1 + 1 + 3 + 100);
    const notIop = report.skipped.find(({ reason }) => reason === 'not an IOP code')!;
    expect(notIop.count).to.equal(plain.skipped.find(({ reason }) => reason === 'not an IOP code')!.count + 108);
    expect(notIop.examples).to.deep.equal([
      'standard_charge_information[0].standard_charges[0]: "Lab A" (CPT 80048)',
      'standard_charge_information[0].standard_charges[1]: "Lab A" (CPT 80048)',
      'standard_charge_information[1]: "Lab B" (no code)',
    ]);
  });
});

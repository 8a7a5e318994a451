// The CSV record finder (src/import/csv-records.ts) against csv-parse with the options the importer used to read
// price files with: the same records and the same cells, for any text and wherever the file's chunks are cut.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvRecordFinder, recordCells } from '../../src/import/csv-records.ts';
import { describe, expect, it } from '../harness.ts';

const OPTIONS = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true } as const;

/** The record delimiter the finder settles on: the file's first line end outside quotes. */
function delimiterOf(bytes: Buffer): CsvRecordFinder['delimiter'] {
  const finder = new CsvRecordFinder();
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  finder.find(bytes, start, true);
  return finder.delimiter;
}

/**
 * csv-parse's records, and whether it skipped one (the only error left with these options: a quote never closed).
 * In a "\r\n" file the finder also ends a record at a lone "\n" (csv-records.ts): csv-parse is told the same.
 */
function csvParse(bytes: Buffer): { records: string[][]; unclosed: boolean } {
  let unclosed = false;
  const records = parse(bytes, {
    ...OPTIONS,
    ...(delimiterOf(bytes) === 'crlf' ? { record_delimiter: ['\r\n', '\n'] } : {}),
    on_skip: () => {
      unclosed = true;
    },
  }) as string[][];
  return { records, unclosed };
}

/** The finder's records, the file given in pieces cut at `cuts`, as the reader reads them (what is left carried on). */
function found(bytes: Buffer, cuts: number[]): { records: string[][]; unclosed: boolean } {
  const finder = new CsvRecordFinder();
  const records: string[][] = [];
  const edges = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let carry = Buffer.alloc(0);
  let from = 0;
  let bomChecked = false;
  for (const to of [...edges, bytes.length]) {
    let buf = Buffer.concat([carry, bytes.subarray(from, to)]);
    from = to;
    const final = to === bytes.length;
    if (!bomChecked) {
      if (buf.length < 3 && !final) {
        carry = buf;
        continue;
      }
      bomChecked = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    let start = 0;
    while (start < buf.length) {
      const end = finder.find(buf, start, final);
      if (end.kind === 'more') {
        if (end.unclosedQuote) return { records, unclosed: true };
        break;
      }
      if (end.end > start) records.push(recordCells(buf, start, end.end));
      start = end.next;
    }
    carry = buf.subarray(start);
  }
  return { records, unclosed: false };
}

const piece = fc.constantFrom('a', 'b', ' ', ',', '"', '""', '\n', '\r', '\r\n', '\0', 'é', '\uFEFF', 'S9480');

describe('CSV records: the same as csv-parse', () => {
  it('for any text of quotes, commas, line ends and letters, cut anywhere', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 4 }), (pieces, cuts) => {
        const bytes = Buffer.from(pieces.join(''));
        const expected = csvParse(bytes);
        const actual = found(bytes, cuts);
        expect(actual.unclosed, JSON.stringify(pieces.join(''))).to.equal(expected.unclosed);
        if (!expected.unclosed) expect(actual.records, JSON.stringify(pieces.join(''))).to.deep.equal(expected.records);
      }),
      { numRuns: 5000 },
    );
  });

  it('quoted newlines, quotes inside cells, a byte-order mark, "\\r\\n" and a lone "\\n"', () => {
    for (const text of [
      '\uFEFFa,"b\nc",d\ne,f\n',
      'a,"x ""quoted"" y",5" tubing,"ab"cd,e\r\nf\ng,h\r\n\r\nlast',
      '"a"\0b,c\n"unclosed,',
      'a\r"b\r"\rc',
    ]) {
      const bytes = Buffer.from(text);
      const expected = csvParse(bytes);
      for (const cuts of [[], [1], [2, 3, 5], [7, 11]]) {
        const actual = found(bytes, cuts);
        expect(actual.unclosed, text).to.equal(expected.unclosed);
        if (!expected.unclosed) expect(actual.records, text).to.deep.equal(expected.records);
      }
    }
  });
});

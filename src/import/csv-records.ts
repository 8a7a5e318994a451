// CSV records found in raw bytes, as csv-parse finds them with the options the importer used (bom, relax_quotes,
// relax_column_count, skip_empty_lines; RFC 4180 quoting): where each record ends is found with native byte searches
// (Buffer.indexOf) for quotes and line ends, and its cells are decoded only when the reader asks for them. That is
// what lets the reader pass over the rows the byte screen (byte-screen.ts) finds nothing in without parsing them.
//
// The rules, csv-parse's:
// - The record delimiter is the first line end outside quotes ("\r\n", "\n" or "\r"), and only that one after it:
//   in a "\n" file a "\r" before it is the last cell's text. One departure: in a "\r\n" file a lone "\n" outside
//   quotes ends a record too (csv-parse reads it as text, running the rows of a file with mixed line ends together).
// - A quote opens a quoted cell only as a cell's first character; anywhere else it is text (relax_quotes: 5" tubing).
// - In a quoted cell "" is a quote, and a quote followed by a comma, the line end, the end of the file or a NUL byte
//   closes it. A quote followed by anything else closes it too, and the cell reads as '"' + what the quotes held +
//   '"' + the text up to the next comma (relax_quotes).
// - A line with no character at all is no record (skip_empty_lines); a line of a comma or of spaces is one.

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** What a search for the end of a record found. */
export type RecordEnd =
  /** The record is `start`..`end` (its delimiter not included); the next one starts at `next`. */
  | { kind: 'record'; end: number; next: number; terminated: boolean }
  /** The buffer ends before the record does: read more (or, at the end of the file, it was cut inside a quote). */
  | { kind: 'more'; unclosedQuote: boolean };

/** Finds the records of a CSV file given in pieces; `delimiter` is discovered on the first line end. */
export class CsvRecordFinder {
  /** The record delimiter's bytes once found: "\n", "\r\n" or "\r". */
  delimiter: 'lf' | 'crlf' | 'cr' | null = null;

  /**
   * The end of the record starting at `start` in `buf`. `final`: nothing follows `buf` (the end of the file), so a
   * record without a line end ends with the buffer.
   */
  find(buf: Buffer, start: number, final: boolean): RecordEnd {
    const length = buf.length;
    let at = start; // outside quotes
    let quote = buf.indexOf(QUOTE, at);
    let lineEnd = -2; // not looked for yet
    for (;;) {
      if (lineEnd !== -1 && lineEnd < at) lineEnd = this.lineEnd(buf, at);
      if (quote !== -1 && (lineEnd === -1 || quote < lineEnd)) {
        if (quote === start || buf[quote - 1] === COMMA) {
          // a quoted cell: its closing quote is the first quote not followed by another
          let close = quote + 1;
          for (;;) {
            close = buf.indexOf(QUOTE, close);
            if (close === -1) return { kind: 'more', unclosedQuote: final };
            if (close + 1 >= length) {
              if (!final) return { kind: 'more', unclosedQuote: false }; // "" or the closing quote?
              break;
            }
            if (buf[close + 1] !== QUOTE) break;
            close += 2;
          }
          at = close + 1;
        } else {
          at = quote + 1; // a quote inside a cell is text
        }
        quote = at < length ? buf.indexOf(QUOTE, at) : -1;
        continue;
      }
      if (lineEnd === -1) {
        if (!final) return { kind: 'more', unclosedQuote: false };
        return { kind: 'record', end: length, next: length, terminated: false };
      }
      if (this.delimiter === null) {
        // the first line end outside quotes: "\r\n", "\n" or "\r" from now on
        if (buf[lineEnd] === LF) this.delimiter = 'lf';
        else if (lineEnd + 1 < length) this.delimiter = buf[lineEnd + 1] === LF ? 'crlf' : 'cr';
        else if (final) this.delimiter = 'cr';
        else return { kind: 'more', unclosedQuote: false }; // a "\r" at the end of the buffer: "\r\n"?
      }
      const size = this.delimiter === 'crlf' && buf[lineEnd] === CR ? 2 : 1;
      return { kind: 'record', end: lineEnd, next: lineEnd + size, terminated: true };
    }
  }

  /**
   * Where the first record delimiter at or after `from` starts (outside quotes, as `from` is), or -1 for none in the
   * buffer. Before the delimiter is known, the first "\r" or "\n".
   */
  private lineEnd(buf: Buffer, from: number): number {
    switch (this.delimiter) {
      case 'lf':
        return buf.indexOf(LF, from);
      case 'cr':
        return buf.indexOf(CR, from);
      case 'crlf': {
        // A lone "\n" ends a record too (where csv-parse would read it as text): a file whose line ends are mixed
        // ("\r\n" rows, then "\n" rows appended) must not have its rows run together into one, silently.
        const lf = buf.indexOf(LF, from);
        return lf !== -1 && lf - 1 >= from && buf[lf - 1] === CR ? lf - 1 : lf;
      }
      default: {
        const lf = buf.indexOf(LF, from);
        const cr = buf.indexOf(CR, from);
        return cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
      }
    }
  }
}

/** The cells of the record `buf[start..end]` (its delimiter not included), decoded as UTF-8. */
export function recordCells(buf: Buffer, start: number, end: number): string[] {
  const cells: string[] = [];
  let at = start;
  for (;;) {
    if (at < end && buf[at] === QUOTE) {
      let text = '';
      let from = at + 1;
      let close = from;
      for (;;) {
        close = buf.indexOf(QUOTE, close);
        if (close === -1 || close >= end) {
          // only the last record of a file cut inside a quote gets here: the quote holds the rest
          text += buf.toString('utf8', from, end);
          close = end;
          break;
        }
        if (close + 1 < end && buf[close + 1] === QUOTE) {
          text += buf.toString('utf8', from, close + 1);
          close += 2;
          from = close;
          continue;
        }
        text += buf.toString('utf8', from, close);
        break;
      }
      at = close + 1;
      if (at >= end || buf[at] === COMMA) {
        cells.push(text);
      } else {
        // text after the closing quote: a NUL closes the quote quietly, anything else as '"' + text + '"' (relax_quotes)
        let comma = buf.indexOf(COMMA, at);
        if (comma === -1 || comma > end) comma = end;
        const rest = buf.toString('utf8', at, comma);
        cells.push(buf[at] === 0 ? text + rest : `"${text}"${rest}`);
        at = comma;
      }
    } else {
      let comma = buf.indexOf(COMMA, at);
      if (comma === -1 || comma > end) comma = end;
      cells.push(buf.toString('utf8', at, comma));
      at = comma;
    }
    if (at >= end) return cells;
    at++; // past the comma
  }
}

// The screen a price file's raw bytes go through before a row (CSV) or an item (JSON) is parsed: a row or item in
// which the screen finds nothing certainly has no IOP code (iop-codes.ts, isIopCode) and no description that reads
// like IOP (readsLikeIop), so the readers count it as "not an IOP code" without parsing it. Whatever the screen finds
// goes to the full parser, which decides; so the screen may take too much (a price of $905 is fine), never too little.
//
// SCREEN says what it finds, on the raw bytes read one character each (latin1): UTF-8 is never decoded, so a
// character beyond ASCII is 2 to 4 characters here, none of them an ASCII letter or digit. Why that is enough: a code
// cell is read trimmed and whole (a revenue code "0905", an APC "05862", "S9480"), so its letters and digits stand
// together in the raw bytes with no letter, digit or '.' next to them; a CSV reader only removes quotes, and the JSON
// reader decodes an item's escapes before screening it. Upper case: isIopCode upper-cases the code, and "ſ" (U+017F,
// in UTF-8 C5 BF) is the one character beyond ASCII that upper-cases to S, none to H. Descriptions: readsLikeIop needs
// "intensive" or a whole word "IOP", both ASCII, matched without regard to case here too.
//
// To widen what counts as IOP: add the code to CODES or NUMBERS when it is added to iop-codes.ts, and the words to
// WORDS when readsLikeIop takes others (test/cli/byte-screen.test.ts checks the screen against both).

/** HCPCS IOP codes (the first letter also as U+017F, which upper-cases to S). */
const CODES = ['(?:s|\\xc5\\xbf)9480', 'h0015'];
/**
 * Numbers that are an IOP code alone, with or without leading zeros: revenue codes 0905 and 0906, and the Medicare
 * IOP APCs 5851, 5852, 5861 and 5862.
 */
const NUMBERS = ['90[56]', '585[12]', '586[12]'];
/**
 * Numbers that are an IOP code only with an IOP description: revenue codes 0900 and 0912-0915 (behavioral health
 * treatment, psychotherapy). WORDS already let every row with such a description through, so they are not screened
 * for on their own: that would hand every behavioral health row to the parser for nothing. Should one ever count
 * without such a description, move it to NUMBERS.
 */
export const NUMBERS_WITH_IOP_DESCRIPTION = ['900', '91[2-5]'];
/** What a description that reads like IOP holds. */
const WORDS = ['intensive', '(?<![a-z0-9_])iop(?![a-z0-9_])'];

/**
 * The screen, case-insensitive, on latin1 text. A number must not follow a digit other than its leading zeros, nor
 * a letter or '.', and must not be followed by a digit, a letter or '.'.
 */
export const SCREEN = new RegExp([...WORDS, ...CODES, `(?<![1-9a-z.]0*)(?:${NUMBERS.join('|')})(?![0-9a-z.])`].join('|'), 'i');

/**
 * What SCREEN's matches start with, without the checks around them: a quick first pass over text in which every
 * byte beyond ASCII may have been read as some ASCII character (Buffer's fast 'ascii' decoding drops the high bit),
 * which cannot hide one of these. Each match is then checked on the bytes themselves (isMatch).
 */
const LOOSE = new RegExp(['intensive', 'iop', '9480', '0015', ...NUMBERS].join('|'), 'gi');

const isWordByte = (byte: number | undefined) =>
  byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) || byte === 0x5f);
const isDigitLetterDot = (byte: number | undefined) => byte !== undefined && byte !== 0x5f && (isWordByte(byte) || byte === 0x2e);

/** Whether LOOSE's match `found` at `at` in `buf` is one of SCREEN's. */
function isMatch(buf: Buffer, at: number, found: string): boolean {
  const length = found.length;
  for (let i = 0; i < length; i++) {
    // the bytes themselves, not a byte beyond ASCII read as one of these
    if (buf[at + i]! >= 0x80) return false;
  }
  const first = buf[at]! | 0x20;
  if (first === 0x69 /* i */) return length === 9 || (!isWordByte(buf[at - 1]) && !isWordByte(buf[at + 3]));
  if (length === 4 && buf[at] === 0x39 && buf[at + 1] === 0x34 /* 9480 */) {
    const before = buf[at - 1]! | 0x20;
    return before === 0x73 /* s */ || (buf[at - 2] === 0xc5 && buf[at - 1] === 0xbf);
  }
  if (length === 4 && buf[at] === 0x30 && buf[at + 1] === 0x30 && buf[at + 2] === 0x31 /* 0015 */) return (buf[at - 1]! | 0x20) === 0x68; /* h */
  // a number: leading zeros, then nothing that makes it part of a longer word or number
  let before = at - 1;
  while (before >= 0 && buf[before] === 0x30) before--;
  return !isDigitLetterDot(buf[before]) && !isDigitLetterDot(buf[at + length]);
}

/**
 * Where in `buf[start..end]` the screen finds something: an offset inside each find, in order (SCREEN's matches,
 * found at the speed of a plain byte scan).
 */
export function screenHits(buf: Buffer, start = 0, end = buf.length): number[] {
  const hits: number[] = [];
  const text = buf.toString('ascii', start, end);
  LOOSE.lastIndex = 0;
  for (let match = LOOSE.exec(text); match; match = LOOSE.exec(text)) {
    if (isMatch(buf, start + match.index, match[0])) hits.push(start + match.index);
    else LOOSE.lastIndex = match.index + 1; // a match of SCREEN may start inside one it is not
  }
  return hits;
}

/** Whether the screen finds anything in `buf[start..end]`. */
export function mayBeIop(buf: Buffer, start = 0, end = buf.length): boolean {
  const text = buf.toString('ascii', start, end);
  LOOSE.lastIndex = 0;
  for (let match = LOOSE.exec(text); match; match = LOOSE.exec(text)) {
    if (isMatch(buf, start + match.index, match[0])) return true;
    LOOSE.lastIndex = match.index + 1;
  }
  return false;
}

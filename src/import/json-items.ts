// The items of a CMS JSON price file's standard_charge_information and modifier_information, found in its raw bytes
// (UTF-8, never decoded here) by a byte-level state machine that checks the whole file is JSON as it goes: strings and
// their escapes, numbers, true/false/null, and the brackets' nesting, resumable wherever the file's pieces are cut.
// That is what lets the reader pass over the items the byte screen (byte-screen.ts) finds nothing in without parsing
// them: each item is handed over as a range of bytes, with what the reader needs to count it unparsed (how many
// objects its last "standard_charges" array holds, whether it has escapes).
//
// The JSON it accepts is stream-json's (RFC 8259): white space is space, tab, line feed and carriage return; a string
// holds no byte below 0x20 and only the escapes \" \\ \/ \b \f \n \r \t \uXXXX; numbers are -?(0|[1-9][0-9]*)
// (.[0-9]+)?([eE][+-]?[0-9]+)?; one value, an object, and nothing after it but white space.
//
// The root object's values are read as the handler says for each key: passed over (no byte kept), kept whole (a
// general data field, up to a number of characters), or, for an array, split into items (each kept whole up to
// MAX_ITEM characters). Memory is bounded by those limits and the size of the pieces read, whatever the file's size.

const enum State {
  /** A value is expected: after ':', after ',' in an array, or the root. */
  Value,
  /** After '[': a value or ']'. */
  ValueOrClose,
  /** After ',' in an object: a key. */
  Key,
  /** After '{': a key or '}'. */
  KeyOrClose,
  Colon,
  /** After a value inside a container: ',' or the container's close. */
  After,
  /** After the root object: white space only. */
  Done,
  StringValue,
  KeyString,
  /** After a backslash in a string (`returnTo` says which kind). */
  Escape,
  /** In \uXXXX, `hexLeft` digits to go. */
  Hex,
  /** Numbers: after '-', after a leading 0, in the integer's digits, after '.', in the fraction, after 'e', after its sign, in the exponent. */
  NumMinus,
  NumZero,
  NumInt,
  NumDot,
  NumFrac,
  NumE,
  NumESign,
  NumExp,
  /** In true, false or null (`literal`, `literalAt`). */
  Literal,
}

const OBJECT = 1;
const ARRAY = 2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Bytes that go on a string without ending it or starting an escape: not '"', not '\', not below 0x20. */
const PLAIN = new Uint8Array(256).fill(1);
for (let b = 0; b < 0x20; b++) PLAIN[b] = 0;
PLAIN[QUOTE] = 0;
PLAIN[BACKSLASH] = 0;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isHex = (b: number) => isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66);
const ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt') ESCAPES[c.charCodeAt(0)] = 1;
const LITERALS: Record<number, Uint8Array> = {
  0x74: Buffer.from('true'),
  0x66: Buffer.from('false'),
  0x6e: Buffer.from('null'),
};
const STANDARD_CHARGES = Buffer.from('standard_charges');

/** Whether `buf` holds `bytes` at `at`. */
function same(buf: Buffer, at: number, bytes: Uint8Array): boolean {
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

/** What went wrong with the file's JSON. */
export class JsonTextError extends Error {
  constructor(
    message: string,
    /** 'syntax': not JSON; 'not-object': JSON whose root is not an object; 'cut-short': it ends before its JSON does. */
    readonly kind: 'syntax' | 'not-object' | 'cut-short',
  ) {
    super(message);
  }
}

/** What to do with the value of a key of the root object. */
export const SKIP = 0;
/** When the value is an array, each of its items is handed to `item` (anything else is passed over). */
export const ITEMS = -1;
// a number above 0: the value is kept whole (up to that many characters) and handed to `field`.

/** What the splitter found out about an item, without parsing it. */
export interface ItemFacts {
  /** Its index in its array. */
  index: number;
  /** Whether it is an object. */
  isObject: boolean;
  /** How many of the items of its (last) "standard_charges" array are objects; 0 when it has none, or not an array. */
  entries: number;
  /** Whether a string in it has an escape (its raw bytes are then not its text). */
  escaped: boolean;
  /** Whether one of its own keys has an escape (then `entries` may have missed its "standard_charges"). */
  escapedKey: boolean;
}

export interface JsonItemHandler {
  /**
   * A key of the root object, as the range of raw bytes between its quotes (start -1: longer than `maxKeyBytes`),
   * with whether it holds an escape. Returns SKIP, ITEMS, or the most characters its value may take to be kept.
   */
  key(buf: Buffer, start: number, end: number, escaped: boolean): number;
  /** A value kept whole: its raw bytes. */
  field(buf: Buffer, start: number, end: number): void;
  /** An item of an array whose key said ITEMS: its raw bytes. `facts` is reused for the next item. */
  item(buf: Buffer, start: number, end: number, facts: Readonly<ItemFacts>): void;
  /** The error for a value kept whole (`item` false) or an item (its index) longer than its limit. */
  tooLong(item: boolean, index: number): Error;
}

/** UTF-16 code units the UTF-8 bytes `buf[start..end]` decode to (four-byte characters are two). */
function utf16Length(buf: Buffer, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if ((b & 0xc0) !== 0x80) length += b >= 0xf0 ? 2 : 1;
  }
  return length;
}

function describeByte(b: number): string {
  return b >= 0x21 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * Splits a JSON price file given in pieces. `scan` reads a buffer up to its end; `keepFrom` says where the bytes still
 * needed start (a value or key being kept); the caller drops the bytes before it, moves the rest to the front of its
 * buffer, says so with `rebase`, appends more and scans again.
 */
export class JsonItemSplitter {
  /** Where the next byte to read is, in the caller's buffer. */
  private pos = 0;
  /** Bytes of the file before the caller's buffer (for error messages). */
  private base = 0;
  private state = State.Value;
  private returnTo = State.StringValue;
  private hexLeft = 0;
  private literal: Uint8Array = LITERALS[0x74]!;
  private literalAt = 0;
  /** The containers open (OBJECT or ARRAY), `depth` of them. */
  private stack = new Uint8Array(64);
  private depth = 0;
  /** Escapes seen so far: an item or key has one when this changed while it was read. */
  private escapes = 0;

  /** The key being read: where its text starts, and the escape count then. */
  private keyStart = 0;
  private keyEscapes = 0;
  /** What the root object's current key said to do with its value. */
  private mode = SKIP;
  /** Whether the array at depth 2 is one whose items are handed over. */
  private streaming = false;
  private itemIndex = 0;

  /** The value being kept: whether there is one, where it starts, the depth it ends at, and its limit. */
  private capturing = false;
  private captureStart = 0;
  private captureDepth = 0;
  private captureLimit = 0;
  private captureIsItem = false;
  private captureEscapes = 0;
  /** Characters of the value being kept counted so far, up to `countedTo` (only counted once its bytes pass its limit). */
  private counted = 0;
  private countedTo = 0;

  /** The item being kept: the next value of its is that of a "standard_charges" key; its "standard_charges" array is open. */
  private chargesNext = false;
  private chargesOpen = false;
  private readonly facts: ItemFacts = { index: 0, isObject: false, entries: 0, escaped: false, escapedKey: false };

  constructor(
    private readonly handler: JsonItemHandler,
    /** The longest key of the root object (in bytes between its quotes) handed to `handler.key`. */
    private readonly maxKeyBytes: number,
    /** The most characters an item may take. */
    private readonly maxItem: number,
  ) {}

  /** Starts reading at `at` (past a byte-order mark). */
  skip(at: number): void {
    this.pos = at;
  }

  /** Where the bytes still needed start: the value or key being kept, else where the next read starts. */
  keepFrom(): number {
    if (this.capturing) return this.captureStart;
    if (this.inTopKey() && this.keyStart >= 0) return this.keyStart;
    return this.pos;
  }

  /** Whether a key of the root object is being read. */
  private inTopKey(): boolean {
    const state = this.state;
    return this.depth === 1 && (state === State.KeyString || ((state === State.Escape || state === State.Hex) && this.returnTo === State.KeyString));
  }

  /** The caller dropped the first `dropped` bytes of its buffer. */
  rebase(dropped: number): void {
    this.pos -= dropped;
    this.base += dropped;
    this.captureStart -= dropped;
    this.countedTo -= dropped;
    if (this.keyStart >= 0) this.keyStart -= dropped;
  }

  /** The file ended: its JSON must have too. */
  finish(): void {
    if (this.state !== State.Done) throw new JsonTextError('the file ends before its JSON is complete', 'cut-short');
  }

  private fail(buf: Buffer, at: number, what: string): never {
    throw new JsonTextError(`${what} at byte ${(this.base + at).toLocaleString('en-US')}, found ${describeByte(buf[at]!)}`, 'syntax');
  }

  /** A value starts at `at` with byte `b`, `depth` containers open around it. */
  private valueStarts(at: number, b: number): void {
    const depth = this.depth;
    if (depth === 0) {
      if (b !== 0x7b) {
        // as stream-json told: an array, a string or a number starts with its first byte (true, false and null, whole)
        if (b === 0x5b || b === QUOTE || b === 0x2d || isDigit(b)) throw new JsonTextError('the root is not an object', 'not-object');
        throw new JsonTextError(`expected an object at byte ${(this.base + at).toLocaleString('en-US')}, found ${describeByte(b)}`, 'syntax');
      }
    } else if (depth === 1) {
      if (this.mode === ITEMS) {
        if (b === 0x5b) {
          this.streaming = true;
          this.itemIndex = 0;
        }
      } else if (this.mode > 0) this.capture(at, false, this.mode);
    } else if (depth === 2) {
      if (this.streaming) {
        this.capture(at, true, this.maxItem);
        const facts = this.facts;
        facts.index = this.itemIndex++;
        facts.isObject = b === 0x7b;
        facts.entries = 0;
        facts.escapedKey = false;
        this.chargesNext = false;
        this.chargesOpen = false;
      }
    } else if (depth === 3) {
      if (this.chargesNext) {
        // the value of the item's "standard_charges": the last one counts, as in an object parsed
        this.chargesNext = false;
        this.facts.entries = 0;
        this.chargesOpen = b === 0x5b;
      }
    } else if (depth === 4) {
      if (this.chargesOpen && b === 0x7b) this.facts.entries++;
    }
  }

  private capture(at: number, item: boolean, limit: number): void {
    this.capturing = true;
    this.captureStart = at;
    this.captureDepth = this.depth;
    this.captureLimit = limit;
    this.captureIsItem = item;
    this.captureEscapes = this.escapes;
    this.counted = 0;
    this.countedTo = at;
  }

  /** Refuses the value being kept once it is longer than its limit; `end`: how far it goes so far. */
  private checkLength(buf: Buffer, end: number): void {
    if (end - this.captureStart <= this.captureLimit) return;
    this.counted += utf16Length(buf, this.countedTo, end);
    this.countedTo = end;
    if (this.counted > this.captureLimit) throw this.handler.tooLong(this.captureIsItem, this.facts.index);
  }

  /** The value being kept ended just before `end`. */
  private valueEnds(buf: Buffer, end: number): void {
    this.checkLength(buf, end);
    this.capturing = false;
    if (this.captureIsItem) {
      const facts = this.facts;
      facts.escaped = this.escapes !== this.captureEscapes;
      this.handler.item(buf, this.captureStart, end, facts);
    } else {
      this.handler.field(buf, this.captureStart, end);
    }
  }

  /** A key's closing quote is at `at`. */
  private keyEnds(buf: Buffer, at: number): void {
    if (this.depth === 1) {
      const escaped = this.escapes !== this.keyEscapes;
      const start = this.keyStart;
      this.mode = start >= 0 && at - start <= this.maxKeyBytes ? this.handler.key(buf, start, at, escaped) : this.handler.key(buf, -1, -1, escaped);
    } else if (this.depth === 3 && this.capturing && this.captureIsItem) {
      if (this.escapes !== this.keyEscapes) this.facts.escapedKey = true;
      else this.chargesNext = at - this.keyStart === STANDARD_CHARGES.length && same(buf, this.keyStart, STANDARD_CHARGES);
    }
  }

  private open(kind: number): void {
    if (this.depth === this.stack.length) {
      const bigger = new Uint8Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[this.depth++] = kind;
  }

  /**
   * Reads `buf[pos..end]`. The cases follow one another as the tokens of an object do (a key, ':', a value, ',' or
   * the close), each falling through to the next when its token is complete, so that a run of keys and strings
   * takes one pass of the loop; any other token, or the end of the bytes, goes round the loop again.
   */
  scan(buf: Buffer, end: number): void {
    let i = this.pos;
    let state = this.state;
    try {
      outer: while (i < end) {
        let b = buf[i]!;
        switch (state) {
          case State.Key:
          case State.KeyOrClose:
            while (isSpace(b)) {
              if (++i >= end) break outer;
              b = buf[i]!;
            }
            if (b !== QUOTE) {
              if (b === 0x7d && state === State.KeyOrClose) {
                state = this.close(buf, i);
                i++;
                continue outer;
              }
              this.fail(buf, i, 'expected a key');
            }
            i++;
            this.keyStart = i;
            this.keyEscapes = this.escapes;
            state = State.KeyString;
            if (i >= end) break outer;
          // falls through
          case State.KeyString:
            while (PLAIN[buf[i]!] === 1) {
              if (++i >= end) break outer;
            }
            b = buf[i]!;
            if (b !== QUOTE) {
              this.stringStop(buf, i, b);
              this.returnTo = state;
              state = State.Escape;
              i++;
              continue outer;
            }
            if (this.depth === 1 || this.depth === 3) this.keyEnds(buf, i);
            state = State.Colon;
            if (++i >= end) break outer;
            b = buf[i]!;
          // falls through
          case State.Colon:
            while (isSpace(b)) {
              if (++i >= end) break outer;
              b = buf[i]!;
            }
            if (b !== 0x3a) this.fail(buf, i, "expected ':'");
            state = State.Value;
            if (++i >= end) break outer;
            b = buf[i]!;
          // falls through
          case State.Value:
          case State.ValueOrClose:
            while (isSpace(b)) {
              if (++i >= end) break outer;
              b = buf[i]!;
            }
            if (b === 0x5d && state === State.ValueOrClose) {
              state = this.close(buf, i);
              i++;
              continue outer;
            }
            if (this.depth <= 4) this.valueStarts(i, b);
            i++;
            if (b !== QUOTE) {
              if (b === 0x7b) {
                this.open(OBJECT);
                state = State.KeyOrClose;
              } else if (b === 0x5b) {
                this.open(ARRAY);
                state = State.ValueOrClose;
              } else if (b === 0x2d) state = State.NumMinus;
              else if (b === 0x30) state = State.NumZero;
              else if (isDigit(b)) state = State.NumInt;
              else if (LITERALS[b]) {
                this.literal = LITERALS[b]!;
                this.literalAt = 1;
                state = State.Literal;
              } else this.fail(buf, i - 1, 'expected a value');
              continue outer;
            }
            state = State.StringValue;
            if (i >= end) break outer;
          // falls through
          case State.StringValue:
            while (PLAIN[buf[i]!] === 1) {
              if (++i >= end) break outer;
            }
            b = buf[i]!;
            if (b !== QUOTE) {
              this.stringStop(buf, i, b);
              this.returnTo = state;
              state = State.Escape;
              i++;
              continue outer;
            }
            i++;
            if (this.depth === 0) {
              state = State.Done;
              continue outer;
            }
            state = State.After;
            if (this.capturing && this.depth === this.captureDepth) this.valueEnds(buf, i);
            if (i >= end) break outer;
            b = buf[i]!;
          // falls through
          case State.After: {
            while (isSpace(b)) {
              if (++i >= end) break outer;
              b = buf[i]!;
            }
            const container = this.stack[this.depth - 1];
            if (b === 0x2c) {
              state = container === OBJECT ? State.Key : State.Value;
              i++;
            } else if ((b === 0x7d && container === OBJECT) || (b === 0x5d && container === ARRAY)) {
              state = this.close(buf, i);
              i++;
            } else this.fail(buf, i, container === OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
            continue outer;
          }
          case State.Escape:
            if (ESCAPES[b] === 1) state = this.returnTo;
            else if (b === 0x75) {
              this.hexLeft = 4;
              state = State.Hex;
            } else this.fail(buf, i, 'an unknown escape');
            i++;
            continue outer;
          case State.Hex:
            if (!isHex(b)) this.fail(buf, i, 'a \\u escape without 4 hex digits');
            i++;
            if (--this.hexLeft === 0) state = this.returnTo;
            continue outer;
          case State.NumMinus:
          case State.NumDot:
          case State.NumESign:
            if (b === 0x30 && state === State.NumMinus) state = State.NumZero;
            else if (isDigit(b)) state = state === State.NumMinus ? State.NumInt : state === State.NumDot ? State.NumFrac : State.NumExp;
            else this.fail(buf, i, 'expected a digit');
            i++;
            continue outer;
          case State.NumE:
            if (b === 0x2b || b === 0x2d) state = State.NumESign;
            else if (isDigit(b)) state = State.NumExp;
            else this.fail(buf, i, 'expected a digit');
            i++;
            continue outer;
          case State.NumInt:
          case State.NumFrac:
          case State.NumExp:
          case State.NumZero:
            if (state !== State.NumZero) {
              while (isDigit(b)) {
                if (++i >= end) break outer;
                b = buf[i]!;
              }
            }
            if (b === 0x2e && (state === State.NumInt || state === State.NumZero)) {
              state = State.NumDot;
              i++;
            } else if ((b | 0x20) === 0x65 && state !== State.NumExp) {
              state = State.NumE;
              i++;
            } else {
              // the number ended before this byte, which is read again as what follows a value
              state = this.depth === 0 ? State.Done : State.After;
              if (this.capturing && this.depth === this.captureDepth) this.valueEnds(buf, i);
            }
            continue outer;
          case State.Literal:
            if (b !== this.literal[this.literalAt]) this.fail(buf, i, 'expected true, false or null');
            i++;
            if (++this.literalAt === this.literal.length) {
              state = this.depth === 0 ? State.Done : State.After;
              if (this.capturing && this.depth === this.captureDepth) this.valueEnds(buf, i);
            }
            continue outer;
          case State.Done:
            if (!isSpace(b)) this.fail(buf, i, 'more after the JSON');
            i++;
            continue outer;
        }
      }
    } catch (error) {
      this.state = state;
      this.pos = i;
      throw error;
    }
    this.state = state;
    this.pos = i;
    if (this.inTopKey() && this.keyStart >= 0 && end - this.keyStart > this.maxKeyBytes) this.keyStart = -1;
    if (this.capturing) this.checkLength(buf, end);
  }

  /** A string's byte `b` at `at` is neither plain nor its closing quote: a backslash (counted), or refused. */
  private stringStop(buf: Buffer, at: number, b: number): void {
    if (b !== BACKSLASH) this.fail(buf, at, 'a control character in a string');
    this.escapes++;
  }

  /** The container open at `at` closes; returns the state after it. */
  private close(buf: Buffer, at: number): State {
    const depth = --this.depth;
    if (depth === 0) return State.Done;
    if (depth === 3) this.chargesOpen = false;
    else if (depth === 1) this.streaming = false;
    if (this.capturing && depth === this.captureDepth) this.valueEnds(buf, at + 1);
    return State.After;
  }
}

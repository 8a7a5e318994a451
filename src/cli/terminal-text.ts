// What the command-line tools print, made safe for a terminal. A name, a payer, an unknown key or a file path
// comes from a file someone else wrote; printed as is, its control characters act on the terminal: ESC ] 0 ; ... BEL
// retitles it, ESC [ 2 K and a carriage return erase the line a report just wrote, ESC [ 32 m colours a forged "ok",
// and the Unicode bidirectional overrides reorder what is shown. Every such character is replaced by a visible
// stand-in, so the file's text is still readable and its tricks can be seen:
//   - C0 controls (U+0000-U+001F, newline, carriage return and tab included) by their Control Pictures
//     (U+2400-U+241F): ESC shows as ␛, BEL as ␇, a carriage return as ␍, a line feed as ␊, a tab as ␉;
//   - DEL (U+007F) as ␡;
//   - C1 controls (U+0080-U+009F; U+009B is a one-byte CSI to some terminals), the bidirectional embeddings,
//     overrides and isolates (U+202A-U+202E, U+2066-U+2069), the bidi marks (U+061C, U+200E, U+200F) and the
//     line and paragraph separators (U+2028, U+2029) as a \u{...} escape, such as \u{202E}.
// A tool writes its own line breaks between lines; a line break inside a file's text is replaced like the rest, so
// a file cannot print a line of its own either.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Beyond what JSON.stringify escapes (U+0000-U+001F): the rest of UNSAFE. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control, bidi and separator character replaced by a visible stand-in. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u{${code.toString(16).toUpperCase().padStart(4, '0')}}`;
  });
}

/** Writes `lines`, each made safe with terminalText, one per line. */
export function printLines(stream: { write(text: string): unknown }, lines: readonly string[]): void {
  stream.write(`${lines.map(terminalText).join('\n')}\n`);
}

/**
 * JSON.stringify(value, null, indent), with the characters it leaves raw (DEL, C1 controls, bidi, separators)
 * written as \uXXXX escapes: the same JSON value when parsed, safe to print.
 */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The part of gettext-parser (it ships no types) that `npm run release` uses: a .po file read, compiled to a .mo.
declare module 'gettext-parser' {
  export const po: { parse(input: Uint8Array | string): object };
  export const mo: { compile(translations: object): Uint8Array };
}

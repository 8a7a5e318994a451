// The key of a shared estimate in a link's fragment: `https://center.example/estimate#iop=eyJ2Ijox...`.
// A module of its own so that the embed can tell whether a page carries an estimate without loading the
// code that reads one (src/ui/shared-link.ts).
export const FRAGMENT_KEY = 'iop=';

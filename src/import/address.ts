// A price file's hospital address ("100 Main St, Suite 5, Toledo, OH 43604") read as the configuration's street,
// city, state and postal code, with what looks doubtful about the reading said, not hidden: files write addresses
// freely, and a city mis-split from the street would print on every Good Faith Estimate.
import { STATES } from '../core/schemas.ts';

export interface Address {
  street: string;
  city: string;
  state: string;
  postalCode: string;
}

/** What the street may not hold: it is one line. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** What follows the last comma: "ST 12345", "ST. 12345-6789". */
const STATE_AND_ZIP = /^([A-Za-z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/;
/** Words of a street line, which a city does not hold ("St." is left out: St. Louis). */
const STREET_WORDS = /\d|\b(?:suite|ste|floor|bldg|building|unit|room|street|avenue|ave|road|rd|drive|boulevard|blvd|lane|ln|parkway|pkwy|highway|hwy|p\.?\s?o\.? box)\b/i;

/**
 * "street, city, ST 12345" as price files write addresses; null when it does not read that way. The street may
 * hold commas ("100 Main St, Suite 5"): the city is between the last two commas. Cut at those commas rather
 * than matched by one pattern: /^\s*(.+?),\s*([^,]+?),\s*.../ let its spaces be taken by two parts of the pattern
 * in every way, seconds for a 200 KB address of spaces.
 */
export function readAddress(text: string): Address | null {
  const address = text.trim();
  const last = address.lastIndexOf(',');
  const before = last > 0 ? address.lastIndexOf(',', last - 1) : -1;
  if (before <= 0) return null;
  const street = address.slice(0, before).trim();
  const city = address.slice(before + 1, last).trim();
  const end = STATE_AND_ZIP.exec(address.slice(last + 1).trimStart());
  if (!end || city === '' || LINE_BREAK.test(street)) return null;
  return { street, city, state: end[1]!.toUpperCase(), postalCode: end[2]! };
}

/** Words of a building's or an institution's name, which a city's seldom holds. */
const PLACE_NAME_WORDS = /\b(?:hospital|center|centre|university|clinic|campus|medical|health|institute|pavilion|tower)\b/i;

/** What looks wrong in an address as read: each a short phrase, none when it reads cleanly. */
export function addressDoubts({ street, city, state }: Address): string[] {
  const doubts: string[] = [];
  if (STREET_WORDS.test(city)) doubts.push(`the city, "${city}", reads like part of a street line`);
  else if (PLACE_NAME_WORDS.test(city) || city.split(/\s+/).length > 4) doubts.push(`the city, "${city}", reads like a building's or a hospital's name`);
  if (!/\d/.test(street)) doubts.push(`the street, "${street}", has no number`);
  if (!(STATES as readonly string[]).includes(state)) doubts.push(`"${state}" is not a US state's code`);
  return doubts;
}

// RULES.md §13: the center's sliding scale, by the household's poverty-guideline percentage.
import type Decimal from 'decimal.js';
import type { SlidingScaleBand } from '../center/center-config.ts';

export interface BandMatch {
  band: SlidingScaleBand;
  /** 1-based, as a counselor would count the rows of the table. */
  number: number;
}

/**
 * The band whose range holds `percent`: above `overPercent`, up to and including `upToPercent`
 * (at exactly 100% a household is in the "up to 100%" band; at 100.01% in the next one).
 * The configuration schema has already checked that the bands leave no gap and do not overlap.
 */
export function bandFor(bands: readonly SlidingScaleBand[], percent: Decimal): BandMatch {
  const index = bands.findIndex((band) => band.upToPercent === null || percent.lessThanOrEqualTo(band.upToPercent));
  const number = index === -1 ? bands.length : index + 1;
  return { band: bands[number - 1]!, number };
}

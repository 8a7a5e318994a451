// A center whose program tracks are priced apart (programs[i].rates: a psychiatric IOP billed under S9480 and
// an addiction IOP under H0015, at different per diems): an estimate for a track uses the track's rates where it
// gives them and the center's elsewhere. A program typed by hand (no track) uses the center's.
import type { CenterConfig } from './center-config.ts';

/** The center as program track `track` (counting from 0) prices it. */
export function trackCenter(center: CenterConfig, track: number | undefined): CenterConfig {
  const rates = track === undefined ? undefined : center.programs?.[track]?.rates;
  return rates ? { ...center, rates: { ...center.rates, ...rates } } : center;
}

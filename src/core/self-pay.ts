// RULES.md §13: the self-pay (discounted cash) price, less the sliding-scale discount.
import type Decimal from 'decimal.js';
import type { PricedDay } from './allowed.ts';
import { min, money, percentOf, toCents, ZERO } from './money.ts';
import type { SlidingScaleBand } from './schemas.ts';

export interface SelfPayDay extends PricedDay {
  /** The day's self-pay price before any discount (its "allowed" amount). */
  selfPayPrice: Decimal;
  slidingScaleDiscount: Decimal;
  /** What the person owes for the day. */
  patient: Decimal;
}

/** Each day's self-pay line: price, sliding discount (rounded half-up per line), and what is owed. */
export function selfPayDays(days: readonly PricedDay[], band: SlidingScaleBand | null): SelfPayDay[] {
  return days.map((day) => {
    const price = day.allowed;
    let discount = ZERO;
    if (band?.feePerUnit !== undefined) {
      // A fixed fee replaces the price, never raises it.
      discount = price.minus(min(toCents(money(band.feePerUnit).times(day.units)), price));
    } else if (band?.discountPercent !== undefined) {
      discount = toCents(percentOf(price, band.discountPercent));
    }
    return { ...day, selfPayPrice: price, slidingScaleDiscount: discount, patient: price.minus(discount) };
  });
}

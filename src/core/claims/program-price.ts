// The program at the center's self-pay price, before any discount: what everyone can be told before they say
// how they would pay. It is the price the self-pay estimate starts from (RULES.md §13), priced day by day as
// every estimate is (§1, §2), without the rules of any coverage.
import type { CenterConfig } from '../center/center-config.ts';
import { trackCenter } from '../center/track-rates.ts';
import { formatAmount, money, sum } from '../money.ts';
import { ProgramSchema } from '../schemas.ts';
import { toFieldErrors, type FieldError } from '../validation.ts';
import { priceDays } from './allowed.ts';
import { schedule } from './units.ts';

export interface ProgramPrice {
  /** Days of treatment. */
  serviceDays: number;
  /** Weeks of the program. */
  weeks: number;
  /** The self-pay price of all of them, before any discount (to the cent, each day rounded as billed). */
  total: string;
}

/** Never throws: a program that is not right comes back as field errors ("program.weeks"). */
export function programPrice(program: unknown, center: CenterConfig, today: string): { ok: true; price: ProgramPrice } | { ok: false; errors: FieldError[] } {
  const parsed = ProgramSchema.safeParse(program);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error.issues, program, 'program') };
  const days = schedule(parsed.data, parsed.data.startDate ?? today, center.billing.unit, center.billing.hoursPerDay).days;
  const track = trackCenter(center, parsed.data.track);
  const priced = priceDays(days, track, money(track.rates.selfPayPerUnit), false);
  return { ok: true, price: { serviceDays: days.length, weeks: parsed.data.weeks, total: formatAmount(sum(priced.map((day) => day.allowed))) } };
}

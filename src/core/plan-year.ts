// Plan years: cost-sharing accumulators (deductible met, out-of-pocket met) start over each plan year.
import { yearOf } from './dates.ts';

/** The start of the plan year containing `isoDate`, for a plan year starting each year on `monthDay`. */
export function planYearStartOn(isoDate: string, monthDay: string): string {
  const year = Number(isoDate.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear <= isoDate ? sameYear : `${year - 1}-${monthDay}`;
}

export const CALENDAR_YEAR = '01-01';

/**
 * The first day of the next plan year after `isoDate`, for a plan year starting each year on `monthDay`.
 */
export function nextPlanYearStart(isoDate: string, monthDay: string): string {
  const sameYear = `${isoDate.slice(0, 4)}-${monthDay}`;
  return sameYear > isoDate ? sameYear : `${yearOf(isoDate) + 1}-${monthDay}`;
}

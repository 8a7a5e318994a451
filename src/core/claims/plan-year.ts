// Plan years: cost-sharing accumulators (deductible met, out-of-pocket met) start over each plan year.

/** The start of the plan year containing `isoDate`, for a plan year starting each year on `monthDay`. */
export function planYearStartOn(isoDate: string, monthDay: string): string {
  const year = Number(isoDate.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear <= isoDate ? sameYear : `${year - 1}-${monthDay}`;
}

export const CALENDAR_YEAR = '01-01';

/** The start of the plan year after the one starting on `planYearStart` ("2026-07-01" -> "2027-07-01"). */
export function followingPlanYear(planYearStart: string): string {
  return `${Number(planYearStart.slice(0, 4)) + 1}${planYearStart.slice(4)}`;
}

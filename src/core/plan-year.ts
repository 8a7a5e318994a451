// Plan years: cost-sharing accumulators (deductible met, out-of-pocket met) start over each plan year.

/** The start of the plan year containing `isoDate`, for a plan year starting each year on `monthDay`. */
export function planYearStartOn(isoDate: string, monthDay: string): string {
  const year = Number(isoDate.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear <= isoDate ? sameYear : `${year - 1}-${monthDay}`;
}

export const CALENDAR_YEAR = '01-01';

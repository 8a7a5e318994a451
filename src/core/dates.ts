// Calendar dates as ISO strings ("2026-03-02"), computed in UTC so a time zone never moves a service day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Orders ISO dates ("2026-03-02") by comparing their text, which sorts them by date. Not localeCompare: its
 * first call builds the browser's collator, tens of milliseconds on a phone before the first estimate.
 */
export function byDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * "Mar 2, 2026": a date in the core's English messages, as the widget writes it (Intl's en-US, short month).
 * Anything but a real date is given back as it is, never "undefined NaN".
 */
export function usDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromTime(toTime(isoDate) + days * DAY_MS);
}

/** Adds calendar months, keeping the day of month where it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return fromTime(firstOfTarget.getTime());
}


/** "MM-DD" is a real day of the year (02-29 is refused: a plan year cannot start on it every year). */
export function isMonthDay(value: string): boolean {
  return /^\d{2}-\d{2}$/.test(value) && value !== '02-29' && isIsoDate(`2001-${value}`);
}

/** Today's date in UTC, the default start of a program. */
export function today(): string {
  return fromTime(Date.now());
}

// RULES.md §1: the program becomes billed service days, each adjudicated on its own date.
import type Decimal from 'decimal.js';
import { addDays } from '../dates.ts';
import { money, ZERO } from '../money.ts';
import type { Program } from '../schemas.ts';

export type UnitKind = 'day' | 'hour';

/** One day of attendance: one per-diem unit, or the day's hours when the center bills per hour. */
export interface ServiceDay {
  date: string;
  /** 1-based week of the program. */
  week: number;
  /** Hours of treatment that day. */
  hours: Decimal;
  /** Billed units that day: 1 per diem, or the hours when billed per hour. */
  units: Decimal;
}

export interface Schedule {
  unitKind: UnitKind;
  days: ServiceDay[];
}

export const DEFAULT_HOURS_PER_DAY = 3;

/** Days a week: as given, else enough days of the center's usual length to hold the weekly hours. */
export function daysPerWeekFor(program: Program, centerHoursPerDay = DEFAULT_HOURS_PER_DAY): number {
  return program.daysPerWeek ?? Math.min(7, Math.ceil(program.hoursPerWeek / centerHoursPerDay));
}

/**
 * Splits the week's hours over its days to the hundredth of an hour, the last day taking the remainder,
 * so hourly billing adds up to exactly the weekly hours (10 h over 3 days: 3.33, 3.33, 3.34).
 */
function hoursOfEachDay(hoursPerWeek: Decimal, days: number): Decimal[] {
  const each = hoursPerWeek.dividedBy(days).toDecimalPlaces(2);
  return Array.from({ length: days }, (_, i) => (i === days - 1 ? hoursPerWeek.minus(each.times(days - 1)) : each));
}

export function schedule(program: Program, startDate: string, unitKind: UnitKind, centerHoursPerDay?: number): Schedule {
  const daysPerWeek = daysPerWeekFor(program, centerHoursPerDay);
  const hoursPerWeek = money(program.hoursPerWeek);
  const dayHours = hoursOfEachDay(hoursPerWeek, daysPerWeek);
  const days: ServiceDay[] = [];
  for (let week = 0; week < program.weeks; week++) {
    dayHours.forEach((hours, i) => {
      days.push({
        date: addDays(startDate, 7 * week + i),
        week: week + 1,
        hours,
        units: unitKind === 'day' ? money(1) : hours,
      });
    });
  }
  return { unitKind, days };
}

export function totalUnits(days: readonly ServiceDay[]): Decimal {
  return days.reduce<Decimal>((total, day) => total.plus(day.units), ZERO);
}

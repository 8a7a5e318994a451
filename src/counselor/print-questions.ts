// What a Good Faith Estimate about to print lacks, asked of the counselor before it prints: the patient's name
// and date of birth (45 CFR 149.610(c)(1) requires the patient's name and date of birth), and a first day of
// service the center keeps (a Saturday when it starts people on Mondays is a typing slip, not a plan).
import { WEEKDAYS, type CenterConfig } from '../core/center/center-config.ts';
import { formatDate } from '../ui/format.ts';
import type { CounselorMessages } from './counselor-messages.ts';
import type { PatientRecord } from './intake-record.ts';

/** A scenario whose Good Faith Estimate prints: its name and its first day ("2026-12-12"). */
export interface PrintedEstimate {
  name: string;
  startDate: string;
}

/** The weekday of an ISO date, 0 for Sunday. */
function weekday(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The questions, one sentence each; none when all is in place. A center that names its start days
 * (`startDays`) is held to them; otherwise a weekend day is asked about.
 */
export function gfePrintQuestions(printed: readonly PrintedEstimate[], patient: PatientRecord, center: CenterConfig, c: CounselorMessages, lang: string): string[] {
  if (!printed.length) return [];
  const startDays = center.startDays?.map((day) => WEEKDAYS.indexOf(day)) ?? [1, 2, 3, 4, 5];
  const offDays = printed.filter(({ startDate }) => startDate && !startDays.includes(weekday(startDate)));
  const dayName = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return [
    ...(patient.name.trim() ? [] : [c.noName]),
    ...(patient.birthDate ? [] : [c.noBirthDate]),
    ...offDays.map(({ name, startDate }) => c.offDay(name, `${dayName.format(new Date(`${startDate}T12:00:00Z`))}, ${formatDate(startDate, lang)}`)),
  ];
}

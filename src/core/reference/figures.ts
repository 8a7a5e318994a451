// Dated reference figures from data/: the entry in force on a service date, and how to cite it.
import { byDate } from '../dates.ts';
import type { Figure, Warning } from '../schemas.ts';

export interface Source {
  /** What an estimate shows: a short citation a counselor can look up ("CMS-8091-N, 90 FR 52063 (Nov. 19, 2025)"). */
  label: string;
  /** The full reference, for people checking data/; left out of the built files (vite.config.ts). */
  title?: string;
  publisher?: string;
  citation?: string;
  url?: string;
  /** false when only a secondary summary of the official notice could be reached. */
  official?: boolean;
}

export interface DatedEntry {
  year?: number;
  /** First day in force (ISO date). */
  inForceFrom: string;
  /** Last day in force, inclusive; absent while no successor is known. */
  inForceUntil?: string;
  source: Source;
}

export interface FigureTable<E extends DatedEntry> {
  name: string;
  notes?: string[];
  entries: E[];
}

export interface InForce<E> {
  entry: E;
  /** Set when the date is outside every entry and the nearest one stands in for it. */
  warning?: Warning;
}

/** The entry in force on `date`; past the newest figure, the newest one with a warning (and the oldest before the first). */
export function inForceOn<E extends DatedEntry>(table: FigureTable<E>, date: string): InForce<E> {
  const entries = [...table.entries].sort((a, b) => byDate(a.inForceFrom, b.inForceFrom));
  const first = entries[0];
  const newest = entries[entries.length - 1];
  if (!first || !newest) throw new Error(`${table.name}: no figures in data/`);
  const current = entries.filter((entry) => entry.inForceFrom <= date).pop();
  if (!current) {
    return { entry: first, warning: outOfRange(table, first, date, 'before') };
  }
  if (current === newest && newest.inForceUntil && date > newest.inForceUntil) {
    return { entry: newest, warning: outOfRange(table, newest, date, 'after') };
  }
  return { entry: current };
}

function outOfRange(table: FigureTable<DatedEntry>, entry: DatedEntry, date: string, side: 'before' | 'after'): Warning {
  const label = entry.year ?? entry.inForceFrom;
  return {
    code: 'figure-out-of-date',
    message:
      side === 'after'
        ? `The ${table.name} for ${date.slice(0, 4)} are not published in our data yet; the ${label} figures are used instead, so the real amounts may differ.`
        : `${date} is before the earliest ${table.name} we have; the ${label} figures are used instead.`,
    params: { table: table.name, date, used: label, side },
  };
}

export function cite(source: Source): string {
  const secondary = source.official === false ? ' (secondary source)' : '';
  return source.url ? `${source.label}${secondary} <${source.url}>` : `${source.label}${secondary}`;
}

/** A figure from a dated entry, cited from the entry's source unless the figure has its own. */
export function figure(name: string, value: string, entry: DatedEntry, source: Source = entry.source): Figure {
  return { name, value, year: entry.year ?? Number(entry.inForceFrom.slice(0, 4)), source: cite(source) };
}

/** Adds a warning unless one with the same code and message is already there. */
export function addWarning(warnings: Warning[], warning: Warning | undefined): void {
  if (warning && !warnings.some((w) => w.code === warning.code && w.message === warning.message)) warnings.push(warning);
}

/** Adds a figure unless the same one (name, value, year) is already listed. */
export function addFigure(figures: Figure[], item: Figure): void {
  if (!figures.some((f) => f.name === item.name && f.value === item.value && f.year === item.year)) figures.push(item);
}

// The reference figures of one request: each table's entry in force on a date is looked up once, however many
// rules and plan years ask for it, and a date past the newest figure is said once.
import { addWarning, inForceOn, type DatedEntry } from './figures.ts';
import type { ReferenceData } from './reference-data.ts';
import type { Figure, Warning } from '../schemas.ts';

export type TableName = keyof ReferenceData;
export type EntryOf<T extends TableName> = ReferenceData[T]['entries'][number];

/** The entry of `table` in force on `date` (ISO), the newest or oldest standing in, with a warning, outside them. */
export type InForceLookup = <T extends TableName>(table: T, date: string) => EntryOf<T>;

/** What a rule needs to look figures up for one request, and where it lists the figures and warnings it used. */
export interface RequestFigures {
  data: ReferenceData;
  inForce: InForceLookup;
  warnings: Warning[];
  figures: Figure[];
}

export function figuresInForce(data: ReferenceData, warnings: Warning[]): InForceLookup {
  const found = new Map<string, DatedEntry>();
  return <T extends TableName>(table: T, date: string): EntryOf<T> => {
    const key = `${table} ${date}`;
    let entry = found.get(key);
    if (!entry) {
      const inForce = inForceOn<DatedEntry>(data[table], date);
      addWarning(warnings, inForce.warning);
      entry = inForce.entry;
      found.set(key, entry);
    }
    return entry as EntryOf<T>;
  };
}

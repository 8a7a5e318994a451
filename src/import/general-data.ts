// The file's general data elements (hospital name, addresses, type 2 NPIs, last updated on, template version), from
// a JSON file's top-level fields or a CSV file's first two rows (a row of names, a row of values).
import { readText } from './amounts.ts';
import type { PriceFileHospital } from './types.ts';

export interface GeneralData {
  version: string | null;
  hospital: PriceFileHospital;
}

/** M/D/YYYY and MM/DD/YYYY, which CMS accepts in CSV files, and ISO dates with a time, to YYYY-MM-DD. */
export function isoDate(text: string | undefined): string | null {
  const value = readText(text);
  if (value === undefined) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return value;
}

/** CSV cells list several values separated by "|". */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => readText(String(item))).filter((item): item is string => item !== undefined);
  const text = readText(typeof value === 'string' ? value : undefined);
  return text === undefined ? [] : text.split('|').map((part) => part.trim()).filter(Boolean);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? readText(value) ?? null : null;
}

/** From name -> value pairs (JSON fields, or CSV names normalized like column names: "type_2_npi"). */
export function generalData(fields: Record<string, unknown>): GeneralData {
  const npis = list(fields['type_2_npi']);
  return {
    version: text(fields['version']),
    hospital: {
      name: text(fields['hospital_name']),
      addresses: list(fields['hospital_address']),
      ...(npis.length ? { npis } : {}),
      lastUpdatedOn: isoDate(text(fields['last_updated_on']) ?? undefined),
    },
  };
}

// Which standard charges are an Intensive Outpatient Program's, by their billing codes, and in which setting.
//
// - HCPCS S9480 "Intensive outpatient psychiatric services, per diem" and H0015 "Alcohol and/or drug services;
//   intensive outpatient" (files also label these HCPCS Level II codes "CPT").
// - Revenue codes 0905 and 0906: intensive outpatient services, psychiatric and chemical dependency (files also
//   write them 905 and 906, and the code type RC, REV or "Revenue Code").
// - Medicare's IOP benefit since January 1, 2024 (CY 2024 OPPS/ASC final rule, CMS-1786-FC): claims carry condition
//   code 92 and the individual services' own HCPCS codes, which are not IOP codes on their own, and the day is paid
//   per diem by APC, one APC for a day of 3 services and one for a day of 4 or more, for each kind of provider.
//   Numbers and titles as read in CMS's OPPS Addendum A for CY 2025 (January 2025 release), status indicator P:
//   5851 "Intensive Outpatient (3 services) for CMHCs", 5852 "Intensive Outpatient (4 or more services) for
//   CMHCs", 5861 "Intensive Outpatient (3 services) for Hospital-based IOPs" and 5862 "Intensive Outpatient
//   (4 or more services) for Hospital-based IOPs". Their neighbours 5853/5854 and 5863/5864 are the same tiers of
//   partial hospitalization (CMHC and hospital-based), not IOP, and no other IOP APC is in that addendum. The CMHC
//   rates are also paid to non-excepted off-campus hospital departments (Noridian JE Part A, "Intensive Outpatient
//   Program (IOP)"). The CY 2024 and CY 2026 addenda themselves were not read here; summaries of the CY 2026 final
//   rule say it kept the two tiers. The four are matched with the code type APC. Condition code 92 is a claim code
//   that price files have no column for.
import type { PriceFileCode, UnitHint } from './types.ts';

const IOP_HCPCS = new Set(['S9480', 'H0015']);
const IOP_REVENUE_CODES = new Set([905, 906]);
/** CMHC 5851 (3 services a day) and 5852 (4 or more); hospital-based 5861 (3) and 5862 (4 or more). */
const IOP_APCS = new Set([5851, 5852, 5861, 5862]);

/** Code types as files write them, reduced to letters: "RC", "Rev Code", "REVENUE_CODE" all read as revenue codes. */
function typeKey(type: string): string {
  return type.toUpperCase().replace(/[^A-Z]/g, '');
}
const HCPCS_TYPES = new Set(['HCPCS', 'CPT', 'CPTHCPCS', 'HCPCSCPT']);
const REVENUE_TYPES = new Set(['RC', 'REV', 'REVCODE', 'REVENUE', 'REVENUECODE', 'REVENUECENTER', 'REVENUECENTERCODE']);
const APC_TYPES = new Set(['APC']);

/** "a or b", "a, b or c" */
function either(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/** The codes, in words, for saying what was looked for. */
export function describeCodeList(): string {
  const revenueCodes = [...IOP_REVENUE_CODES].map((code) => String(code).padStart(4, '0'));
  return `HCPCS ${either([...IOP_HCPCS])}, revenue code ${either(revenueCodes)}, APC ${either([...IOP_APCS].map(String))}`;
}

export function isIopCode(code: string, type: string): boolean {
  const value = code.trim().toUpperCase();
  if (value === '') return false;
  const kind = typeKey(type);
  if (HCPCS_TYPES.has(kind)) return IOP_HCPCS.has(value);
  if (REVENUE_TYPES.has(kind)) return /^\d{1,4}$/.test(value) && IOP_REVENUE_CODES.has(Number(value));
  if (APC_TYPES.has(kind)) return /^\d{1,5}$/.test(value) && IOP_APCS.has(Number(value));
  return false;
}

/**
 * Revenue codes that are IOP only when the hospital says so: 0900 (behavioral health treatment, general),
 * 0912 and 0913 (partial hospitalization, less and more intensive: hospitals also file IOP days under them) and
 * 0914/0915 (individual and group therapy). A row with one of them and a description that reads like IOP is
 * kept to be asked about (the report quotes it), never priced on its own.
 */
const MAYBE_IOP_REVENUE_CODES = new Set([900, 912, 913, 914, 915]);

export function isMaybeIopRevenueCode(code: string, type: string): boolean {
  const value = code.trim();
  return REVENUE_TYPES.has(typeKey(type)) && /^\d{1,4}$/.test(value) && MAYBE_IOP_REVENUE_CODES.has(Number(value));
}

export function hasIopCode(codes: readonly PriceFileCode[]): boolean {
  return codes.some(({ code, type }) => isIopCode(code, type));
}

/** A row to ask the center about: no IOP code, but a revenue code IOP days are filed under and an IOP description. */
export function isIopToAsk(codes: readonly PriceFileCode[], description: string): boolean {
  return !hasIopCode(codes) && readsLikeIop(description) && codes.some(({ code, type }) => isMaybeIopRevenueCode(code, type));
}

/**
 * Which program a code is for: S9480 and revenue code 0905 psychiatric (mental health) IOP; H0015 and revenue code
 * 0906 chemical dependency (substance use) IOP; the APCs are Medicare's per diem tiers for either; null for any other.
 */
export type ProgramKind = 'psychiatric' | 'addiction' | 'either';

export function programKindOf(code: string, type: string): ProgramKind | null {
  if (!isIopCode(code, type)) return null;
  const kind = typeKey(type);
  const value = code.trim().toUpperCase();
  if (APC_TYPES.has(kind)) return 'either';
  if (HCPCS_TYPES.has(kind)) return value === 'S9480' ? 'psychiatric' : 'addiction';
  return Number(value) === 905 ? 'psychiatric' : 'addiction';
}

/**
 * The unit a code's definition implies: S9480 ("per diem"), H0015 (a day's program of at least 3 hours, billed
 * once a day) and the IOP APCs (a day of 3, or 4 or more, services) are per day. Revenue codes say nothing.
 */
export function impliedUnit(code: string, type: string): UnitHint | null {
  if (!isIopCode(code, type)) return null;
  return REVENUE_TYPES.has(typeKey(type)) ? null : 'day';
}

/**
 * A code as claims write it, when it is a standard code: HCPCS Level I or II ("S9480", "90853"), a revenue code
 * as four digits ("0905"), an APC number without its padding ("5861"). Null for a hospital's own charge numbers
 * (CDM, "LOCAL", any other type, or a number that is not the shape of its type).
 */
export function standardCode(code: string, type: string): string | null {
  const value = code.trim().toUpperCase();
  const kind = typeKey(type);
  if (HCPCS_TYPES.has(kind)) return /^(?:[A-Z]\d{4}|\d{4}[A-Z0-9])$/.test(value) ? value : null;
  if (REVENUE_TYPES.has(kind)) return /^\d{3,4}$/.test(value) ? value.padStart(4, '0') : null;
  if (APC_TYPES.has(kind)) return /^\d{1,5}$/.test(value) && Number(value) > 0 ? String(Number(value)) : null;
  return null;
}

/** A description that reads like an IOP, for telling apart rows a hospital coded only with its own charge codes. */
export function readsLikeIop(description: string): boolean {
  return /intensive\s*out-?\s*patient|\bIOP\b/i.test(description);
}

export type SettingCheck = { ok: true; setting: 'outpatient' | 'both' } | { ok: false; inpatient: boolean };

export function checkSetting(text: string | undefined): SettingCheck {
  const setting = (text ?? '').trim().toLowerCase();
  if (setting === 'outpatient' || setting === 'both') return { ok: true, setting };
  return { ok: false, inpatient: setting === 'inpatient' };
}

const PER_DAY = /per[\s-]*diem|\bper\s+day\b|\/\s*day\b|\bdaily\b/i;
const PER_HOUR = /\bper\s+(?:hour|hr)\b|\/\s*(?:hour|hr)\b|\bhourly\b/i;

/** "per diem" or "per hour" in any of the texts (the first that says one and only one); else null. */
export function unitHint(...texts: (string | undefined)[]): UnitHint | null {
  for (const text of texts) {
    if (!text) continue;
    const day = PER_DAY.test(text);
    const hour = PER_HOUR.test(text);
    if (day !== hour) return day ? 'day' : 'hour';
  }
  return null;
}

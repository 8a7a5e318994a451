// Display formatting. Amounts arrive from the core as exact decimal strings ("1234.50"), and are written from
// that string: grouped by the core's dollars() or, in other languages, by Intl, which formats a string as the
// exact decimal it spells. No amount passes through a float on its way to the screen.

import { usDate } from '../core/dates.ts';
import { dollars } from '../core/money.ts';
import { baseLanguage } from './messages.ts';
import { translationFor } from './translations.ts';

const currencyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: string, lang: string): string {
  const language = baseLanguage(lang);
  // English and Spanish write US dollars in the US alike ("$1,234.50"): written without Intl, as the core
  // writes them (dollars()), since a page's first Intl.NumberFormat loads the browser's number formats, about
  // 30 ms on a phone before the first total. test/ui/format.test.ts holds both to Intl.
  if (language === 'en' || language === 'es') {
    // A discount line on the Good Faith Estimate is negative: -$7,560.00, as Intl writes it.
    return amount.startsWith('-') ? `-${dollars(amount.slice(1))}` : dollars(amount);
  }
  let format = currencyFormats.get(language);
  if (!format) {
    // Dollars as written in the US, in the person's language ("fr" -> "fr-US"): a region would write them its
    // own way ("en-IN": $1,00,000.00; "es-ES": 1234,50 US$).
    format = new Intl.NumberFormat(`${language}-US`, { style: 'currency', currency: 'USD' });
    currencyFormats.set(language, format);
  }
  // The string overload is exact (ECMA-402 "Intl.NumberFormat v3"); the cast is for older TS lib types.
  return format.format(amount as unknown as number);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as written in the US in the person's language, like amounts: "Mar 2, 2026", "2 mar 2026". Written by
 * the language's own words (`shortDate`) when it has them, without Intl, whose first date format costs about
 * 35 ms on a phone before the first total; otherwise by Intl ("fr" -> "fr-US"), made once per language.
 */
export function formatDate(isoDate: string, lang: string): string {
  const language = baseLanguage(lang);
  const own = language === 'en' ? usDate : translationFor(language)?.shortDate;
  if (own) return own(isoDate);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(`${language}-US`, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(Date.UTC(year, month - 1, day));
}

/** What a person types as money ("$1,500", "1500.5 ") in the form the core reads ("1500", "1500.5"). */
export function cleanAmount(typed: string): string {
  // Written the way much of the world does, the commas and dots would say another amount ("1500,50" would read
  // as 150050): left as typed, so the core refuses it and the field says how to write it (writtenAbroad).
  return writtenAbroad(typed) ? typed.trim() : typed.replace(/[$,\s]/g, '');
}

/**
 * An amount with a decimal comma ("1500,50", "30.000,00") or dots between thousands ("30.000"): US dollars are
 * written "30,000.50" here, and reading either the other way round would be a wrong amount, not an error.
 */
export function writtenAbroad(typed: string): boolean {
  const value = typed.replace(/[$\s]/g, '');
  return /,\d{1,2}$/.test(value) || /^\d{1,3}(\.\d{3})+(,\d*)?$/.test(value);
}

/** Today in the person's own time zone, as YYYY-MM-DD (the default start date). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

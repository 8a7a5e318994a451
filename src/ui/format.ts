// Display formatting. Amounts arrive from the core as exact decimal strings ("1234.50"); Intl formats a
// string as the exact decimal it spells, so no amount ever passes through a float on its way to the screen.

import { baseLanguage } from './messages.ts';

const currencyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: string, lang: string): string {
  let format = currencyFormats.get(lang);
  if (!format) {
    // Dollars as written in the US, in the person's language ("es", "es-ES" -> "es-US": $1,234.50): a
    // region would write them its own way ("en-IN": $1,00,000.00; "es-ES": 1234,50 US$).
    const locale = `${baseLanguage(lang)}-US`;
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    currencyFormats.set(lang, format);
  }
  // The string overload is exact (ECMA-402 "Intl.NumberFormat v3"); the cast is for older TS lib types.
  return format.format(amount as unknown as number);
}

export function formatDate(isoDate: string, lang: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** What a person types as money ("$1,500", "1500.5 ") in the form the core reads ("1500", "1500.5"). */
export function cleanAmount(typed: string): string {
  return typed.replace(/[$,\s]/g, '');
}

/** Today in the person's own time zone, as YYYY-MM-DD (the default start date). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

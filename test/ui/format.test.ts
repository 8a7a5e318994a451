// Amounts and dates on screen: English and Spanish write them without Intl (src/ui/format.ts says why), and
// must write them exactly as the browser's Intl would for the US ("en-US", "es-US"); other languages go
// through Intl itself. Checked on random amounts from a cent to the largest the core allows, and random dates.
import { describe, it } from './mocha.ts';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/translations/es.ts';
import { formatDate, formatMoney } from '../../src/ui/format.ts';

/** An amount as the core gives it: a decimal string with exactly two places. */
const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 10_000_000_000n }),
  fc.constantFrom(0n, 1n, 99n, 100n, 99_999n, 100_000n, 123_456_789n, 100_000_000_00n),
).map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`);

const intl = (locale: string, value: string) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(value as unknown as number);

describe('amounts as written on screen', () => {
  it('in English and Spanish (any region), exactly as Intl writes US dollars in the US', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('en', 'es', 'en-GB', 'es-MX', 'es-ES', 'EN'), (value, lang) => {
        const locale = lang.toLowerCase().startsWith('es') ? 'es-US' : 'en-US';
        expect(formatMoney(value, lang), `${value} in ${lang}`).to.equal(intl(locale, value));
        // Discounts on the Good Faith Estimate are negative lines.
        if (value !== '0.00') expect(formatMoney(`-${value}`, lang), `-${value} in ${lang}`).to.equal(intl(locale, `-${value}`));
      }),
      { numRuns: 2000 },
    );
    expect(formatMoney('1234567.05', 'es')).to.equal('$1,234,567.05');
    expect(formatMoney('0.00', 'en')).to.equal('$0.00');
    // Not in the core's form (a rate from a center's file): read as a decimal, then written the same way.
    expect(formatMoney('350', 'en')).to.equal('$350.00');
    expect(formatMoney('1234.5', 'es')).to.equal('$1,234.50');
  });

  it('in another language, as Intl writes US dollars in the US in that language', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('fr', 'fr-CA', 'vi', 'zh'), (value, lang) => {
        expect(formatMoney(value, lang)).to.equal(intl(`${lang.split('-')[0]}-US`, value));
      }),
      { numRuns: 300 },
    );
  });
});

const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const intlDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('dates as written on screen', () => {
  it('in English and Spanish (its translation loaded), exactly as Intl writes them in the US', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom('en', 'es', 'en-GB', 'es-MX'), (iso, lang) => {
        const locale = lang.startsWith('es') ? 'es-US' : 'en-US';
        expect(formatDate(iso, lang), `${iso} in ${lang}`).to.equal(intlDate(locale, iso));
      }),
      { numRuns: 2000 },
    );
    expect(formatDate('2026-03-02', 'en')).to.equal('Mar 2, 2026');
    expect(formatDate('2026-09-30', 'es')).to.equal('30 sept 2026');
  });

  it('in another language, as Intl writes them in the US in that language', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom('fr', 'fr-CA', 'vi'), (iso, lang) => {
        expect(formatDate(iso, lang)).to.equal(intlDate(`${lang.split('-')[0]}-US`, iso));
      }),
      { numRuns: 300 },
    );
  });
});

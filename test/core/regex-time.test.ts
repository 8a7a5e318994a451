// Regular expressions against long hostile text (issue 17, item 3). Every pattern the project applies to text
// from outside (a center's configuration, a shared link, a price file, what a person types) is run through the
// real function that applies it, on 200-400 KB of the input that makes a backtracking pattern quadratic: a run
// of dots, spaces or digits just short of a match. A linear pattern takes a few milliseconds on that; the
// quadratic ones this replaced took 3 to 10 seconds on 100 KB (the review measured 46 s on a 400 KB configuration
// and 33 s on a 200 KB price file), so the bound is loose enough for a slow, shared CI machine and still far
// below what a quadratic pattern needs.
import { describe, expect, it } from '../harness.ts';
import { EXAMPLE_CENTER, parseCenterConfig, parseRequest } from '../../src/core/estimate.ts';
import { isPhoneNumber, phoneHref, safeHref } from '../../src/core/center/links.ts';
import { dollars, grouped } from '../../src/core/money.ts';
import { isIsoDate, isMonthDay } from '../../src/core/dates.ts';
import { readFragment, readJson } from '../../src/core/sharing/shared-estimate.ts';
import { centerSkeleton } from '../../src/import/center-skeleton.ts';
import { readColumns, tidyName } from '../../src/import/csv-columns.ts';
import { readAmount, readPercent, readText } from '../../src/import/amounts.ts';
import { isoDate } from '../../src/import/general-data.ts';
import { readsLikeIop, unitHint } from '../../src/import/iop-codes.ts';
import type { PriceFileReport } from '../../src/import/types.ts';
import { cleanAmount, formatMoney, writtenAbroad } from '../../src/ui/format.ts';
import { initialState, toRequest } from '../../src/ui/form-state.ts';

/** Milliseconds one call may take: a linear pattern needs a few on these inputs, a quadratic one seconds. */
const BOUND_MS = 250;
const LONG = 400_000;
const MEDIUM = 200_000;

/** Runs the attack once and asserts it ends within the bound; returns what the function returned. */
function timed<T>(attack: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  const took = performance.now() - start;
  expect(took, `${attack}: ${took.toFixed(0)} ms`).to.be.below(BOUND_MS);
  return result;
}

const dots = (n: number) => '.'.repeat(n);
const spaces = (n: number) => ' '.repeat(n);
const digits = (n: number) => '1'.repeat(n);

const center = (changes: Record<string, unknown>) => ({ ...(EXAMPLE_CENTER as Record<string, unknown>), ...changes });

describe('regular expressions on long hostile text finish in linear time', () => {
  describe('links a center configuration puts on the page (links.ts)', () => {
    it('mailto: a run of dots in the domain, then a second @ (the review\'s 400 KB configuration)', () => {
      expect(timed('mailto: dots then @', () => safeHref(`mailto:a@${dots(LONG)}@`))).to.equal(null);
      expect(timed('mailto: dots then "', () => safeHref(`mailto:a@b${dots(LONG)}"`))).to.equal(null);
      expect(timed('mailto: alternating letter and dot then @', () => safeHref(`mailto:a@${'b.'.repeat(LONG / 2)}@`))).to.equal(null);
      expect(timed('mailto: a run of dots in the local part', () => safeHref(`mailto:${dots(LONG)}@@`))).to.equal(null);
      expect(timed('mailto: a run of @', () => safeHref(`mailto:${'@'.repeat(LONG)}`))).to.equal(null);
      // still what it was for addresses, long or not
      const long = `mailto:a@${'b.'.repeat(LONG / 2)}c`;
      expect(timed('mailto: a long address that is one', () => safeHref(long))).to.equal(long);
      expect(safeHref('mailto:intake@center.example')).to.equal('mailto:intake@center.example');
      expect(safeHref('mailto:intake@.example')).to.equal(null);
      expect(safeHref('mailto:intake@center.')).to.equal(null);
      expect(safeHref('mailto:intake@x.y')).to.equal('mailto:intake@x.y');
      expect(safeHref('mailto:intake@...')).to.equal('mailto:intake@...');
      expect(safeHref('mailto:intake@a..')).to.equal('mailto:intake@a..');
      expect(safeHref('mailto:intake@..')).to.equal(null);
      expect(safeHref('mailto:@center.example')).to.equal(null);
    });

    it('tel: and phone numbers: runs of digits, spaces and punctuation short of a number', () => {
      expect(timed('tel: digits then a letter', () => safeHref(`tel:${digits(LONG)}x`))).to.equal(null);
      expect(timed('tel: digits and spaces then a letter', () => safeHref(`tel:${'1 '.repeat(LONG / 2)}x`))).to.equal(null);
      expect(timed('tel: a line separator at the end', () => safeHref(`tel:${digits(LONG)}\u2028`))).to.equal(null);
      expect(timed('phone: parentheses then a letter', () => isPhoneNumber(`${'().-'.repeat(LONG / 4)}x`))).to.equal(false);
      expect(timed('phone: too many digits', () => phoneHref(digits(LONG)))).to.equal(null);
    });

    it('web addresses and paths: entities, schemes and spaces short of a match', () => {
      expect(timed('entity: & and letters without ;', () => safeHref(`&${'a'.repeat(LONG)}`))).to.equal('&' + 'a'.repeat(LONG));
      expect(timed('entity: &# and digits without ;', () => safeHref(`&#${digits(LONG)}`))).to.equal(`&#${digits(LONG)}`);
      expect(timed('entity: repeated &#x', () => safeHref('&#x'.repeat(LONG / 3)))).to.be.a('string');
      expect(timed('scheme: letters then a colon', () => safeHref(`${'a'.repeat(LONG)}:`))).to.equal(null);
      expect(timed('https: a long path', () => safeHref(`https://center.example/${'a/'.repeat(LONG / 2)}`))).to.be.a('string');
      expect(timed('spaces inside', () => safeHref(`a${spaces(LONG)}a`))).to.equal(null);
      expect(timed('space at the end', () => safeHref(`${'a'.repeat(LONG)} `))).to.equal(null);
    });

    it('the center schema: a 400 KB configuration is refused in time (parseCenterConfig, as the widget and check-config run it)', () => {
      const attacks: [string, Record<string, unknown>][] = [
        ['contact.url mailto: dots', { contact: { url: `mailto:a@${dots(LONG)}@` } }],
        ['contact.url mailto: alternating', { contact: { url: `mailto:a@${'b.'.repeat(LONG / 2)}@` } }],
        ['contact.url letters then a colon', { contact: { url: `${'a'.repeat(LONG)}:` } }],
        ['contact.phone digits then a letter', { contact: { phone: `${digits(LONG)}x` } }],
        ['contact.phone spaces', { contact: { phone: spaces(LONG) } }],
        ['name: only spaces', { name: spaces(LONG) }],
        ['inNetworkPayers: medic repeated', { inNetworkPayers: ['medic'.repeat(LONG / 5)] }],
        ['unknown field with a long name', { ['x'.repeat(LONG)]: 1 }],
      ];
      for (const [attack, changes] of attacks) {
        timed(attack, () => parseCenterConfig(center(changes)));
      }
      expect(timed('mailto: dots', () => parseCenterConfig(center({ contact: { url: `mailto:a@${dots(LONG)}@` } }))).ok).to.equal(false);
    });
  });

  describe('a shared link and a request (shared-estimate.ts, fields.ts, dates.ts)', () => {
    it('#iop= fragments and request amounts and dates: long near-misses', () => {
      expect(timed('#iop= base64 then a bad character', () => readFragment(`#iop=${'A'.repeat(LONG)}!`))?.ok).to.equal(false);
      expect(timed('#iop= of long JSON', () => readJson(JSON.stringify({ v: 1, request: { program: { weeks: digits(LONG) } } }))).ok).to.equal(false);
      const request = (coverage: Record<string, unknown>, startDate = '2026-03-02') => ({ program: { weeks: 12, hoursPerWeek: 9, startDate }, coverage });
      expect(timed('amount: digits then a letter', () => parseRequest(request({ planType: 'private', deductible: `${digits(LONG)}x` }))).ok).to.equal(false);
      expect(timed('amount: digits, a dot, digits', () => parseRequest(request({ planType: 'private', deductible: `${digits(MEDIUM)}.${digits(MEDIUM)}` }))).ok).to.equal(false);
      expect(timed('date: digits', () => parseRequest(request({ planType: 'uninsured' }, digits(LONG)))).ok).to.equal(false);
      expect(timed('isIsoDate: digits', () => isIsoDate(digits(LONG)))).to.equal(false);
      expect(timed('isMonthDay: digits', () => isMonthDay(digits(LONG)))).to.equal(false);
    });
  });

  describe('what a person types (ui/format.ts) and the amounts written back (money.ts)', () => {
    it('amount cleaners: runs of spaces, commas and thousands groups short of a match', () => {
      expect(timed('cleanAmount: spaces', () => cleanAmount(`1${spaces(LONG)}x`))).to.equal('1x');
      expect(timed('writtenAbroad: ",1" repeated then a letter', () => writtenAbroad(`${',1'.repeat(LONG / 2)}x`))).to.equal(false);
      expect(timed('writtenAbroad: ".111" groups then a letter', () => writtenAbroad(`1${'.111'.repeat(LONG / 4)}x`))).to.equal(false);
      expect(timed('writtenAbroad: digits then ",1"', () => writtenAbroad(`${digits(LONG)},1`))).to.equal(true);
    });

    it('a percentage field: a long run of spaces pasted in, then not a "%" (form-state.ts percent)', () => {
      const typed = (coinsurancePercent: string) =>
        toRequest({ ...initialState('2026-03-02'), planType: 'private', knowsPlan: true, coinsurancePercent }).coverage.coinsurancePercent;
      expect(timed('percent: spaces then x', () => typed(`20${spaces(LONG)}x`))).to.equal(`20${spaces(LONG)}x`);
      // still what people write
      expect(['20', '20%', '20 %', ' 20 % '].map(typed)).to.deep.equal([20, 20, 20, 20]);
    });

    it('grouping digits in threes: a long whole amount (a saved estimate\'s typed money field, printed)', () => {
      const written = timed('grouped: 200 000 digits', () => grouped(digits(MEDIUM)));
      expect(written).to.have.length(MEDIUM + Math.ceil(MEDIUM / 3) - 1);
      expect(written.slice(0, 8)).to.equal('11,111,1');
      expect(timed('dollars: 200 000 digits', () => dollars(digits(MEDIUM)))).to.match(/^\$1{2},1{3},/);
      expect(timed('formatMoney: 200 000 digits', () => formatMoney(digits(MEDIUM), 'en'))).to.match(/\.00$/);
      // still what it was
      for (const [whole, written] of [['0', '0'], ['999', '999'], ['1000', '1,000'], ['123456', '123,456'], ['1234567', '1,234,567'], ['-1234', '-1,234']]) {
        expect(grouped(whole!)).to.equal(written);
      }
      expect(dollars('1234567.5')).to.equal('$1,234,567.50');
    });
  });

  describe('a hospital price file (src/import)', () => {
    const report = (address: string): PriceFileReport => ({
      layout: 'tall',
      version: '3.0.0',
      hospital: { name: 'Lakeside Behavioral Hospital', addresses: [address], lastUpdatedOn: null },
      rates: [],
      skipped: [],
      rowsRead: 0,
    }) as unknown as PriceFileReport;

    it('the address reader: runs of spaces short of "street, city, ST 12345" (the review\'s 200 KB file)', () => {
      for (const [attack, address] of [
        ['spaces after the first comma', `a,${spaces(MEDIUM)}x`],
        ['spaces before the street', `${spaces(MEDIUM)}x`],
        ['spaces after the second comma', `a, b,${spaces(MEDIUM)}x`],
        ['spaces between state and ZIP code', `a, b, OH${spaces(MEDIUM)}x`],
        ['spaces and commas', `a${', '.repeat(MEDIUM / 2)}x`],
        ['commas', `a${','.repeat(MEDIUM)}`],
        ['a line break in the street', `a${'\t'.repeat(MEDIUM)}\nb, Toledo, OH 43604`],
      ] as const) {
        const { config } = timed(`address: ${attack}`, () => centerSkeleton(report(address)));
        expect(config.address, attack).to.equal(undefined);
      }
      const tabs = timed('address: tabs and a line break after a comma', () => centerSkeleton(report(`a,${'\t'.repeat(MEDIUM)}\nToledo, OH 43604`)));
      expect(tabs.config.address).to.deep.equal({ street: 'a', city: 'Toledo', state: 'OH', postalCode: '43604' });
      // a street with commas; spaces around a part are trimmed (trim() is linear)
      expect(centerSkeleton(report('100 Main St, Suite 5 , Toledo , oh. 43604-1234')).config.address)
        .to.deep.equal({ street: '100 Main St, Suite 5', city: 'Toledo', state: 'OH', postalCode: '43604-1234' });
      // still what it was for addresses, long or not
      const street = `${'1 Lake Road '.repeat(MEDIUM / 12)}`;
      const long = timed('address: a long one that is one', () => centerSkeleton(report(`${street}, Toledo, OH 43604`)));
      expect(long.config.address).to.deep.equal({ street: street.trim(), city: 'Toledo', state: 'OH', postalCode: '43604' });
    });

    it('column names: spaces around (or without) a pipe, notes columns', () => {
      expect(timed('tidyName: spaces without a pipe', () => tidyName(`a${spaces(LONG)}x`))).to.equal(`a${spaces(LONG)}x`);
      expect(timed('tidyName: spaces around pipes', () => tidyName(`code${' | '.repeat(LONG / 3)}1`))).to.equal(`code${'|'.repeat(LONG / 3)}1`);
      timed('readColumns: long header cells', () => readColumns([`description${spaces(LONG)}`, `code${spaces(LONG)}|1`, `note${'s'.repeat(LONG)}`]));
    });

    it('amounts, percentages, dates and unit words: long near-misses', () => {
      expect(timed('amount: digits then a letter', () => readAmount(`${digits(LONG)}x`)).kind).to.equal('bad');
      expect(timed('amount: thousands groups then a letter', () => readAmount(`1${',111'.repeat(LONG / 4)}x`)).kind).to.equal('bad');
      expect(timed('amount: decimals then a letter', () => readAmount(`1.${digits(LONG)}x`)).kind).to.equal('bad');
      expect(timed('amount: exponent then a letter', () => readAmount(`1e${digits(LONG)}x`)).kind).to.equal('bad');
      expect(timed('percent: dashes then a letter', () => readPercent(`${'-'.repeat(LONG)}x%`)).kind).to.equal('bad');
      expect(timed('text: dashes then a letter', () => readText(`${'-'.repeat(LONG)}x`))).to.have.length(LONG + 1);
      expect(timed('date: digits and slashes', () => isoDate(`${digits(LONG)}/1/2026`))).to.have.length(LONG + 7);
      expect(timed('IOP words: "intensive" then spaces', () => readsLikeIop(`intensive${spaces(LONG)}x`))).to.equal(false);
      expect(timed('IOP words: "intensive out-" repeated', () => readsLikeIop('intensive out-'.repeat(LONG / 14)))).to.equal(false);
      expect(timed('unit: "per" then spaces and dashes', () => unitHint(`per${' -'.repeat(LONG / 2)}x`))).to.equal(null);
      expect(timed('unit: "/" and spaces repeated', () => unitHint('/ '.repeat(LONG / 2)))).to.equal(null);
    });
  });
});

// Which links a center's configuration may put on a host's page: a hostile one never comes out as a link.
import { describe, expect, it } from '../harness.ts';
import { isPhoneNumber, phoneHref, safeHref } from '../../src/core/center/links.ts';

describe('safeHref', () => {
  it('keeps web addresses, same-site paths, phone numbers and e-mail addresses', () => {
    expect(safeHref('https://center.example/verify?plan=1#top')).to.equal('https://center.example/verify?plan=1#top');
    expect(safeHref('HTTP://center.example/')).to.equal('HTTP://center.example/');
    expect(safeHref('/verify-insurance')).to.equal('/verify-insurance');
    expect(safeHref('#verify-insurance')).to.equal('#verify-insurance');
    expect(safeHref('verify.html')).to.equal('verify.html');
    expect(safeHref('../contact/')).to.equal('../contact/');
    // a phone link becomes its digits (and the +)
    expect(safeHref('tel:+1 (555) 555-0199')).to.equal('tel:+15555550199');
    expect(safeHref('mailto:intake@center.example')).to.equal('mailto:intake@center.example');
  });

  it('refuses script and data links however they are written', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript:alert(1) ',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://center.example/1',
      'ftp://center.example/',
      // another site by a protocol-relative or backslashed path, or a scheme without slashes
      '//evil.example/',
      '/\\evil.example/',
      'http:evil.example',
      // invisible characters that make an address read as another
      'https://center.example/\u202Eelif',
      '/verify\u200B',
      'tel:call-us-now',
      'tel:12',
      'mailto:not-an-address',
      'mailto:a@b.org"><script>',
      '',
    ]) {
      expect(safeHref(hostile), JSON.stringify(hostile)).to.equal(null);
    }
  });

  it('refuses what an address never holds raw: markup, quotes, spaces and HTML entities that hide a scheme', () => {
    for (const value of ['javascript&colon;alert(1)', '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '<script>alert(1)</script>', '/verify page', '/a"onmouseover="alert(1)', "/a'b", '/a\\b']) {
      expect(safeHref(value), JSON.stringify(value)).to.equal(null);
    }
    // an ampersand in a query is fine
    expect(safeHref('/verify?plan=1&network=in')).to.equal('/verify?plan=1&network=in');
  });
});

describe('phone numbers', () => {
  it('reads 7 to 15 digits with the usual punctuation as a phone number, and nothing else', () => {
    expect(isPhoneNumber('555-0199')).to.equal(true);
    expect(isPhoneNumber('+1 (555) 555-0199')).to.equal(true);
    expect(isPhoneNumber('1.800.555.0100')).to.equal(true);
    expect(isPhoneNumber('555-01')).to.equal(false);
    expect(isPhoneNumber('1234567890123456')).to.equal(false);
    expect(isPhoneNumber('555-0199"><img src=x onerror=alert(1)>')).to.equal(false);
    expect(isPhoneNumber('call 555-0199')).to.equal(false);
  });

  it('links a phone number by its digits', () => {
    expect(phoneHref('(555) 555-0199')).to.equal('tel:5555550199');
    expect(phoneHref('+44 20 7946 0958')).to.equal('tel:+442079460958');
    expect(phoneHref('javascript:alert(1)')).to.equal(null);
  });
});

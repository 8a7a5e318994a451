// Which links a center's configuration may put on a page it does not own. A link is followed by a person who
// trusts the page, so only web addresses, the site's own pages, a phone number and an e-mail address pass:
// never `javascript:`, `data:`, `vbscript:` or any other scheme, however it is written. The schema refuses the
// rest (schemas.ts), and the view asks again before it renders a link (defence in depth).

/** A phone number as people write it: digits with spaces, dots, dashes, parentheses and a leading +; 7 to 15 digits. */
const PHONE = /^\+?[\d\s().-]+$/;

export function isPhoneNumber(text: string): boolean {
  if (!PHONE.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** The `tel:` link for a phone number (its digits and a leading +), or null for text that is not one. */
export function phoneHref(phone: string): string | null {
  return isPhoneNumber(phone) ? `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}` : null;
}

/**
 * `mailto:` with a name, an @ and a domain with a dot that is neither its first nor its last character. The
 * domain is read up to its first such dot by a class without the dot ([^...@.]*), so no character can be taken
 * by two parts of the pattern: linear on any text. (Written "[^@]+@[^@]+\.[^@]+", a run of dots followed by
 * anything but an address took seconds per 100 KB, as the class before the dot also takes dots.)
 */
const MAILTO = /^mailto:[^\s@<>"'\\]+@[^\s@<>"'\\][^\s@<>"'\\.]*\.[^\s@<>"'\\]+$/i;
const TEL = /^tel:(.+)$/i;
/** Browsers drop tabs and line breaks inside a URL and spaces around it ("java\tscript:"): refuse them all. */
const CONTROL_OR_EDGE_SPACE = /[\u0000-\u001f\u007f]|^\s|\s$/;
/** Invisible characters that make an address read as something else. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Characters an address never needs written raw, and HTML entities ("&colon;", "&#106;"), which only hide a scheme. */
const NOT_IN_AN_ADDRESS = /[\s<>"'`\\{}|^]|&(#\d+|#x[\da-f]+|[a-z]+);/i;
const ORIGIN = 'https://center.invalid';

/**
 * The link as it may be rendered, or null: an `https:` or `http:` address, a path on the same site ("/verify",
 * "#insurance", "verify.html"), `tel:` with a phone number, or `mailto:` with an address.
 */
export function safeHref(value: string): string | null {
  if (value === '' || CONTROL_OR_EDGE_SPACE.test(value) || INVISIBLE.test(value)) return null;
  const tel = TEL.exec(value);
  if (tel) return phoneHref(tel[1]!);
  if (NOT_IN_AN_ADDRESS.test(value)) return null;
  if (/^mailto:/i.test(value)) return MAILTO.test(value) ? value : null;
  let url: URL;
  try {
    // Resolved against a made-up origin: a relative path stays on it, anything else says its own scheme and host.
    url = new URL(value, `${ORIGIN}/page`);
  } catch {
    return null;
  }
  if (url.origin === ORIGIN) return /^[a-z][a-z\d+.-]*:/i.test(value) ? null : value;
  return url.protocol === 'https:' || url.protocol === 'http:' ? (/^https?:\/\//i.test(value) ? value : null) : null;
}

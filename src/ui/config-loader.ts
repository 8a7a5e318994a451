// Fetches a center's configuration: the only network request the widget makes, and only to the page's own site.

/** A center's file is a few KB; anything this large is not one, and would only slow the page. */
export const CONFIG_MAX_BYTES = 1_000_000;
/** How long a center's file may take before the visitor is told estimates are unavailable. */
export const CONFIG_TIMEOUT_MS = 15_000;

/** Centers' files asked for as the script starts (askEarly), by address, each taken once by the widget that wants it. */
const early = new Map<string, Promise<unknown>>();

/**
 * Asks for every center's file named on the page before the rest of the script is even set up (the embed runs
 * this first): on a phone that is the time Lit, zod and decimal.js take to start, saved on the round trip.
 */
export function askEarly(): void {
  for (const element of document.querySelectorAll('iop-cost-estimator[config-src]')) {
    // A configuration inside the tag wins (readInlineConfig): that widget's config-src is never asked for.
    if (element.querySelector(INLINE)) continue;
    const src = element.getAttribute('config-src') ?? '';
    const href = new URL(src, document.baseURI).href;
    if (!early.has(href)) early.set(href, fetchCenterConfig(src, CONFIG_TIMEOUT_MS));
  }
}

/** Where a configuration inside the tag is written. */
export const INLINE = ':scope > script[type="application/json"]';

/**
 * A configuration written inside the tag, `<script type="application/json">`, for hosts where a file cannot be
 * uploaded (site builders): read as a file would be, with the same size limit.
 */
export function readInlineConfig(text: string): unknown {
  if (text.length > CONFIG_MAX_BYTES) throw new Error(`the configuration inside the tag is larger than ${CONFIG_MAX_BYTES / 1_000_000} MB, too large to be a center's.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('the configuration inside the tag (<script type="application/json">) is not valid JSON.');
  }
}

export function loadCenterConfig(src: string, timeoutMs = CONFIG_TIMEOUT_MS): Promise<unknown> {
  const href = new URL(src, document.baseURI).href;
  const asked = early.get(href);
  early.delete(href);
  return asked ?? fetchCenterConfig(src, timeoutMs);
}

async function fetchCenterConfig(src: string, timeoutMs: number): Promise<unknown> {
  const url = new URL(src, document.baseURI);
  // The page's own origin: self.origin, not location's, which is "null" on a page written into a frame (srcdoc,
  // as a site builder's preview does) although the page is the site's own.
  if (url.origin !== self.origin) {
    throw new Error(`config-src must be on this site (${self.origin}), not ${url.origin}.`);
  }
  let response: Response;
  let text: string;
  try {
    // No redirect is followed: one to another site (an open redirect) would load that site's prices and links,
    // and the site's own preload (README) is only used by a request like it, so the mode stays the default.
    response = await fetch(url, { redirect: 'error', credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status}).`);
    if (Number(response.headers.get('Content-Length')) > CONFIG_MAX_BYTES) throw new Error(tooLarge(url));
    text = await response.text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new Error(`${url.pathname} took more than ${timeoutMs / 1000} s to load.`);
    if (error instanceof Error && error.message.startsWith(url.pathname)) throw error;
    throw new Error(`${url.pathname} could not be loaded (it must be on this site, at its own address: redirects are not followed).`);
  }
  if (text.length > CONFIG_MAX_BYTES) throw new Error(tooLarge(url));
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url.pathname} is not valid JSON.`);
  }
}

const tooLarge = (url: URL) => `${url.pathname} is larger than ${CONFIG_MAX_BYTES / 1_000_000} MB, too large to be a center's file.`;

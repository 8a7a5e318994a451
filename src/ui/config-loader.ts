// Fetches a center's configuration: the only network request the widget makes, and only to the page's own site.

/** A center's file is a few KB; anything this large is not one, and would only slow the page. */
export const CONFIG_MAX_BYTES = 1_000_000;
/** How long a center's file may take before the visitor is told estimates are unavailable. */
export const CONFIG_TIMEOUT_MS = 15_000;

export async function loadCenterConfig(src: string, timeoutMs = CONFIG_TIMEOUT_MS): Promise<unknown> {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`config-src must be on this site (${location.origin}), not ${url.origin}.`);
  }
  let response: Response;
  let text: string;
  try {
    // mode 'same-origin': a redirect to another site fails before that site is asked (an open redirect, a moved
    // file) rather than loading its prices and links; a redirect within the site still works.
    response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status}).`);
    if (Number(response.headers.get('Content-Length')) > CONFIG_MAX_BYTES) throw new Error(tooLarge(url));
    text = await response.text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new Error(`${url.pathname} took more than ${timeoutMs / 1000} s to load.`);
    if (error instanceof Error && error.message.startsWith(url.pathname)) throw error;
    throw new Error(`${url.pathname} could not be loaded (it must be on this site, and not redirect to another).`);
  }
  if (text.length > CONFIG_MAX_BYTES) throw new Error(tooLarge(url));
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url.pathname} is not valid JSON.`);
  }
}

const tooLarge = (url: URL) => `${url.pathname} is larger than ${CONFIG_MAX_BYTES / 1_000_000} MB, too large to be a center's file.`;

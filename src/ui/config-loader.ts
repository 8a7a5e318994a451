// Fetches a center's configuration: the only network request the widget makes, and only to the page's own site.

export async function loadCenterConfig(src: string): Promise<unknown> {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`config-src must be on this site (${location.origin}), not ${url.origin}.`);
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    throw new Error(`${url.pathname} could not be loaded.`);
  }
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${url.pathname} is not valid JSON.`);
  }
}

/**
 * Site-relative URLs that respect Astro's `base` (a deploy under "/<repo>/" instead of "/").
 * Every internal URL — pages, islands, fetches, the service worker — goes through `withBase`.
 */

/** Joins a root-relative path ("/drugs/x/") to a base ("/" or "/rxtray/"): withBase("/drugs/", "/rxtray/") → "/rxtray/drugs/". */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path; // absolute URL, protocol-relative or fragment: leave as is
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/**
 * The site's Content-Security-Policy. Scripts run only from the site itself or, when inline, if their
 * SHA-256 hash is listed (the build hashes every inline script each page contains); no eval, no plugins.
 */

/** Directives every page gets; `script-src` is completed with the page's inline-script hashes. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // Astro and Svelte render style="" attributes (progress bars) and small <style> blocks inline.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives a <meta> policy cannot carry (browsers ignore them there); header files add them. */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, string])[] = [['frame-ancestors', "'none'"]];

/** The policy for a set of inline-script hashes (base64 SHA-256 digests), sorted so it is stable. */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, options: { header?: boolean } = {}): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`);
  const directives = [...CSP_DIRECTIVES, ...(options.header ? HEADER_ONLY_DIRECTIVES : [])];
  return directives.map(([name, value]) => (name === 'script-src' && hashes.length ? `${name} ${value} ${hashes.join(' ')}` : `${name} ${value}`)).join('; ');
}

/** The page with its policy as the first element after <meta charset> (a meta policy covers only what follows it). */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(cleaned);
  if (charset) return cleaned.slice(0, charset.index + charset[0].length) + meta + cleaned.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('page has no <head> to put the Content-Security-Policy in');
  return cleaned.slice(0, head.index + head[0].length) + meta + cleaned.slice(head.index + head[0].length);
}

/** A Netlify / Cloudflare Pages `_headers` file: the policy as a real header, plus caching and hardening. */
export function netlifyHeaders(headerPolicy: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    '# Written by the build (src/build/site.ts). Netlify and Cloudflare Pages read this file; see the README.',
    `${root}*`,
    `  Content-Security-Policy: ${headerPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${root}sw.js`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

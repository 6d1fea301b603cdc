import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, netlifyHeaders, withCspMeta } from '../../../src/lib/site/csp';
import { scriptHash } from '../../../src/build/site';

describe('contentSecurityPolicy', () => {
  test('allows scripts only from the site and the listed hashes, and forbids plugins and foreign bases and forms', () => {
    const policy = contentSecurityPolicy(['bbb=', 'aaa=', 'bbb=']);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-aaa=' 'sha256-bbb='; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
  });
  test('adds frame-ancestors only for a header (a <meta> policy cannot carry it)', () => {
    expect(contentSecurityPolicy([], { header: true })).toMatch(/; frame-ancestors 'none'$/);
    expect(contentSecurityPolicy([])).not.toContain('frame-ancestors');
  });
});

describe('scriptHash', () => {
  test('is the base64 SHA-256 of the exact script text, as browsers compute it', () => {
    // The CSP spec's example digest of "alert('Hello, world.');".
    expect(scriptHash("alert('Hello, world.');")).toBe('qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(scriptHash(' x')).not.toBe(scriptHash('x'));
    expect(scriptHash('x')).toBe(createHash('sha256').update('x').digest('base64'));
  });
});

describe('withCspMeta', () => {
  test('puts the policy right after <meta charset>, before any script, with quotes escaped', () => {
    const page = '<html><head><meta charset="utf-8"><title>t</title><script>x()</script></head></html>';
    const out = withCspMeta(page, `script-src 'self' "odd"`);
    expect(out).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src \'self\' &quot;odd&quot;"><title>t</title><script>x()</script></head></html>',
    );
  });
  test('replaces an existing policy instead of adding a second one', () => {
    const once = withCspMeta('<head><meta charset="utf-8"></head>', "default-src 'self'");
    const twice = withCspMeta(once, "default-src 'none'");
    expect(twice.match(/http-equiv/g)).toHaveLength(1);
    expect(twice).toContain("default-src 'none'");
  });
  test('refuses a page with no head rather than shipping it without a policy', () => {
    expect(() => withCspMeta('<p>fragment</p>', "default-src 'self'")).toThrow(/no <head>/);
  });
});

describe('netlifyHeaders', () => {
  test('applies the policy to every path under the base and caches hashed assets for good', () => {
    const file = netlifyHeaders("default-src 'self'", '/rxtray/');
    expect(file).toContain("/rxtray/*\n  Content-Security-Policy: default-src 'self'\n");
    expect(file).toContain('/rxtray/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(file).toContain('/rxtray/sw.js\n  Cache-Control: no-cache\n');
  });
});

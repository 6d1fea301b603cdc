import { describe, expect, test } from 'vitest';
import { findBrokenLinks, formatBrokenLinks, pagePath, readPageLinks } from '../../../src/lib/site/links';

/** A site from page HTML by path; files are the pages' index.html files plus any extras. */
function site(pages: Record<string, string>, extraFiles: string[] = [], base = '/') {
  const map = new Map(Object.entries(pages).map(([path, html]) => [path, readPageLinks(html)]));
  const files = new Set([...Object.keys(pages).map((p) => (p.endsWith('/') ? `${p}index.html` : p)), ...extraFiles]);
  return { pages: map, files, base, site: 'https://rxtray.example' };
}

describe('pagePath', () => {
  test('maps built files to the paths they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('learn/dispensing/labeling/index.html')).toBe('/learn/dispensing/labeling/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('readPageLinks', () => {
  test('collects ids, <a name> anchors, hrefs and srcs', () => {
    const page = readPageLinks('<h2 id="a">A</h2><a name="old"></a><a href="/x/#a">x</a><img src="/i.png" alt="">');
    expect([...page.ids]).toEqual(['a', 'old']);
    expect(page.links).toEqual(['/x/#a', '/i.png']);
  });
});

describe('findBrokenLinks', () => {
  const lesson = '<h2 id="required-elements">Required</h2><a href="#required-elements">here</a>';

  test('passes pages, files, anchors, relative links and external links that resolve', () => {
    const pages = {
      '/': '<a href="/learn/x/#required-elements">x</a><a href="learn/x/">rel</a><img src="/favicon.svg"><a href="https://example.org/nope/">ext</a><a href="mailto:a@b.c">m</a><a href="#">top</a><a href="#top">top</a>',
      '/learn/x/': lesson,
    };
    expect(findBrokenLinks(site(pages, ['/favicon.svg']))).toEqual([]);
  });

  test('names the page and the link for a missing page, a missing anchor and a missing slash', () => {
    const pages = {
      '/learn/y/': '<a href="/learn/labling/">typo</a><a href="/learn/x/#required">anchor</a><a href="#nowhere">self</a><a href="/learn/x">slash</a>',
      '/learn/x/': lesson,
    };
    expect(findBrokenLinks(site(pages))).toEqual([
      { page: '/learn/y/', href: '/learn/labling/', reason: 'points at /learn/labling/, which is not a page or file of the site' },
      { page: '/learn/y/', href: '/learn/x/#required', reason: 'points at #required, but /learn/x/ has no element with id="required"' },
      { page: '/learn/y/', href: '#nowhere', reason: 'points at #nowhere, but this page has no element with id="nowhere"' },
      { page: '/learn/y/', href: '/learn/x', reason: 'needs a trailing slash: /learn/x/ (pages end in "/")' },
    ]);
  });

  test('checks absolute links to the deployed site like internal ones', () => {
    const broken = findBrokenLinks(site({ '/': '<link rel="canonical" href="https://rxtray.example/gone/">' }));
    expect(broken.map((b) => b.href)).toEqual(['https://rxtray.example/gone/']);
  });

  test('under a base path, a root-absolute link that forgot the base is broken', () => {
    const pages = { '/': '<a href="/rxtray/learn/x/">ok</a><a href="/learn/x/">forgot</a>', '/learn/x/': lesson };
    const broken = findBrokenLinks(site(pages, [], '/rxtray/'));
    expect(broken).toHaveLength(1);
    expect(broken[0]?.href).toBe('/learn/x/');
    expect(broken[0]?.reason).toMatch(/outside the site's base path \/rxtray\//);
  });
});

describe('formatBrokenLinks', () => {
  test('groups the links under the page they are on', () => {
    const text = formatBrokenLinks([
      { page: '/a/', href: '/x/', reason: 'points at /x/, which is not a page or file of the site' },
      { page: '/a/', href: '#y', reason: 'points at #y, but this page has no element with id="y"' },
    ]);
    expect(text).toBe(
      '2 broken internal links in the built site:\n  on /a/\n    "/x/" points at /x/, which is not a page or file of the site\n    "#y" points at #y, but this page has no element with id="y"',
    );
  });
});

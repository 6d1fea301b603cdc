import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { baseLinks } from '../../../src/build/base-links';
import { withBase } from '../../../src/lib/url';

const render = async (markdown: string, base: string) => (await markdownToHtml(markdown, { hastPlugins: [baseLinks(base)] })).html;

describe('withBase', () => {
  test('joins root-relative paths to the base and leaves absolute URLs and fragments alone', () => {
    expect(withBase('/drugs/', '/rxtray/')).toBe('/rxtray/drugs/');
    expect(withBase('/', '/rxtray')).toBe('/rxtray/');
    expect(withBase('/drugs/', '/')).toBe('/drugs/');
    expect(withBase('https://ecfr.gov/x', '/rxtray/')).toBe('https://ecfr.gov/x');
    expect(withBase('//cdn.example/x', '/rxtray/')).toBe('//cdn.example/x');
    expect(withBase('#top', '/rxtray/')).toBe('#top');
  });
});

describe('baseLinks (lesson Markdown)', () => {
  test('prefixes root-absolute links, anchors included, with the base', async () => {
    expect(await render('[Labeling](/learn/dispensing/labeling/#required-elements)', '/rxtray/')).toContain(
      'href="/rxtray/learn/dispensing/labeling/#required-elements"',
    );
  });
  test('leaves external, protocol-relative, fragment and relative links as written', async () => {
    const html = await render('[a](https://www.ecfr.gov/x) [b](//cdn.example/x) [c](#here) [d](../labeling/)', '/rxtray/');
    expect(html).toContain('href="https://www.ecfr.gov/x"');
    expect(html).toContain('href="//cdn.example/x"');
    expect(html).toContain('href="#here"');
    expect(html).toContain('href="../labeling/"');
  });
  test('changes nothing at the root base', async () => {
    expect(await render('[Labeling](/learn/dispensing/labeling/)', '/')).toContain('href="/learn/dispensing/labeling/"');
  });
});

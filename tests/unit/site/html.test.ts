import { describe, expect, test } from 'vitest';
import { decodeEntities, inlineScripts, startTags } from '../../../src/lib/site/html';

describe('decodeEntities', () => {
  test('decodes named, decimal and hex references', () => {
    expect(decodeEntities('a&amp;b &quot;c&quot; &#39;d&#39; &#x2F;e')).toBe(`a&b "c" 'd' /e`);
  });
  test('leaves unknown references as written', () => {
    expect(decodeEntities('&bogus; & ;')).toBe('&bogus; & ;');
  });
});

describe('startTags', () => {
  test('reads attributes with any quoting, including ">" inside a value', () => {
    const [tag] = startTags(`<a href="/x/?a=1&amp;b=2" title='1 > 0' data-x=plain hidden>`);
    expect(tag?.name).toBe('a');
    expect(Object.fromEntries(tag?.attributes ?? [])).toEqual({ href: '/x/?a=1&b=2', title: '1 > 0', 'data-x': 'plain', hidden: '' });
  });
  test('skips comments and the bodies of scripts and styles, but keeps their start tags', () => {
    const tags = startTags(`<!-- <a href="/gone/"> --><script src="/s.js"></script><script>document.write('<a href="/in-script/">')</script><style>a[href="/x/"]{}</style><p id="kept">`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'script', 'style', 'p']);
    expect(tags[0]?.attributes.get('src')).toBe('/s.js');
  });
});

describe('inlineScripts', () => {
  test('returns the exact text of scripts without src, skipping external ones', () => {
    const html = `<script type="module" src="/a.js"></script><script>\n  one();\n</script><script is:inline data-x>two()</script>`;
    expect(inlineScripts(html)).toEqual(['\n  one();\n', 'two()']);
  });
  test('finds none in a page without inline scripts', () => {
    expect(inlineScripts('<p>text</p><script src="x.js"></script>')).toEqual([]);
  });
});

/**
 * A Sätteri hast plugin for lessons: root-absolute links written in Markdown ("[Labeling](/learn/dispensing/labeling/)")
 * get Astro's `base` in front, through the same withBase() the rest of the site uses.
 */
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/url';

/** Rewrites `<a href="/…">` (not "//host") in Markdown and MDX to `withBase(href, base)`. */
export function baseLinks(base: string): HastPluginDefinition {
  return {
    name: 'rxtray-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
  };
}

/**
 * Broken internal links in the built site: an href or src that points at a page or file that is not
 * there, or at a "#fragment" with no element of that id on the target page.
 */
import { startTags } from './html';

/** What a page offers (ids) and what it points at (hrefs and srcs, as written). */
export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

/** One broken link, with the page it is on. */
export interface BrokenLink {
  /** Site path of the page holding the link, e.g. "/learn/dispensing/labeling/". */
  page: string;
  /** The link as written in the page. */
  href: string;
  /** Why it is broken, in plain words. */
  reason: string;
}

const LINK_ATTRIBUTES = ['href', 'src'];

/** The ids and links of one page's HTML. */
export function readPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  for (const tag of startTags(html)) {
    const id = tag.attributes.get('id');
    if (id) ids.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) ids.add(name);
    for (const attribute of LINK_ATTRIBUTES) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined) links.push(value.trim());
    }
  }
  return { ids, links };
}

/** Site path of a built HTML file: "learn/x/index.html" → "/learn/x/", "404.html" → "/404.html". */
export function pagePath(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface SiteFiles {
  /** Every page by site path ("/", "/learn/x/", "/404.html"). */
  pages: ReadonlyMap<string, PageLinks>;
  /** Every file in the build by site path ("/favicon.svg", "/learn/x/index.html"). */
  files: ReadonlySet<string>;
  /** Astro's base ("/" or "/rxtray/"). */
  base: string;
  /** The deployed origin (Astro's `site`), whose absolute URLs count as internal too. */
  site?: string;
}

const ORIGIN = 'http://rxtray.invalid';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every broken internal link in the site, page by page in path order. */
export function findBrokenLinks({ pages, files, base, site }: SiteFiles): BrokenLink[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const siteOrigin = site ? new URL(site).origin : undefined;
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    for (const href of links) {
      const reason = checkLink(href, page);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;

  function checkLink(href: string, page: string): string | undefined {
    if (href === '' || href === '#') return undefined;
    let url: URL;
    try {
      url = new URL(href, ORIGIN + root + page.slice(1));
    } catch {
      return 'is not a valid URL';
    }
    if (url.origin !== ORIGIN && url.origin !== siteOrigin) return undefined; // another site, or mailto:, data:, blob:
    const path = safeDecode(url.pathname);
    if (!path.startsWith(root)) return `is outside the site's base path ${root} (in .astro and .svelte files write withBase('/…'); in a lesson write a Markdown link [text](/…/))`;
    const sitePath = `/${path.slice(root.length)}`;
    let target: PageLinks | undefined;
    if (pages.has(sitePath)) target = pages.get(sitePath);
    else if (!files.has(sitePath)) {
      if (pages.has(`${sitePath}/`)) return `needs a trailing slash: ${root}${sitePath.slice(1)}/ (pages end in "/")`;
      return `points at ${sitePath}, which is not a page or file of the site`;
    }
    const fragment = safeDecode(url.hash.slice(1));
    if (!fragment || fragment === 'top' || !target) return undefined;
    if (!target.ids.has(fragment)) {
      const where = sitePath === page ? 'this page' : sitePath;
      return `points at #${fragment}, but ${where} has no element with id="${fragment}"`;
    }
    return undefined;
  }
}

/** The problems as one readable message, grouped by page. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const lines = [`${broken.length} broken internal link${broken.length === 1 ? '' : 's'} in the built site:`];
  let page = '';
  for (const link of broken) {
    if (link.page !== page) {
      page = link.page;
      lines.push(`  on ${page}`);
    }
    lines.push(`    "${link.href}" ${link.reason}`);
  }
  return lines.join('\n');
}

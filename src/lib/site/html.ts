/**
 * Just enough HTML reading for checks over the built site (no DOM): the tags of a page with their
 * attributes, and the bodies of its inline scripts. Comments and script/style bodies are not markup.
 */

/** One start tag: its lower-case name and its attributes, entities decoded. */
export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold ("&amp;", "&#39;", "&#x2F;"). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// A start tag, allowing ">" inside quoted attribute values.
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Elements whose content is text, not markup: the start tag stays, the body goes.
const RAW_TEXT = /(<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?<\/\2\s*>/gi;

/** Every start tag of a page, in document order (comments and script/style bodies skipped). */
export function startTags(html: string): Tag[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(RAW_TEXT, '$1');
  const tags: Tag[] = [];
  for (const match of markup.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? '').toLowerCase();
      if (!attributes.has(name)) attributes.set(name, decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** The text of every inline script (a <script> without src), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

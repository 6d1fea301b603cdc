/** Plain text from a lesson's MDX source: what a reader sees, without markup, imports or code expressions. */

/** Attributes of lesson components whose text a reader sees (WorkedExample and Callout titles, questions). */
const VISIBLE_ATTRIBUTES = /\b(?:title|question)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Index just past the brace that closes the one at `start`, skipping strings and template literals. */
function skipBraces(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i += 1) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = src.indexOf(c, i + 1);
      if (end === -1) return src.length;
      i = end;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return src.length;
}

/** Index just past the `>` that ends the JSX tag starting at `start`, with its visible attribute text. */
function readTag(src: string, start: number): { end: number; text: string } {
  let i = start + 1;
  while (i < src.length && src[i] !== '>') {
    const c = src[i];
    if (c === '{') i = skipBraces(src, i);
    else if (c === '"' || c === "'") {
      const end = src.indexOf(c, i + 1);
      i = end === -1 ? src.length : end + 1;
    } else i += 1;
  }
  const tag = src.slice(start, i);
  const text = [...tag.matchAll(VISIBLE_ATTRIBUTES)].map((m) => m[1] ?? m[2] ?? '').join('. ');
  return { end: i + 1, text };
}

/** Removes JSX tags (keeping their children and visible titles) and `{…}` expressions. */
function stripJsx(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    const next = src[i + 1] ?? '';
    if (c === '<' && /[A-Za-z/!]/.test(next)) {
      const { end, text } = readTag(src, i);
      out += text ? ` ${text}. ` : ' ';
      i = end;
    } else if (c === '{') {
      out += ' ';
      i = skipBraces(src, i);
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–' };

/** Plain text of a piece of MDX: no imports, tags, expressions, emphasis, link targets or table rules. */
export function mdxToText(src: string): string {
  const lines = src
    .split('\n')
    .filter((line) => !/^\s*(?:import|export)\s/.test(line))
    .filter((line) => !/^\s*(?:```|~~~)/.test(line))
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line));
  return stripJsx(lines.join('\n'))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_([^_\n]+)_(?=\s|[.,;:!?]|$)/g, '$1$2')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/\s+/g, ' ')
    .replace(/^[\s·]+|[\s·]+$/g, '')
    .replace(/(?:\s*·\s*){2,}/g, ' · ');
}

/** A heading of a lesson and the MDX under it, up to the next heading. */
export interface MdxSection {
  depth: number;
  heading: string;
  body: string;
}

/** Splits MDX at its `##`–`####` headings (not inside fenced code): the text before the first, then each section. */
export function splitSections(src: string): { intro: string; sections: MdxSection[] } {
  const parts: { depth: number; heading: string; lines: string[] }[] = [{ depth: 1, heading: '', lines: [] }];
  let fenced = false;
  for (const line of src.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{2,4})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) parts.push({ depth: heading[1]?.length ?? 2, heading: heading[2] ?? '', lines: [] });
    else parts.at(-1)?.lines.push(line);
  }
  const [intro, ...rest] = parts;
  return {
    intro: intro?.lines.join('\n') ?? '',
    sections: rest.map(({ depth, heading, lines }) => ({ depth, heading, body: lines.join('\n') })),
  };
}

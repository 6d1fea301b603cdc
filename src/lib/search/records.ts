/**
 * Search records built from content at build time: one per lesson section (deep-linked to its heading),
 * drug, glossary term, sig and error-prone abbreviation, DAW and reject code, convention and reference page.
 */
import type { Drug } from '../../schemas/drug';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { ConventionEntry } from '../pharmacy/conventions';
import type { DawCode } from '../pharmacy/daw-codes';
import type { ErrorProneAbbreviation } from '../pharmacy/error-prone';
import type { RejectCode } from '../pharmacy/reject-codes';
import type { SigAbbreviation } from '../pharmacy/sig-vocabulary';
import { mdxToText, splitSections } from './mdx-text';
import { fold, STOP_WORDS } from './normalize';

/** What a result is; the dialog groups results by kind in this order. */
export const SEARCH_KINDS = ['drug', 'abbreviation', 'error-prone', 'glossary', 'lesson', 'code', 'reference'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One searchable thing. */
export interface SearchRecord {
  kind: SearchKind;
  /** What the result is called: a generic name, an abbreviation, a section heading. */
  title: string;
  /** Where it lives, with the site's base and a #fragment where there is one. */
  url: string;
  /** Other names that count as an exact match: brands, Tall Man spelling, other spellings, codes. */
  aliases?: string[];
  /** Short phrases searched (typo-tolerant) after the title: class, indications, meanings, the lesson. */
  keywords?: string[];
  /** Plain text searched word by word, and where the snippet comes from. */
  text: string;
  /** More words searched but never shown: the rest of a long lesson section, each distinct word once, folded. */
  more?: string;
  /** The page a section belongs to ("Data entry: …"), shown under the title. */
  parent?: string;
  /** A safety note shown with the result, e.g. that an abbreviation is error-prone. */
  warning?: string;
}

/** Turns a root-relative path into a site URL (withBase in pages; identity in tests). */
export type Href = (path: string) => string;

/** A fragment id for a reference-table row ("q.i.d." → "qid", "OD, OS, OU" → "od-os-ou"). */
export function anchorId(prefix: string, value: string | number): string {
  return `${prefix}-${fold(String(value)).replaceAll(' ', '-') || 'x'}`;
}

/** Row ids for the sig reference page: "sig-ou"; an abbreviation listed twice ("cc") adds its category. */
export function sigAnchorIds(vocabulary: readonly SigAbbreviation[]): Map<SigAbbreviation, string> {
  const seen = new Map<string, number>();
  for (const s of vocabulary) seen.set(anchorId('sig', s.abbr), (seen.get(anchorId('sig', s.abbr)) ?? 0) + 1);
  return new Map(
    vocabulary.map((s) => {
      const id = anchorId('sig', s.abbr);
      return [s, (seen.get(id) ?? 0) > 1 ? `${id}-${s.category}` : id];
    }),
  );
}

/** A sentence list "a; b; c" without empty parts. */
const list = (parts: readonly (string | undefined | null | false)[], sep = '. '): string =>
  parts.filter((p): p is string => Boolean(p)).join(sep);

/** A drug: found by its generic, every brand, its Tall Man spelling, class and indications. */
export function drugRecord(id: string, drug: Pick<Drug, 'generic' | 'brands' | 'class' | 'schedule' | 'indications' | 'tallMan'>, href: Href): SearchRecord {
  const brands = drug.brands.map((b) => b.name);
  return {
    kind: 'drug',
    title: drug.generic,
    url: href(`/drugs/${id}/`),
    aliases: [...brands, ...(drug.tallMan ? [drug.tallMan] : []), ...(drug.generic.includes('/') ? drug.generic.split('/') : [])],
    keywords: [drug.class],
    text: list([
      brands.length > 0 && `Brands: ${brands.join(', ')}`,
      drug.class,
      drug.schedule && `Schedule ${drug.schedule}`,
      `For: ${drug.indications.join('; ')}`,
    ]),
  };
}

/** A glossary term, linked to its entry on the glossary page. */
export function glossaryRecord(id: string, term: Pick<GlossaryTerm, 'term' | 'aka' | 'definition'>, href: Href): SearchRecord {
  return { kind: 'glossary', title: term.term, url: href(`/glossary/#${id}`), aliases: [...term.aka], text: term.definition };
}

/** The warning shown with an error-prone abbreviation. */
export function errorProneWarning(entry: Pick<ErrorProneAbbreviation, 'useInstead' | 'doNotUse'>): string {
  return `Error-prone${entry.doNotUse ? ' (Do Not Use list)' : ''}: write "${entry.useInstead}" instead`;
}

/** Sig abbreviations, linked to their row on the sig reference page. */
export function sigRecords(vocabulary: readonly SigAbbreviation[], href: Href): SearchRecord[] {
  const ids = sigAnchorIds(vocabulary);
  return vocabulary.map((s) => ({
    kind: 'abbreviation' as const,
    title: s.abbr,
    url: href(`/reference/sig-abbreviations/#${ids.get(s) ?? ''}`),
    aliases: [...(s.variants ?? [])],
    keywords: [s.meaning, ...(s.latin ? [s.latin] : []), ...(s.phrases ?? [])],
    text: list([s.meaning, s.latin && `Latin: ${s.latin}`, s.errorProne && `${s.errorProne.reason}`]),
    ...(s.errorProne ? { warning: errorProneWarning(s.errorProne) } : {}),
  }));
}

/** Error-prone abbreviations, each spelling an alias ("OD, OS, OU" is found by "ou"). */
export function errorProneRecords(entries: readonly ErrorProneAbbreviation[], href: Href): SearchRecord[] {
  return entries.map((e) => ({
    kind: 'error-prone' as const,
    title: e.abbr,
    url: href(`/reference/error-prone-abbreviations/#${anchorId('abbr', e.id)}`),
    aliases: e.abbr.split(/,\s*/).filter((a) => a.length > 0),
    keywords: [e.intended],
    text: list([`Intended: ${e.intended}`, e.reason, `Write instead: ${e.useInstead}`, e.doNotUse ? 'On The Joint Commission "Do Not Use" list' : 'On the ISMP list']),
    warning: errorProneWarning(e),
  }));
}

/** DAW codes ("DAW 1", "daw1"). */
export function dawRecords(codes: readonly DawCode[], href: Href): SearchRecord[] {
  return codes.map((d) => ({
    kind: 'code' as const,
    title: `DAW ${d.code} — ${d.meaning}`,
    url: href(`/reference/daw-codes/#${anchorId('daw', d.code)}`),
    aliases: [`DAW ${d.code}`, `DAW${d.code}`],
    keywords: [d.meaning],
    text: d.whenToUse,
    parent: 'DAW code',
  }));
}

/** NCPDP reject codes ("75", "reject 75"); "M/I" is spelled out so "missing" finds them. */
export function rejectRecords(codes: readonly RejectCode[], href: Href): SearchRecord[] {
  return codes.map((r) => ({
    kind: 'code' as const,
    title: `Reject ${r.code} — ${r.meaning}`,
    url: href(`/reference/reject-codes/#${anchorId('reject', r.code)}`),
    aliases: [r.code, `reject ${r.code}`, `reject code ${r.code}`],
    keywords: [r.meaning.replace(/\bM\/I\b/g, 'Missing or invalid')],
    text: r.action,
    parent: 'NCPDP reject code',
  }));
}

/** Conversion factors and rounding rules. */
export function conventionRecords(entries: readonly ConventionEntry[], href: Href): SearchRecord[] {
  return entries.map((c) => ({
    kind: 'reference' as const,
    title: c.statement,
    url: href(`/reference/conventions/#${anchorId('rule', c.id)}`),
    keywords: [c.topic],
    text: list([c.statement, c.note, c.source]),
    parent: 'Conversions and conventions',
  }));
}

/** A site page (reference tables, drug list, glossary) with its one-line description. */
export function pageRecord(page: { title: string; path: string; lead: string }, href: Href): SearchRecord {
  return { kind: 'reference', title: page.title, url: href(page.path), text: page.lead };
}

/** Characters of a lesson section kept as shown text; the rest is kept only as distinct words (index size). */
export const SECTION_TEXT_CHARS = 320;

/**
 * The shown start of a long text, cut at a word, and the distinct searchable words of the rest that the
 * start does not already contain (stop words and one- or two-letter words left out).
 */
export function shownAndMore(text: string, keep = SECTION_TEXT_CHARS): { text: string; more?: string } {
  if (text.length <= keep) return { text };
  const cut = text.lastIndexOf(' ', keep);
  const shown = text.slice(0, cut > 0 ? cut : keep);
  const seen = new Set(fold(shown).split(' '));
  const more = new Set<string>();
  for (const word of fold(text.slice(shown.length)).split(' ')) {
    if (word.length >= 3 && !seen.has(word) && !STOP_WORDS.has(word)) more.add(word);
  }
  return more.size > 0 ? { text: `${shown}…`, more: [...more].join(' ') } : { text: `${shown}…` };
}

/** What a lesson record needs from the collection entry. */
export interface LessonSource {
  title: string;
  summary: string;
  objectives: readonly string[];
  /** The MDX body, without frontmatter. */
  body: string;
  /** Root-relative URL of the lesson page. */
  path: string;
}

/** A heading as Astro renders it: its depth, its id and its text. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * One record for the lesson (title, summary, objectives, opening text) and one per `##`–`####` section,
 * deep-linked to the heading's id. Ids come from Astro's rendered headings, matched in order (or by text
 * when the counts differ), so they are exactly the ids on the page.
 */
export function lessonRecords(lesson: LessonSource, headings: readonly RenderedHeading[], href: Href): SearchRecord[] {
  const { intro, sections } = splitSections(lesson.body);
  const rendered = headings.filter((h) => h.depth >= 2 && h.depth <= 4);
  const inOrder = rendered.length === sections.length;
  const records: SearchRecord[] = [
    {
      kind: 'lesson',
      title: lesson.title,
      url: href(lesson.path),
      ...shownAndMore(list([lesson.summary, ...lesson.objectives, mdxToText(intro)], ' ')),
      parent: 'Lesson',
    },
  ];
  sections.forEach((section, i) => {
    const title = mdxToText(section.heading);
    const heading = inOrder ? rendered[i] : rendered.find((h) => fold(h.text) === fold(title));
    const text = mdxToText(section.body);
    if (!title || !text) return;
    records.push({
      kind: 'lesson',
      title,
      url: href(heading ? `${lesson.path}#${heading.slug}` : lesson.path),
      ...shownAndMore(text),
      parent: lesson.title,
    });
  });
  return records;
}

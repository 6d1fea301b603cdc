/**
 * The search index: records plus a serialized Fuse index over their short fields, built at build time;
 * `loadIndex` reads it in the browser and `search` ranks what a student expects first — an exact name,
 * brand, abbreviation or code, then titles (typo-tolerant), then words in the text.
 */
import Fuse, { type FuseIndex } from 'fuse.js/basic';
import { compact, fold, STOP_WORDS } from './normalize';
import { SEARCH_KINDS, type SearchKind, type SearchRecord } from './records';
import { snippetOf, marksIn, termPattern, type Mark } from './snippet';

/** Bumped when the JSON shape changes, so an old cached index is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 1;

/** What `dist/search/index.json` holds. */
export interface SearchIndexJson {
  version: typeof SEARCH_INDEX_VERSION;
  records: SearchRecord[];
  /** `Fuse.createIndex(FUSE_KEYS, fuseDocs(records)).toJSON()`. */
  fuse: ReturnType<FuseIndex<FuseDoc>['toJSON']>;
}

/**
 * The folded names Fuse searches typo-tolerantly: titles and aliases only. Keywords and text are searched by
 * word (with their own typo tolerance), because Fuse's bitap over long phrases costs tens of milliseconds.
 */
interface FuseDoc {
  title: string;
  aliases: string[];
}

const FUSE_KEYS = [
  { name: 'title', weight: 2 },
  { name: 'aliases', weight: 1.5 },
];
const FUSE_OPTIONS = {
  keys: FUSE_KEYS,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.3,
};

/** Kinds whose names people misspell; lesson headings and pages are left to the word search. */
const NAMED_KINDS: ReadonlySet<SearchKind> = new Set(['drug', 'glossary', 'abbreviation', 'error-prone']);

/** Positions of the records Fuse indexes, in order. */
const fuseRefs = (records: readonly SearchRecord[]): number[] =>
  records.flatMap((r, i) => (NAMED_KINDS.has(r.kind) ? [i] : []));

const fuseDocs = (records: readonly SearchRecord[]): FuseDoc[] =>
  fuseRefs(records).map((i) => ({ title: fold(records[i]?.title ?? ''), aliases: (records[i]?.aliases ?? []).map(fold) }));

/** The JSON written at build time. */
export function buildIndex(records: readonly SearchRecord[]): SearchIndexJson {
  return { version: SEARCH_INDEX_VERSION, records: [...records], fuse: Fuse.createIndex(FUSE_KEYS, fuseDocs(records)).toJSON() };
}

/** An index ready to query. */
export interface LoadedIndex {
  records: readonly SearchRecord[];
  fuse: Fuse<FuseDoc>;
  /** The record behind each Fuse document. */
  fuseRefs: number[];
  /** Folded (and compacted) titles → records. */
  titles: Map<string, number[]>;
  /** Folded (and compacted) aliases → records. */
  aliases: Map<string, number[]>;
  /** Every word of every record → the records that contain it. */
  postings: Map<string, number[]>;
  /** The words of each record's title: a match there counts more. */
  titleWords: Set<string>[];
  /** The words of each record's aliases (brands, spellings): a match there counts a little less than the title. */
  aliasWords: Set<string>[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(isString));
const KIND_SET: ReadonlySet<string> = new Set(SEARCH_KINDS);

function isRecord(v: unknown): v is SearchRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r['kind']) && KIND_SET.has(r['kind']) && isString(r['title']) && isString(r['url']) && isString(r['text']) && (r['more'] === undefined || isString(r['more'])) &&
    isStringArray(r['aliases']) && isStringArray(r['keywords']) &&
    (r['parent'] === undefined || isString(r['parent'])) && (r['warning'] === undefined || isString(r['warning']))
  );
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
}

const PLAIN_WORD = /^[A-Za-z0-9]+[,.;:!?)]*$/;
const SCHEDULE_WORD = /^c(?:ii|iii|iv)\b/i;

/** Reads the index JSON (already parsed); a damaged or foreign file gives an error, never a throw. */
export function loadIndex(json: unknown): { ok: true; value: LoadedIndex } | { ok: false; error: string } {
  if (typeof json !== 'object' || json === null) return { ok: false, error: 'The search index is not an object.' };
  const data = json as Partial<SearchIndexJson>;
  if (data.version !== SEARCH_INDEX_VERSION) return { ok: false, error: `The search index has version ${String(data.version)}, expected ${SEARCH_INDEX_VERSION}.` };
  if (!Array.isArray(data.records) || !data.records.every(isRecord)) return { ok: false, error: 'The search index has a damaged record.' };
  const fuseJson = data.fuse;
  if (!fuseJson || !Array.isArray(fuseJson.keys) || !Array.isArray(fuseJson.records) || fuseJson.records.length !== fuseRefs(data.records).length) {
    return { ok: false, error: 'The search index has no usable Fuse index.' };
  }
  const records = data.records;
  const fuse = new Fuse(fuseDocs(records), FUSE_OPTIONS, Fuse.parseIndex<FuseDoc>(fuseJson));
  const titles = new Map<string, number[]>();
  const aliases = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  const titleWords: Set<string>[] = [];
  const aliasWords: Set<string>[] = [];
  // Loading must be quick on a phone: each distinct token is folded once (nothing fold joins spans a space),
  // `more` is stored folded already, and `add` drops repeats within a record.
  const folded = new Map<string, string>();
  const foldToken = (token: string): string => {
    let f = folded.get(token);
    if (f === undefined) {
      // Most tokens are a plain word with maybe a comma or a full stop: no need for the full fold.
      f = PLAIN_WORD.test(token) && !SCHEDULE_WORD.test(token) ? token.replace(/[,.;:!?)]+$/, '').toLowerCase() : fold(token);
      folded.set(token, f);
    }
    return f;
  };
  records.forEach((r, i) => {
    const title = fold(r.title);
    add(titles, title, i);
    add(titles, compact(title), i);
    const own = new Set(title.split(' '));
    const aka = new Set<string>();
    for (const alias of r.aliases ?? []) {
      const name = fold(alias);
      add(aliases, name, i);
      add(aliases, compact(name), i);
      for (const word of name.split(' ')) aka.add(word);
    }
    titleWords.push(own);
    aliasWords.push(aka);
    for (const word of own) add(postings, word, i);
    for (const word of aka) add(postings, word, i);
    for (const text of [...(r.keywords ?? []), r.text]) {
      for (const token of text.split(' ')) {
        const f = foldToken(token);
        if (f.includes(' ')) for (const word of f.split(' ')) add(postings, word, i);
        else add(postings, f, i);
      }
    }
    if (r.more) for (const word of r.more.split(' ')) add(postings, word, i);
  });
  return { ok: true, value: { records, fuse, fuseRefs: fuseRefs(records), titles, aliases, postings, titleWords, aliasWords } };
}

/** One result, ready to show. */
export interface SearchHit {
  kind: SearchKind;
  title: string;
  url: string;
  snippet: string;
  /** The page a section belongs to, or what a reference entry is. */
  parent?: string;
  /** A safety note, e.g. that an abbreviation is error-prone. */
  warning?: string;
  /** Ranges of `title` and `snippet` that match the query. */
  titleMarks: Mark[];
  snippetMarks: Mark[];
}

/** Edit distance of two words, or `max + 1` as soon as it must exceed `max` (adjacent swaps count once). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Words of the index that a query word stands for: itself, words it begins (3+ letters), or near misses (5+). */
function expand(index: LoadedIndex, token: string): { word: string; weight: number }[] {
  const found: { word: string; weight: number }[] = [];
  if (index.postings.has(token)) found.push({ word: token, weight: 1 });
  if (token.length >= 3) {
    for (const word of index.postings.keys()) {
      if (word !== token && word.startsWith(token)) found.push({ word, weight: 0.8 });
    }
  }
  if (found.length === 0 && token.length >= 5 && !/\d/.test(token)) {
    const max = token.length >= 8 ? 2 : 1;
    for (const word of index.postings.keys()) {
      if (Math.abs(word.length - token.length) <= max && word[0] === token[0] && editDistance(token, word, max) <= max) {
        found.push({ word, weight: 0.6 });
      }
    }
  }
  return found;
}

const KIND_RANK = new Map(SEARCH_KINDS.map((k, i) => [k, i]));

/**
 * Ranked results for a query. Scores (lower is better): an exact title 0, an exact alias (brand,
 * abbreviation, code) 0.02, an exact name inside a longer question 0.3, a typo-tolerant title, alias or
 * keyword match 0.1–0.5, words in the text 0.5–1.
 */
export function search(index: LoadedIndex, query: string, limit = 20): SearchHit[] {
  const q = fold(query).slice(0, 200);
  if (!q) return [];
  const best = new Map<number, number>();
  const terms = new Map<number, Set<string>>();
  const hit = (i: number, score: number, matched: Iterable<string>) => {
    best.set(i, Math.min(best.get(i) ?? Infinity, score));
    const set = terms.get(i) ?? new Set<string>();
    for (const t of matched) set.add(t);
    terms.set(i, set);
  };

  for (const key of new Set([q, compact(q)])) {
    for (const i of index.titles.get(key) ?? []) hit(i, 0, [q]);
    for (const i of index.aliases.get(key) ?? []) hit(i, 0.02, [q]);
  }

  const tokens = q.split(' ');
  const content = tokens.filter((t) => !STOP_WORDS.has(t));
  const wanted = content.length > 0 ? content : tokens;
  const inText = new Map<number, number>();
  const inTitle = new Map<number, number>();
  const idfs = new Map<string, number>();
  let weightSum = 0;
  let fullWordMatch = false;
  const matchedWords = new Map<number, Set<string>>();
  const n = index.records.length;
  for (const token of wanted) {
    const expansions = expand(index, token);
    const df = expansions.reduce((s, e) => s + (index.postings.get(e.word)?.length ?? 0), 0);
    const idf = Math.log(1 + n / (1 + df));
    idfs.set(token, idf);
    weightSum += idf;
    const perRecord = new Map<number, number>();
    const perTitle = new Map<number, number>();
    for (const { word, weight } of expansions) {
      for (const i of index.postings.get(word) ?? []) {
        if (weight > (perRecord.get(i) ?? 0)) perRecord.set(i, weight);
        const inName = index.titleWords[i]?.has(word) ? weight : index.aliasWords[i]?.has(word) ? weight * 0.9 : 0;
        if (inName > (perTitle.get(i) ?? 0)) perTitle.set(i, inName);
        const set = matchedWords.get(i) ?? new Set<string>();
        set.add(word);
        matchedWords.set(i, set);
      }
    }
    for (const [i, w] of perRecord) inText.set(i, (inText.get(i) ?? 0) + w * idf);
    for (const [i, w] of perTitle) inTitle.set(i, (inTitle.get(i) ?? 0) + w * idf);
  }
  if (weightSum > 0) {
    const need = wanted.length === 1 ? 0.5 : 0.6;
    for (const [i, sum] of inText) {
      const coverage = sum / weightSum;
      const titled = (inTitle.get(i) ?? 0) / weightSum;
      // Every word found as typed (or as the start of a word), or near-misses all in one title: Fuse adds nothing.
      if (coverage >= 0.79 || titled >= 0.53) fullWordMatch = true;
      // Words in the title count for more: a section called "Schedule II" beats a drug that mentions it.
      if (coverage >= need) hit(i, 0.5 + 0.35 * (1 - coverage) + 0.15 * (1 - titled), matchedWords.get(i) ?? []);
    }
  }

  // A name inside a longer query ("what does ou mean", "Lasix generic?"): ranked by how much of the query it is.
  if (tokens.length > 1 && weightSum > 0) {
    for (const token of content.filter((t) => t.length >= 2)) {
      const share = (idfs.get(token) ?? 0) / weightSum;
      for (const i of [...(index.titles.get(token) ?? []), ...(index.aliases.get(token) ?? [])]) hit(i, 0.3 + 0.5 * (1 - share), [token]);
    }
  }

  // Fuse is the typo-tolerant fallback over names, for queries whose words the index does not hold as typed.
  const fuzzy = content.join(' ');
  const exactHit = [...best.values()].some((score) => score < 0.1);
  if (!exactHit && !fullWordMatch && content.length > 0 && content.length <= 3 && fuzzy.length >= 4 && fuzzy.length <= 32) {
    for (const r of index.fuse.search(fuzzy, { limit: 30 })) {
      const i = index.fuseRefs[r.refIndex];
      const record = i === undefined ? undefined : index.records[i];
      if (i === undefined || !record) continue;
      // Ranked by the closest name's edit distance (Fuse multiplies the scores of every key that matched).
      const max = Math.ceil(fuzzy.length / 2);
      const names = [record.title, ...(record.aliases ?? [])].map(fold);
      const distances = names.map((name) => Math.min(editDistance(fuzzy, name, max), editDistance(fuzzy, name.slice(0, fuzzy.length), max)));
      const closest = Math.min(...distances);
      const name = names[distances.indexOf(closest)] ?? fuzzy;
      hit(i, 0.1 + 0.4 * Math.min(1, closest / fuzzy.length), [fuzzy, name]);
    }
  }

  const ranked = [...best.entries()].sort(
    ([a, sa], [b, sb]) =>
      sa - sb ||
      (KIND_RANK.get(index.records[a]?.kind ?? 'reference') ?? 0) - (KIND_RANK.get(index.records[b]?.kind ?? 'reference') ?? 0) ||
      (index.records[a]?.title.length ?? 0) - (index.records[b]?.title.length ?? 0),
  );
  return ranked.slice(0, Math.max(0, limit)).flatMap(([i]) => {
    const r = index.records[i];
    if (!r) return [];
    const pattern = termPattern(terms.get(i) ?? []);
    const { snippet, marks } = snippetOf(r.text, pattern);
    return [
      {
        kind: r.kind,
        title: r.title,
        url: r.url,
        snippet,
        ...(r.parent ? { parent: r.parent } : {}),
        ...(r.warning ? { warning: r.warning } : {}),
        titleMarks: marksIn(r.title, pattern),
        snippetMarks: marks,
      },
    ];
  });
}

/** The search index built from the real content on disk, as the build builds it (headings aside). */
import { DrugSchema } from '../../../src/schemas/drug';
import { GlossaryTermSchema } from '../../../src/schemas/glossary';
import { CONVENTION_ENTRIES, DAW_CODES, ERROR_PRONE_ABBREVIATIONS, REJECT_CODES, SIG_VOCABULARY } from '../../../src/lib/pharmacy';
import {
  buildIndex,
  conventionRecords,
  dawRecords,
  drugRecord,
  errorProneRecords,
  glossaryRecord,
  lessonRecords,
  loadIndex,
  rejectRecords,
  sigRecords,
  type LoadedIndex,
  type SearchRecord,
} from '../../../src/lib/search';
import { readLessons, readYamlCollection } from '../content/load-content';

const href = (path: string) => path;

/** Every record of today's content. */
export function siteRecords(): SearchRecord[] {
  const lessons = readLessons().map(({ id, frontmatter, body }) => {
    const data = frontmatter as { title: string; summary: string; objectives: string[] };
    return lessonRecords({ ...data, body, path: `/learn/${id}/` }, [], href);
  });
  return [
    ...readYamlCollection('drugs').map(([id, data]) => drugRecord(id, DrugSchema.parse(data), href)),
    ...sigRecords(SIG_VOCABULARY, href),
    ...errorProneRecords(ERROR_PRONE_ABBREVIATIONS, href),
    ...readYamlCollection('glossary').map(([id, data]) => glossaryRecord(id, GlossaryTermSchema.parse(data), href)),
    ...lessons.flat(),
    ...dawRecords(DAW_CODES, href),
    ...rejectRecords(REJECT_CODES, href),
    ...conventionRecords(CONVENTION_ENTRIES, href),
  ];
}

/** The index as the browser loads it: built, serialized to JSON and read back. */
export function siteIndex(): LoadedIndex {
  const loaded = loadIndex(JSON.parse(JSON.stringify(buildIndex(siteRecords()))));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

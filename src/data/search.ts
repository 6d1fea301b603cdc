/**
 * The search index, built once per build from every collection and the engine's reference lists, so it
 * grows with the content by itself. Served as /search/index.json and loaded by the search dialog on first use.
 */
import { render } from 'astro:content';
import { getCatalog } from './content';
import { loadBank } from './questions';
import { t } from '../i18n';
import { CONVENTION_ENTRIES, DAW_CODES, ERROR_PRONE_ABBREVIATIONS, REJECT_CODES, SIG_VOCABULARY } from '../lib/pharmacy';
import {
  buildIndex,
  conventionRecords,
  dawRecords,
  drugRecord,
  errorProneRecords,
  glossaryRecord,
  lessonRecords,
  pageRecord,
  rejectRecords,
  sigRecords,
  type SearchIndexJson,
  type SearchRecord,
} from '../lib/search';
import { withBase } from '../lib/url';

/** Site pages worth finding by name. */
const PAGES = [
  { path: '/reference/conventions/', title: t('ref.conventions'), lead: t('ref.conventionsLead') },
  { path: '/reference/sig-abbreviations/', title: t('ref.sig'), lead: t('ref.sigLead') },
  { path: '/reference/error-prone-abbreviations/', title: t('ref.errorProne'), lead: t('ref.errorProneLead') },
  { path: '/reference/daw-codes/', title: t('ref.daw'), lead: t('ref.dawLead') },
  { path: '/reference/reject-codes/', title: t('ref.reject'), lead: t('ref.rejectLead') },
  { path: '/reference/dea-schedules/', title: t('ref.deaSchedules'), lead: t('ref.deaSchedulesLead') },
  { path: '/reference/dea-forms/', title: t('ref.deaForms'), lead: t('ref.deaFormsLead') },
  { path: '/reference/recall-classes/', title: t('ref.recall'), lead: t('ref.recallLead') },
  { path: '/reference/storage-temperatures/', title: t('ref.storage'), lead: t('ref.storageLead') },
  { path: '/reference/auxiliary-labels/', title: t('ref.aux'), lead: t('ref.auxLead') },
  { path: '/reference/hazardous-waste/', title: t('ref.hazWaste'), lead: t('ref.hazWasteLead') },
  { path: '/drills/', title: t('drills.title'), lead: t('drills.lead') },
  { path: '/exam-coverage/', title: t('coverage.title'), lead: t('coverage.description') },
  { path: '/drugs/', title: t('drugs.title'), lead: t('drugs.lead') },
  { path: '/glossary/', title: t('glossary.title'), lead: t('glossary.lead') },
  { path: '/flashcards/', title: t('nav.flashcards'), lead: t('site.description') },
];

async function load(): Promise<SearchIndexJson> {
  const { lessons, drugs, glossary } = await getCatalog();
  // A self-closing <Drug id="…" /> renders the generic name; give the index that name too, not an empty gap.
  const generic = new Map(drugs.map((d) => [d.id, d.data.generic]));
  // A <CheckYourself id="…" /> shows its bank question; index the question's stem where the tag stands.
  const stems = new Map((await loadBank()).map((q) => [q.id, q.stem]));
  const withDrugNames = (body: string) =>
    body
      .replace(/<Drug\s+id="([^"]+)"\s*\/>/g, (tag, id: string) => generic.get(id) ?? tag)
      .replace(/<CheckYourself\s+id="([^"]+)"\s*\/>/g, (_tag, id: string) => `\n\n${stems.get(id) ?? ''}\n\n`);
  const href = (path: string) => withBase(path);
  const lessonParts = await Promise.all(
    lessons.map(async (lesson) => {
      const { headings } = await render(lesson);
      // Root-relative path: `href` adds the base once (lessonHref would add it a second time).
      return lessonRecords({ ...lesson.data, body: withDrugNames(lesson.body ?? ''), path: `/learn/${lesson.id}/` }, headings, href);
    }),
  );
  const records: SearchRecord[] = [
    ...drugs.map((d) => drugRecord(d.id, d.data, href)),
    ...sigRecords(SIG_VOCABULARY, href),
    ...errorProneRecords(ERROR_PRONE_ABBREVIATIONS, href),
    ...glossary.map((g) => glossaryRecord(g.id, g.data, href)),
    ...lessonParts.flat(),
    ...dawRecords(DAW_CODES, href),
    ...rejectRecords(REJECT_CODES, href),
    ...conventionRecords(CONVENTION_ENTRIES, href),
    ...PAGES.map((p) => pageRecord(p, href)),
  ];
  return buildIndex(records);
}

let cached: Promise<SearchIndexJson> | undefined;

/** The search index for this build. */
export function getSearchIndex(): Promise<SearchIndexJson> {
  cached ??= load();
  return cached;
}

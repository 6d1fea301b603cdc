/** Site search: records from content (build time), the index, and ranked, highlighted results (browser). */
export { fold, compact, words, STOP_WORDS } from './normalize';
export { mdxToText, splitSections, type MdxSection } from './mdx-text';
export {
  SEARCH_KINDS,
  anchorId,
  conventionRecords,
  dawRecords,
  drugRecord,
  errorProneRecords,
  errorProneWarning,
  glossaryRecord,
  lessonRecords,
  pageRecord,
  rejectRecords,
  sigRecords,
  sigAnchorIds,
  shownAndMore,
  SECTION_TEXT_CHARS,
  type Href,
  type LessonSource,
  type RenderedHeading,
  type SearchKind,
  type SearchRecord,
} from './records';
export { marksIn, snippetOf, termPattern, type Mark } from './snippet';
export { SEARCH_INDEX_VERSION, buildIndex, editDistance, loadIndex, search, type LoadedIndex, type SearchHit, type SearchIndexJson } from './search';
export { RECENT_MAX, addRecent, parseRecent } from './recent';

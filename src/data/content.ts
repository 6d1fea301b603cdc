/**
 * Reads the content collections once per build, checks links between them, and hands pages
 * ready-to-render views. Pages stay thin; a broken link between files fails the build with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from '../lib/url';
import {
  areaCoverage,
  checkAreaCoverage,
  checkGlossaryLinks,
  checkLessonLinks,
  checkModuleAreas,
  checkOutlineEditions,
  type AreaCoverage,
} from '../lib/content/integrity';
import { checkCatalog, findDrugMentions } from '../lib/drugs';
import { buildDecks, drugFactsFrom, type Deck } from '../lib/flashcards';
import { ERROR_PRONE_ABBREVIATIONS, SIG_VOCABULARY } from '../lib/pharmacy';
import { checkDurData, type DurData } from '../lib/fill/dur';
import { checkPeople } from '../lib/fill/people';
import { fillWorldFrom } from '../lib/fill/world';
import { checkCuratedScenarios, type CuratedEntry } from '../lib/fill/curated';
import type { Patient, Plan, Prescriber } from '../schemas/people';

export type LessonEntry = CollectionEntry<'lessons'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type DrugEntry = CollectionEntry<'drugs'>;

/** URL of a lesson page ("dispensing/data-entry" → "/learn/dispensing/data-entry/"). */
export const lessonHref = (lessonId: string): string => withBase(`/learn/${lessonId}/`);
/** URL of a module page. */
export const moduleHref = (moduleId: string): string => withBase(`/learn/${moduleId}/`);
/** URL of a drug page. */
export const drugHref = (drugId: string): string => withBase(`/drugs/${drugId}/`);
/** The lesson's own slug within its module. */
export const lessonSlug = (lesson: LessonEntry): string => lesson.id.split('/').pop() ?? lesson.id;

interface Catalog {
  outline: CollectionEntry<'ptce'>;
  outlines: CollectionEntry<'ptce'>[];
  modules: { entry: ModuleEntry; lessons: LessonEntry[] }[];
  lessons: LessonEntry[];
  glossary: CollectionEntry<'glossary'>[];
  /** Drugs sorted by generic name. */
  drugs: DrugEntry[];
  /** Ids of the lessons that mention each drug, by drug id. */
  drugMentions: Map<string, string[]>;
  /** Each knowledge area of the current outline with the lessons that teach it, in outline order. */
  coverage: AreaCoverage[];
  /** Why each untaught area has no lesson yet, by area id (content/curriculum/exemptions.yaml). */
  exemptions: Map<string, string>;
  /** DUR data (content/dur): allergy groups, interaction pairs, duplication classes. */
  dur: DurData;
  /** The fill simulator's fictional patients, prescribers and plans (content/fill). */
  people: { patients: Patient[]; prescribers: Prescriber[]; plans: Plan[] };
  /** Curated fill scenarios (content/scenarios), checked against the engine. */
  scenarios: CuratedEntry[];
}

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [outlines, modules, lessons, glossary, drugs, exemptions, allergyGroups, interactions, duplications, patients, prescribers, plans, scenarioFiles] = await Promise.all([
    getCollection('ptce'),
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('glossary'),
    getCollection('drugs'),
    getCollection('coverageExemptions'),
    getCollection('allergyGroups'),
    getCollection('interactions'),
    getCollection('duplicationClasses'),
    getCollection('patients'),
    getCollection('prescribers'),
    getCollection('plans'),
    getCollection('scenarios'),
  ]);
  const dur: DurData = { allergyGroups: allergyGroups.map((e) => e.data), interactions: interactions.map((e) => e.data), duplications: duplications.map((e) => e.data) };
  const people = { patients: patients.map((e) => e.data), prescribers: prescribers.map((e) => e.data), plans: plans.map((e) => e.data) };
  const problems = checkOutlineEditions(outlines.map((o) => ({ id: o.id, current: o.data.current })));
  const outline = outlines.find((o) => o.data.current);
  const areaIds = new Set(outline?.data.domains.flatMap((d) => d.areas.map((a) => a.id)) ?? []);
  problems.push(
    ...checkModuleAreas(modules.map((m) => ({ id: m.id, ptceAreas: m.data.ptceAreas })), areaIds),
    ...checkLessonLinks(
      lessons.map((l) => ({ ...l.data, id: l.id })), // the entry id is the file path the messages name
      new Set(modules.map((m) => m.id)),
      areaIds,
      new Set(glossary.map((g) => g.id)),
    ),
    ...checkGlossaryLinks(glossary.map((g) => ({ id: g.id, related: g.data.related }))),
    ...checkCatalog(drugs.map((d) => ({ id: d.id, ...d.data }))),
    ...checkDurData(dur, drugs.map((d) => ({ id: d.id, class: d.data.class, interactions: d.data.interactions }))),
    ...checkPeople(people, { drugs: new Set(drugs.map((d) => d.id)), allergyGroups: new Set(dur.allergyGroups.map((g) => g.id)) }),
  );
  const scenarios: CuratedEntry[] = scenarioFiles.map((e) => ({ id: e.id, ...e.data, spec: { id: e.id, title: e.data.title, template: e.data.template, plant: e.data.plant, ...(e.data.patient ? { patient: e.data.patient } : {}), ...(e.data.prescriber ? { prescriber: e.data.prescriber } : {}), ...(e.data.medium ? { medium: e.data.medium } : {}), ...(e.data.kind ? { kind: e.data.kind } : {}) } }));
  // Each curated scenario is made with the generator and its problems re-detected by the engine (build date).
  problems.push(...checkCuratedScenarios(scenarios, fillWorldFrom(drugs, dur, people), new Date().toISOString().slice(0, 10)));
  const coverage = areaCoverage(
    outline?.data.domains.flatMap((d) => d.areas) ?? [],
    lessons.map((l) => ({ id: l.data.id, ptceAreas: l.data.ptceAreas })),
  );
  problems.push(...checkAreaCoverage(coverage, exemptions.map((e) => e.data)));
  if (problems.length > 0 || !outline) {
    throw new Error(`Content has broken links:\n  - ${problems.join('\n  - ')}`);
  }
  const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
  const sortedModules = [...modules].sort(byOrder).map((entry) => ({
    entry,
    lessons: lessons.filter((l) => l.data.module === entry.id).sort(byOrder),
  }));
  const named = drugs.map((d) => ({ id: d.id, generic: d.data.generic, brands: d.data.brands.map((b) => b.name), schedule: d.data.schedule }));
  const drugMentions = new Map<string, string[]>();
  for (const lesson of sortedModules.flatMap((m) => m.lessons)) {
    for (const drugId of findDrugMentions(lesson.body ?? '', named)) {
      drugMentions.set(drugId, [...(drugMentions.get(drugId) ?? []), lesson.id]);
    }
  }
  return {
    outline,
    outlines,
    drugs: [...drugs].sort((a, b) => a.data.generic.localeCompare(b.data.generic)),
    drugMentions,
    modules: sortedModules,
    lessons: sortedModules.flatMap((m) => m.lessons),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    coverage,
    exemptions: new Map(exemptions.map((e) => [e.data.id, e.data.reason])),
    dur,
    people,
    scenarios: [...scenarios].sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title)),
  };
}

/** All content, checked, in reading order. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/** Title of a PTCE knowledge area of the current outline ("2.2" → "Federal requirements for…"). */
export function areaTitle(outline: CollectionEntry<'ptce'>, id: string): string {
  for (const domain of outline.data.domains) {
    const area = domain.areas.find((a) => a.id === id);
    if (area) return area.title;
  }
  return id;
}

let decks: Promise<Deck[]> | undefined;

/** Flashcard decks built from the drug catalog and the engine's abbreviation lists (once per build). */
export function getDecks(): Promise<Deck[]> {
  decks ??= getCatalog().then(({ drugs }) =>
    buildDecks({
      drugs: drugs.map((d) => drugFactsFrom(d.id, d.data)),
      sigVocabulary: SIG_VOCABULARY,
      errorProne: ERROR_PRONE_ABBREVIATIONS,
    }),
  );
  return decks;
}

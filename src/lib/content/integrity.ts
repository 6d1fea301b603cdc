/** Cross-collection checks that zod cannot do file by file. Each returns readable problems, empty when all is well. */

/** Minimal views of content entries, so the checks stay independent of Astro. */
export interface LessonRef {
  id: string;
  module: string;
  order: number;
  ptceAreas: readonly string[];
  keyTerms: readonly string[];
}
export interface GlossaryRef {
  id: string;
  related: readonly string[];
}

/** Lessons point at existing modules, outline areas and glossary terms, and orders are unique per module. */
export function checkLessonLinks(
  lessons: readonly LessonRef[],
  moduleIds: ReadonlySet<string>,
  areaIds: ReadonlySet<string>,
  glossaryIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const orders = new Map<string, string>();
  for (const lesson of lessons) {
    const where = `content/lessons/${lesson.id}.mdx`;
    if (!moduleIds.has(lesson.module)) problems.push(`${where}: module "${lesson.module}" is not a file in content/modules/`);
    for (const area of lesson.ptceAreas) {
      if (!areaIds.has(area)) problems.push(`${where}: ptceAreas "${area}" is not a knowledge area of the current PTCE outline`);
    }
    for (const term of lesson.keyTerms) {
      if (!glossaryIds.has(term)) problems.push(`${where}: keyTerms "${term}" has no content/glossary/${term}.yaml`);
    }
    const key = `${lesson.module}#${lesson.order}`;
    const clash = orders.get(key);
    if (clash) problems.push(`${where}: order ${lesson.order} is also used by ${clash}`);
    orders.set(key, lesson.id);
  }
  return problems;
}

/** Module knowledge areas exist in the current outline. */
export function checkModuleAreas(modules: readonly { id: string; ptceAreas: readonly string[] }[], areaIds: ReadonlySet<string>): string[] {
  return modules.flatMap((m) =>
    m.ptceAreas.filter((a) => !areaIds.has(a)).map((a) => `content/modules/${m.id}.yaml: ptceAreas "${a}" is not in the current PTCE outline`),
  );
}

/** Related glossary terms exist. */
export function checkGlossaryLinks(terms: readonly GlossaryRef[]): string[] {
  const ids = new Set(terms.map((term) => term.id));
  return terms.flatMap((term) =>
    term.related.filter((r) => !ids.has(r)).map((r) => `content/glossary/${term.id}.yaml: related "${r}" has no content/glossary/${r}.yaml`),
  );
}

/** Exactly one outline edition is current. */
export function checkOutlineEditions(editions: readonly { id: string; current: boolean }[]): string[] {
  const current = editions.filter((e) => e.current);
  return current.length === 1 ? [] : [`content/ptce/: exactly one edition must have current: true (found ${current.length})`];
}

/** A knowledge area with the lessons that teach it, for the exam-coverage page and check. */
export interface AreaCoverage {
  id: string;
  title: string;
  /** Ids of the lessons whose ptceAreas name the area, in the order given. */
  lessons: string[];
}

/** Which lessons teach each knowledge area of the outline (areas in outline order). */
export function areaCoverage(
  areas: readonly { id: string; title: string }[],
  lessons: readonly { id: string; ptceAreas: readonly string[] }[],
): AreaCoverage[] {
  return areas.map((area) => ({
    id: area.id,
    title: area.title,
    lessons: lessons.filter((l) => l.ptceAreas.includes(area.id)).map((l) => l.id),
  }));
}

/**
 * Every knowledge area of the current outline is taught by a lesson, or listed as a documented exemption; an
 * exemption must name an area of the outline that is still untaught, so the list shrinks as lessons land.
 */
export function checkAreaCoverage(coverage: readonly AreaCoverage[], exemptions: readonly { id: string }[]): string[] {
  const file = 'content/curriculum/exemptions.yaml';
  const exempt = new Set(exemptions.map((e) => e.id));
  const problems: string[] = [];
  for (const area of coverage) {
    if (area.lessons.length === 0 && !exempt.has(area.id)) {
      problems.push(`knowledge area ${area.id} ("${area.title}") is taught by no lesson: add it to a lesson's ptceAreas, or list it in ${file} with a reason`);
    }
    if (area.lessons.length > 0 && exempt.has(area.id)) {
      problems.push(`${file}: area ${area.id} is now taught by ${area.lessons.join(', ')}; remove its exemption`);
    }
  }
  const known = new Set(coverage.map((a) => a.id));
  for (const id of exempt) {
    if (!known.has(id)) problems.push(`${file}: area ${id} is not a knowledge area of the current PTCE outline`);
  }
  return problems;
}

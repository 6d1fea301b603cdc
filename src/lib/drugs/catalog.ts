/** Pure views and checks over the drug catalog. Inputs are plain objects, so tests need no Astro. */

/** Federal schedules in the order the list filter shows them. */
export const SCHEDULES = ['C-II', 'C-III', 'C-IV', 'C-V'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/** What the catalog checks and list need from a drug. */
export interface DrugRecord {
  /** Slug, the file name: "acetaminophen-codeine". */
  id: string;
  generic: string;
  brands: { name: string; discontinued: boolean }[];
  class: string;
  schedule: Schedule | null;
  forms: { form: string; strengths: string[] }[];
  lasa: string[];
  products: { ndc: string }[];
}

/** The slug a generic name must have as its file name ("acetaminophen/codeine" → "acetaminophen-codeine"). */
export function drugSlug(generic: string): string {
  return generic
    .toLowerCase()
    .replaceAll('/', '-')
    .replaceAll(' ', '-')
    .replace(/[^a-z0-9-]/g, '');
}

/** Broad dosage-form families for filtering ("extended-release tablet" → "tablet"). */
export function formFamily(form: string): string {
  const f = form.toLowerCase();
  const families: [RegExp, string][] = [
    [/tablet|caplet/, 'tablet'],
    [/capsule/, 'capsule'],
    [/inhal|aerosol|nebuli|diskus|ellipta|respimat/, 'inhalation'],
    [/inject|\bvials?\b|\bpens?\b|syringe|infusion|intravenous|auto-?injector|implant/, 'injection'],
    [/cream|ointment|gel|lotion|foam|shampoo|topical|patch|transdermal|film|spray|suppositor|enema|ring|insert/, 'topical and other'],
    [/suspension|solution|syrup|elixir|liquid|drops|concentrate|oral granules|powder for oral/, 'liquid'],
  ];
  return families.find(([pattern]) => pattern.test(f))?.[1] ?? 'other';
}

/** Problems that make the catalog inconsistent, each naming the file; empty when consistent. */
export function checkCatalog(drugs: readonly DrugRecord[]): string[] {
  const problems: string[] = [];
  const ids = new Set(drugs.map((d) => d.id));
  const brandOwner = new Map<string, string>();
  const ndcOwner = new Map<string, string>();
  const byId = new Map(drugs.map((d) => [d.id, d]));
  for (const drug of drugs) {
    const file = `content/drugs/${drug.id}.yaml`;
    if (drugSlug(drug.generic) !== drug.id) problems.push(`${file}: file name should be ${drugSlug(drug.generic)}.yaml`);
    for (const brand of drug.brands) {
      const key = brand.name.toLowerCase();
      const owner = brandOwner.get(key);
      if (owner && owner !== drug.id) problems.push(`${file}: brand "${brand.name}" also belongs to ${owner}`);
      brandOwner.set(key, drug.id);
    }
    for (const partner of drug.lasa) {
      if (partner === drug.id) problems.push(`${file}: lasa lists the drug itself`);
      else if (!ids.has(partner)) problems.push(`${file}: lasa partner "${partner}" is not in the catalog`);
      else if (!byId.get(partner)?.lasa.includes(drug.id)) problems.push(`${file}: lasa partner "${partner}" does not list ${drug.id} back`);
    }
    for (const product of drug.products) {
      const owner = ndcOwner.get(product.ndc);
      if (owner) problems.push(`${file}: training NDC ${product.ndc} is also used by ${owner}`);
      ndcOwner.set(product.ndc, drug.id);
    }
  }
  return problems;
}

/** A row of the drug list. */
export interface DrugListItem {
  id: string;
  generic: string;
  brands: string[];
  class: string;
  schedule: Schedule | null;
  forms: string[];
}

/** Filters for the drug list; empty strings mean "any". */
export interface DrugFilter {
  query: string;
  drugClass: string;
  schedule: string;
  form: string;
}

/** The list row of a drug: current brands first, form families deduplicated. */
export function toListItem(drug: DrugRecord): DrugListItem {
  const brands = [...drug.brands].sort((a, b) => Number(a.discontinued) - Number(b.discontinued)).map((b) => b.name);
  return {
    id: drug.id,
    generic: drug.generic,
    brands,
    class: drug.class,
    schedule: drug.schedule,
    forms: [...new Set(drug.forms.map((f) => formFamily(f.form)))].sort(),
  };
}

/** The drugs that match every filter, sorted by generic name. `schedule: 'none'` means not controlled. */
export function filterDrugs(items: readonly DrugListItem[], filter: DrugFilter): DrugListItem[] {
  const q = filter.query.trim().toLowerCase();
  return items
    .filter(
      (d) =>
        (!q || d.generic.includes(q) || d.brands.some((b) => b.toLowerCase().includes(q)) || d.class.toLowerCase().includes(q)) &&
        (!filter.drugClass || d.class === filter.drugClass) &&
        (!filter.schedule || (filter.schedule === 'none' ? d.schedule === null : d.schedule === filter.schedule)) &&
        (!filter.form || d.forms.includes(filter.form)),
    )
    .sort((a, b) => a.generic.localeCompare(b.generic));
}

/**
 * Reads filters from a URL query string, keeping only values the list offers; a tampered link
 * yields the valid part plus the names of the parameters that were ignored.
 */
export function parseDrugFilter(
  search: string,
  options: { classes: readonly string[]; forms: readonly string[] },
): { filter: DrugFilter; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const pick = (name: string, allowed: readonly string[]): string => {
    const value = params.get(name);
    if (value === null || value === '') return '';
    if (allowed.includes(value)) return value;
    ignored.push(name);
    return '';
  };
  const query = (params.get('q') ?? '').slice(0, 100);
  return {
    filter: {
      query,
      drugClass: pick('class', options.classes),
      schedule: pick('schedule', [...SCHEDULES, 'none']),
      form: pick('form', options.forms),
    },
    ignored,
  };
}

/** The query string for a filter (empty filters are left out). */
export function drugFilterQuery(filter: DrugFilter): string {
  const params = new URLSearchParams();
  if (filter.query.trim()) params.set('q', filter.query.trim());
  if (filter.drugClass) params.set('class', filter.drugClass);
  if (filter.schedule) params.set('schedule', filter.schedule);
  if (filter.form) params.set('form', filter.form);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The fill simulator's content (drugs, DUR data, people, plans) read from disk and parsed with the build's schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { DrugSchema, type Drug } from '../../../src/schemas/drug';
import { AllergyGroupSchema, DuplicationClassSchema, InteractionSchema } from '../../../src/schemas/dur';
import { PatientSchema, PlanSchema, PrescriberSchema } from '../../../src/schemas/people';
import { contentRoot, readYamlCollection } from '../content/load-content';

function readList<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const items = parse(readFileSync(join(contentRoot, file), 'utf8')) as unknown[];
  return items.map((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new Error(`content/${file} #${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

export const drugs: (Drug & { id: string })[] = readYamlCollection('drugs').map(([id, data]) => ({ id, ...DrugSchema.parse(data) }));
export const dur = {
  allergyGroups: readList('dur/allergy-groups.yaml', AllergyGroupSchema),
  interactions: readList('dur/interactions.yaml', InteractionSchema),
  duplications: readList('dur/duplication-classes.yaml', DuplicationClassSchema),
};
export const people = {
  patients: readList('fill/patients.yaml', PatientSchema),
  prescribers: readList('fill/prescribers.yaml', PrescriberSchema),
  plans: readList('fill/plans.yaml', PlanSchema),
};

import { fillWorldFrom } from '../../../src/lib/fill/world';
/** The simulator's world, built as the page builds it. */
export const world = fillWorldFrom(drugs.map(({ id, ...data }) => ({ id, data: data as Drug })), dur, people);
export const TODAY = '2026-12-02';

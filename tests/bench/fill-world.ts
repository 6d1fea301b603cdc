// Entry bundled by tests/bench/fill.mjs: the simulator's world read from content/ with the build's schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DrugSchema } from '../../src/schemas/drug';
import { AllergyGroupSchema, DuplicationClassSchema, InteractionSchema } from '../../src/schemas/dur';
import { PatientSchema, PlanSchema, PrescriberSchema } from '../../src/schemas/people';
import { fillWorldFrom } from '../../src/lib/fill/world';

export * from '../../src/lib/fill';

/** Reads content/ into the world the generator needs. */
export function loadWorld(root: string) {
  const content = join(root, 'content');
  const list = <T>(file: string, schema: { parse: (x: unknown) => T }): T[] => (parse(readFileSync(join(content, file), 'utf8')) as unknown[]).map((x) => schema.parse(x));
  const drugs = readdirSync(join(content, 'drugs'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.slice(0, -5), data: DrugSchema.parse(parse(readFileSync(join(content, 'drugs', f), 'utf8'))) }));
  const dur = { allergyGroups: list('dur/allergy-groups.yaml', AllergyGroupSchema), interactions: list('dur/interactions.yaml', InteractionSchema), duplications: list('dur/duplication-classes.yaml', DuplicationClassSchema) };
  const people = { patients: list('fill/patients.yaml', PatientSchema), prescribers: list('fill/prescribers.yaml', PrescriberSchema), plans: list('fill/plans.yaml', PlanSchema) };
  return fillWorldFrom(drugs, dur, people);
}

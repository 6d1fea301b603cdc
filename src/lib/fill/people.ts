/** Consistency checks for the simulator's fictional patients, prescribers and plans (content/fill). */
import { checkDea } from '../pharmacy/dea';
import type { Patient, Plan, Prescriber } from '../../schemas/people';

/**
 * Checks that patients name known allergy groups, catalog drugs and plans, that plans name catalog drugs,
 * and that every prescriber's DEA number passes the engine's check (format, last-name initial, check digit).
 */
export function checkPeople(
  people: { patients: readonly Patient[]; prescribers: readonly Prescriber[]; plans: readonly Plan[] },
  known: { drugs: ReadonlySet<string>; allergyGroups: ReadonlySet<string> },
): string[] {
  const problems: string[] = [];
  const plans = new Set(people.plans.map((p) => p.id));
  for (const p of people.patients) {
    const where = `content/fill/patients.yaml (${p.id})`;
    for (const a of p.allergies) if (!known.allergyGroups.has(a)) problems.push(`${where}: allergy "${a}" is not an allergy group of content/dur/allergy-groups.yaml`);
    for (const m of p.medications) if (!known.drugs.has(m.drug)) problems.push(`${where}: medication "${m.drug}" is not a catalog drug`);
    if (p.plan !== null && !plans.has(p.plan)) problems.push(`${where}: plan "${p.plan}" is not in content/fill/plans.yaml`);
  }
  for (const plan of people.plans) {
    for (const id of [...plan.priorAuthorization, ...plan.notCovered]) if (!known.drugs.has(id)) problems.push(`content/fill/plans.yaml (${plan.id}): "${id}" is not a catalog drug`);
  }
  for (const p of people.prescribers) {
    const dea = checkDea(p.dea, p.last);
    if (!dea.valid) problems.push(`content/fill/prescribers.yaml (${p.id}): DEA ${p.dea} does not check out: ${dea.problems.join(' ')}`);
  }
  return problems;
}

/**
 * Drug-utilization review (DUR) from the data in content/dur: allergy and cross-sensitivity, drug–drug
 * interactions and therapeutic duplication. Pure: the data is passed in.
 */
import type { AllergyGroup, DuplicationClass, Interaction, InteractionSeverity } from '../../schemas/dur';

/** The DUR data of content/dur. */
export interface DurData {
  allergyGroups: readonly AllergyGroup[];
  interactions: readonly Interaction[];
  duplications: readonly DuplicationClass[];
}

/** Kinds of DUR alert the simulator raises. */
export type DurAlertType = 'allergy' | 'cross-sensitivity' | 'interaction' | 'duplication';

/** One DUR alert, with the entry it comes from so the UI can cite it. */
export interface DurAlert {
  /** Stable id of the alert ("interaction:warfarin-nsaids:warfarin"), unique within a screen. */
  id: string;
  type: DurAlertType;
  /** The drug being filled. */
  drug: string;
  /** The profile drug or the allergy group it conflicts with. */
  against: string;
  /** How serious: allergies and contraindicated pairs are `contraindicated`. */
  severity: InteractionSeverity;
  /** What the alert says. */
  message: string;
  /** Where the rule comes from (the labeling source's title). */
  citation: string;
}

/** A patient's profile as DUR reads it. */
export interface DurProfile {
  /** Allergy-group ids. */
  allergies: readonly string[];
  /** Catalog ids of the drugs the patient takes. */
  medications: readonly string[];
}

const firstSource = (sources: readonly { title: string }[]): string => sources[0]?.title ?? 'Product labeling';

/** The name a message uses for a drug id ("isosorbide-mononitrate" → "isosorbide mononitrate"). */
export const drugLabel = (id: string): string => id.replace(/-/g, ' ');

/** Screens a new prescription for `drug` against the profile: every alert, allergies first. */
export function screenDur(drug: string, profile: DurProfile, data: DurData): DurAlert[] {
  const alerts: DurAlert[] = [];
  for (const group of data.allergyGroups) {
    if (!group.members.includes(drug)) continue;
    if (profile.allergies.includes(group.id)) {
      alerts.push({ id: `allergy:${group.id}`, type: 'allergy', drug, against: group.id, severity: 'contraindicated', message: `The patient is allergic to ${group.name.toLowerCase()}, and ${drugLabel(drug)} is one. ${group.note}`, citation: firstSource(group.sources) });
    }
    for (const cross of group.crossSensitivity) {
      if (!profile.allergies.includes(cross.group)) continue;
      const other = data.allergyGroups.find((g) => g.id === cross.group);
      alerts.push({ id: `cross-sensitivity:${cross.group}`, type: 'cross-sensitivity', drug, against: cross.group, severity: 'major', message: `The patient is allergic to ${(other?.name ?? cross.group).toLowerCase()}; ${drugLabel(drug)} is in ${group.name.toLowerCase()}. ${cross.note}`, citation: firstSource(group.sources) });
    }
  }
  for (const pair of data.interactions) {
    const others = pair.drugs.includes(drug) ? pair.with : pair.with.includes(drug) ? pair.drugs : [];
    for (const other of others) {
      if (!profile.medications.includes(other)) continue;
      alerts.push({ id: `interaction:${pair.id}:${other}`, type: 'interaction', drug, against: other, severity: pair.severity, message: `${capitalize(drugLabel(drug))} with ${drugLabel(other)} (on the profile): ${pair.reason}`, citation: firstSource(pair.sources) });
    }
  }
  for (const cls of data.duplications) {
    if (!cls.members.includes(drug)) continue;
    for (const other of profile.medications) {
      if (other === drug || !cls.members.includes(other)) continue;
      alerts.push({ id: `duplication:${cls.id}:${other}`, type: 'duplication', drug, against: other, severity: 'moderate', message: `${capitalize(drugLabel(drug))} and ${drugLabel(other)} (on the profile) are both ${cls.name}: therapeutic duplication.`, citation: firstSource(cls.sources) });
    }
  }
  return alerts;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What DUR knows about one drug, for its reference page. */
export interface DrugDur {
  allergyGroups: { group: AllergyGroup; crossWith: AllergyGroup[] }[];
  interactions: { interaction: Interaction; partners: string[] }[];
  duplications: { cls: DuplicationClass; others: string[] }[];
}

/** The DUR entries that mention a drug. */
export function durForDrug(drug: string, data: DurData): DrugDur {
  return {
    allergyGroups: data.allergyGroups
      .filter((g) => g.members.includes(drug))
      .map((group) => ({ group, crossWith: group.crossSensitivity.flatMap((c) => data.allergyGroups.filter((g) => g.id === c.group)) })),
    interactions: data.interactions.flatMap((interaction) => {
      const partners = interaction.drugs.includes(drug) ? interaction.with : interaction.with.includes(drug) ? interaction.drugs : [];
      return partners.length ? [{ interaction, partners }] : [];
    }),
    duplications: data.duplications.filter((c) => c.members.includes(drug)).map((cls) => ({ cls, others: cls.members.filter((m) => m !== drug) })),
  };
}

/** A catalog drug as the DUR consistency check reads it. */
export interface CatalogDrugFacts {
  id: string;
  class: string;
  interactions: readonly string[];
}

/**
 * Checks DUR data against the catalog: every drug id exists, cross-sensitivity names a group, each
 * interaction's evidence is a line of its drug's catalog `interactions` and that drug is in the pair, and each
 * duplication member's catalog class contains the class keyword. Returns readable problems (empty when sound).
 */
export function checkDurData(data: DurData, catalog: readonly CatalogDrugFacts[]): string[] {
  const problems: string[] = [];
  const byId = new Map(catalog.map((d) => [d.id, d]));
  const known = (where: string, id: string): void => {
    if (!byId.has(id)) problems.push(`${where}: "${id}" is not a catalog drug (content/drugs/${id}.yaml)`);
  };
  const groups = new Set(data.allergyGroups.map((g) => g.id));
  for (const g of data.allergyGroups) {
    g.members.forEach((id) => known(`content/dur/allergy-groups.yaml (${g.id})`, id));
    for (const c of g.crossSensitivity) if (!groups.has(c.group)) problems.push(`content/dur/allergy-groups.yaml (${g.id}): crossSensitivity names "${c.group}", which is not an allergy group`);
  }
  for (const i of data.interactions) {
    [...i.drugs, ...i.with].forEach((id) => known(`content/dur/interactions.yaml (${i.id})`, id));
    if (![...i.drugs, ...i.with].includes(i.evidence.drug)) problems.push(`content/dur/interactions.yaml (${i.id}): evidence.drug "${i.evidence.drug}" is not one of the pair`);
    const lines = byId.get(i.evidence.drug)?.interactions ?? [];
    if (!lines.includes(i.evidence.text)) problems.push(`content/dur/interactions.yaml (${i.id}): evidence.text is not a line of ${i.evidence.drug}'s catalog interactions: "${i.evidence.text}"`);
  }
  for (const c of data.duplications) {
    for (const id of c.members) {
      known(`content/dur/duplication-classes.yaml (${c.id})`, id);
      const drug = byId.get(id);
      if (drug && !drug.class.toLowerCase().includes(c.classKeyword.toLowerCase())) problems.push(`content/dur/duplication-classes.yaml (${c.id}): ${id}'s catalog class "${drug.class}" does not contain "${c.classKeyword}"`);
    }
  }
  return problems;
}

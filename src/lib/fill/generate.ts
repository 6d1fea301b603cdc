/**
 * The seeded scenario generator. A seed and a difficulty (1–3) give the same scenario on every run for the same
 * fill date: a prescription from a template, a patient, prescriber and plan from content/fill, a shelf from the
 * catalog, and 0–3 planted problems. The answer key is not written here: `answerKey` re-detects every problem
 * with the engine, and a unit test holds the two together.
 */
import { addDays, addMonths, daysBetween } from '../pharmacy';
import { createRandom, type Random } from '../random';
import type { Patient, Plan, Prescriber } from '../../schemas/people';
import { screenDur } from './dur';
import { computeDaysSupply, shelfTag } from './key';
import { FILL_TEMPLATES, type FillTemplate } from './templates';
import type { FillDrug, FillHistory, FillWorld, ProblemType, Scenario, ScenarioRx, ShelfProduct, ShelfRole, ShelfSlot } from './types';
import { shelfProduct } from './world';
import type { PrescriptionMedium } from '../pharmacy';

export type Difficulty = 1 | 2 | 3;

/** Problems each difficulty may plant (the harder levels add the subtler ones). */
export const PROBLEMS_BY_LEVEL: Record<Difficulty, readonly ProblemType[]> = {
  1: ['missing-element', 'postdated', 'error-prone', 'allergy', 'duplication', 'wrong-stock', 'expired-lot'],
  2: ['dea', 'missing-element', 'refills', 'expired-rx', 'postdated', 'error-prone', 'days-supply', 'allergy', 'interaction', 'duplication', 'early-refill', 'wrong-stock', 'expired-lot'],
  3: ['dea', 'missing-element', 'refills', 'expired-rx', 'postdated', 'error-prone', 'days-supply', 'allergy', 'interaction', 'duplication', 'early-refill', 'prior-auth', 'wrong-stock', 'expired-lot'],
};

/** Pairs that cannot be planted together (one hides or contradicts the other). */
const CONFLICTS: readonly [ProblemType, ProblemType][] = [
  ['postdated', 'expired-rx'],
  ['missing-element', 'postdated'],
  ['missing-element', 'expired-rx'],
  ['refills', 'early-refill'],
  ['prior-auth', 'early-refill'],
  ['postdated', 'early-refill'],
  ['wrong-stock', 'expired-lot'],
];

/** A curated or generated scenario's choices; anything left out is drawn from the seed. */
export interface ScenarioSpec {
  id?: string;
  title?: string;
  template?: string;
  patient?: string;
  prescriber?: string;
  medium?: PrescriptionMedium;
  kind?: Scenario['kind'];
  plant?: ProblemType[];
}

/** Which problems can be planted on a template (a DEA check needs a controlled drug, and so on). */
export function plantable(template: FillTemplate, drug: FillDrug, world: FillWorld): ProblemType[] {
  const controlled = drug.schedule !== null;
  const days = computeDaysSupply(template.sig, template.quantity, template.id);
  const inGroup = world.dur.allergyGroups.some((g) => g.members.includes(drug.id));
  const inPair = world.dur.interactions.some((i) => i.drugs.includes(drug.id) || i.with.includes(drug.id));
  const inClass = world.dur.duplications.some((c) => c.members.includes(drug.id));
  const out: ProblemType[] = ['missing-element', 'postdated', 'wrong-stock', 'expired-lot', 'prior-auth'];
  if (controlled) out.push('dea');
  if (drug.schedule === 'C-II' || drug.schedule === 'C-III' || drug.schedule === 'C-IV') out.push('refills');
  if (drug.schedule !== 'C-II' && drug.schedule !== 'C-V') out.push('expired-rx');
  if (template.errorProneSig || /^\d+ mg$/.test(strengthOf(template, drug))) out.push('error-prone');
  if (days !== undefined) out.push('days-supply');
  if (inGroup) out.push('allergy');
  if (inPair) out.push('interaction');
  if (inClass) out.push('duplication');
  if (drug.schedule !== 'C-II' && template.refills > 0 && days !== undefined) out.push('early-refill');
  return out;
}

const strengthOf = (template: FillTemplate, drug: FillDrug): string => drug.products.find((p) => p.ndc === template.ndc)?.strength ?? '';
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const monthsFrom = (today: string, months: number): string => addMonths(`${today.slice(0, 7)}-01`, months).slice(0, 7);

/** A plan's claim rules, without refill history: would this drug and days' supply be paid? */
function planPays(plan: Plan | null, drug: string, days: number | undefined): boolean {
  if (plan === null) return true;
  return !plan.notCovered.includes(drug) && !plan.priorAuthorization.includes(drug) && (days === undefined || days <= plan.maxDaysSupply);
}

/** Draws the scenario's problems: `count` of them, allowed at the level, fitting the template, not in conflict. */
function drawProblems(rng: Random, allowed: readonly ProblemType[], count: number): ProblemType[] {
  const chosen: ProblemType[] = [];
  for (const p of rng.shuffle(allowed)) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => CONFLICTS.some(([a, b]) => (a === p && b === c) || (a === c && b === p)))) continue;
    chosen.push(p);
  }
  return chosen;
}

/** Generates the scenario of a seed and difficulty for a fill date. */
export function generateScenario(world: FillWorld, { seed, difficulty, today, problems }: { seed: number; difficulty: Difficulty; today: string; problems?: number }): Scenario {
  const rng = createRandom(`fill:${seed}:${difficulty}`);
  const templates = FILL_TEMPLATES.filter((t) => t.level <= difficulty);
  const template = rng.pick(templates);
  const drug = drugOf(world, template);
  const allowed = plantable(template, drug, world).filter((p) => PROBLEMS_BY_LEVEL[difficulty].includes(p));
  const plant = drawProblems(rng, allowed, problems ?? rng.int(0, difficulty));
  return buildScenario(world, { id: `gen-${seed}-${difficulty}`, template: template.id, plant }, { rng, difficulty, today });
}

function drugOf(world: FillWorld, template: FillTemplate): FillDrug {
  const drug = world.drugs.find((d) => d.id === template.drug);
  if (!drug) throw new Error(`fill template ${template.id}: drug ${template.drug} is not in the world`);
  return drug;
}

/**
 * Builds a scenario from a spec (curated) or a generator's draw. Throws when the spec cannot be met (a curated
 * file naming a problem its drug cannot carry), so a broken scenario fails the build with its id.
 */
export function buildScenario(world: FillWorld, spec: ScenarioSpec, { rng, difficulty, today }: { rng: Random; difficulty: Difficulty; today: string }): Scenario {
  const template = spec.template ? FILL_TEMPLATES.find((t) => t.id === spec.template) : rng.pick(FILL_TEMPLATES);
  if (!template) throw new Error(`${spec.id ?? 'scenario'}: unknown template "${spec.template}"`);
  const drug = drugOf(world, template);
  const plant = spec.plant ?? [];
  const fits = plantable(template, drug, world);
  const misfit = plant.filter((p) => !fits.includes(p));
  if (misfit.length) throw new Error(`${spec.id ?? 'scenario'}: template ${template.id} cannot carry ${misfit.join(', ')}`);
  const has = (p: ProblemType) => plant.includes(p);
  const catalogProduct = drug.products.find((p) => p.ndc === template.ndc);
  if (!catalogProduct) throw new Error(`fill template ${template.id}: ${template.ndc} is not a product of ${drug.id}`);
  const days = computeDaysSupply(template.sig, template.quantity, template.id);

  // Patient: a child for pediatric products, an adult otherwise; with no DUR alert and a plan that pays, unless planted.
  const patients = world.patients.filter((p) => (template.pediatric ? p.weightKg !== undefined : p.weightKg === undefined));
  const clean = (p: Patient) =>
    screenDur(drug.id, { allergies: p.allergies, medications: p.medications.map((m) => m.drug) }, world.dur).length === 0 &&
    planPays(world.plans.find((plan) => plan.id === p.plan) ?? null, drug.id, days) &&
    (!(has('prior-auth') || has('early-refill')) || p.plan !== null);
  const named = spec.patient ? world.patients.find((p) => p.id === spec.patient) : undefined;
  if (spec.patient && !named) throw new Error(`${spec.id}: unknown patient "${spec.patient}"`);
  const candidates = patients.filter(clean);
  if (!named && candidates.length === 0) throw new Error(`fill template ${template.id}: no patient can take it without an alert`);
  const base = named ?? rng.pick(candidates);
  const patient: Patient = { ...base, allergies: [...base.allergies], medications: [...base.medications] };
  const basePlan = world.plans.find((p) => p.id === patient.plan) ?? null;
  const plan: Plan | null = basePlan && { ...basePlan, priorAuthorization: has('prior-auth') ? [...basePlan.priorAuthorization, drug.id] : [...basePlan.priorAuthorization] };

  // Specialists write for their own products; everything else comes from primary and urgent care, and
  // controlled pain and psychiatric drugs also from pain medicine, orthopedics and psychiatry.
  const general = ['Family medicine', 'Internal medicine', 'Urgent care', ...(drug.schedule ? ['Pain medicine', 'Orthopedics', 'Psychiatry'] : [])];
  const prescribers = world.prescribers.filter((p) => (template.practice ? p.practice === template.practice : general.includes(p.practice)));
  const prescriber: Prescriber | undefined = spec.prescriber ? world.prescribers.find((p) => p.id === spec.prescriber) : rng.pick(prescribers);
  if (!prescriber) throw new Error(`${spec.id}: unknown prescriber "${spec.prescriber}"`);

  // How it arrived: a C-II is written or e-prescribed (21 CFR 1306.11); a stated days' supply comes on an e-prescription.
  const media: PrescriptionMedium[] = drug.schedule === 'C-II' ? ['written', 'electronic'] : difficulty === 1 ? ['electronic', 'written'] : difficulty === 2 ? ['electronic', 'written', 'fax'] : ['electronic', 'written', 'fax', 'oral'];
  let medium: PrescriptionMedium = spec.medium ?? rng.pick(media);
  if (has('days-supply')) medium = 'electronic';
  const missing = has('missing-element') ? missingElement(rng, drug, medium, has('dea')) : undefined;
  if (missing === 'signature') medium = 'written';

  const refillable = drug.schedule !== 'C-II' && template.refills > 0;
  const fresh = has('postdated') || has('refills') || has('missing-element');
  let kind: Scenario['kind'] = spec.kind ?? (fresh || !refillable || difficulty === 1 ? 'new' : rng.pick(['new', 'new', 'refill', 'transfer'] as const));
  if (has('early-refill')) kind = 'refill';
  if (kind === 'refill' && !refillable) throw new Error(`${spec.id}: ${template.id} cannot be refilled`);

  // Dates: a refill was last filled when it ran out (or, planted, far too soon); the prescription predates the fills.
  let history: FillHistory | undefined;
  let issuedOn = addDays(today, -rng.int(0, 6));
  if (kind === 'refill' && days !== undefined) {
    const since = has('early-refill') ? rng.int(1, Math.max(1, Math.floor(days / 2))) : days - rng.int(0, 1);
    const fills = rng.int(1, Math.min(2, template.refills));
    const lastFilled = addDays(today, -since);
    history = { lastFilled, daysSupply: days, refillsLeft: template.refills - (fills - 1) };
    issuedOn = addDays(lastFilled, -(days * (fills - 1)) - rng.int(0, 3));
  }
  if (has('expired-rx')) issuedOn = drug.schedule === null ? addDays(addMonths(today, -12), -rng.int(5, 60)) : addDays(addMonths(today, -6), -rng.int(3, 40));
  if (has('postdated')) issuedOn = addDays(today, rng.int(2, 20));
  if (history && daysBetween(issuedOn, history.lastFilled) < 0) history = { ...history, lastFilled: issuedOn };

  const rx: ScenarioRx = {
    medium,
    ...(missing === 'issue-date' ? {} : { issuedOn }),
    drug: drug.id,
    drugName: capitalize(drug.generic),
    strength: catalogProduct.strength,
    dosageForm: template.dosageForm,
    quantity: template.quantity,
    quantityUnit: template.quantityUnit,
    sig: template.sig,
    refills: drug.schedule === 'C-II' ? 0 : template.refills,
    daw: false,
    signed: missing !== 'signature',
    ...(missing === 'patient-address' ? {} : { patientAddress: patient.address }),
    ...(drug.schedule !== null && missing !== 'prescriber-dea' ? { prescriberDea: prescriber.dea } : {}),
  };
  if (medium === 'electronic' && days !== undefined) rx.statedDaysSupply = days;
  if (has('days-supply') && days !== undefined) rx.statedDaysSupply = days >= 20 ? days * 2 : days + 10;
  if (has('refills')) rx.refills = drug.schedule === 'C-II' ? rng.int(1, 3) : rng.int(6, 11);
  if (has('dea') && rx.prescriberDea) rx.prescriberDea = wrongDea(rng, rx.prescriberDea);
  if (has('error-prone')) {
    if (template.errorProneSig && (!/^\d+ mg$/.test(rx.strength) || rng.next() < 0.6)) rx.sig = template.errorProneSig;
    else rx.strength = rx.strength.replace(/^(\d+) mg$/, '$1.0 mg');
  }

  if (has('allergy')) plantAllergy(rng, world, drug.id, patient);
  if (has('interaction')) {
    const pair = rng.pick(world.dur.interactions.filter((i) => i.drugs.includes(drug.id) || i.with.includes(drug.id)));
    plantMedication(world, patient, pair.drugs.includes(drug.id) ? pair.with : pair.drugs, rng);
  }
  if (has('duplication')) plantMedication(world, patient, world.dur.duplications.filter((c) => c.members.includes(drug.id)).flatMap((c) => c.members.filter((m) => m !== drug.id)), rng);

  const product = withLot(shelfProduct(drug, catalogProduct), monthsFrom(today, rng.int(6, 30)), 0);
  const shelf = buildShelf(world, drug, product, { rng, today, wrongStock: has('wrong-stock'), expiredLot: has('expired-lot') });
  const pool = auxPool(world).filter((a) => !drug.auxLabels.includes(a));
  const distractors = new Set<string>();
  while (distractors.size < Math.min(3, pool.length)) distractors.add(rng.pick(pool));
  const auxOptions = rng.shuffle([...drug.auxLabels, ...distractors]);
  const mediumWord = { written: 'written', electronic: 'e-prescription', fax: 'faxed', oral: 'phoned-in' }[medium];
  return {
    id: spec.id ?? `gen-${template.id}`,
    title: spec.title ?? `${capitalize(drug.generic)} ${catalogProduct.strength} ${template.dosageForm} — ${kind === 'refill' ? 'refill' : kind === 'transfer' ? 'transfer in' : 'new'}, ${mediumWord}`,
    difficulty,
    today,
    kind,
    template: template.id,
    schedule: drug.schedule,
    patient,
    prescriber,
    plan,
    rx,
    ...(history ? { history } : {}),
    product,
    shelf,
    count: { method: template.count, ...(template.waterMl === undefined ? {} : { waterMl: template.waterMl }) },
    auxOptions,
    planted: [...plant],
  };
}

const auxPools = new WeakMap<FillWorld, string[]>();
/** Every auxiliary label of the world's drugs, once (cached per world: the generator draws distractors from it). */
function auxPool(world: FillWorld): string[] {
  let pool = auxPools.get(world);
  if (!pool) auxPools.set(world, (pool = [...new Set(world.drugs.flatMap((d) => d.auxLabels))]));
  return pool;
}

type MissingElement = 'issue-date' | 'patient-address' | 'prescriber-dea' | 'signature';

/** An element whose absence checkPrescription reports as an error for this drug and medium. */
function missingElement(rng: Random, drug: FillDrug, medium: PrescriptionMedium, keepDea: boolean): MissingElement {
  if (drug.schedule === null) return 'issue-date';
  const options: MissingElement[] = ['patient-address', ...(keepDea ? [] : ['prescriber-dea' as const]), ...(medium === 'written' ? ['signature' as const] : [])];
  return rng.pick(options);
}

/** A DEA number that fails: a wrong check digit, or a second letter that is not the prescriber's initial. */
function wrongDea(rng: Random, dea: string): string {
  if (rng.next() < 0.6) return dea.slice(0, 8) + String((Number(dea[8]) + rng.int(1, 9)) % 10);
  const letters = 'ABCDEFGHJKLMNPRSTWZ'.split('').filter((l) => l !== dea[1]);
  return dea[0] + rng.pick(letters) + dea.slice(2);
}

function plantAllergy(rng: Random, world: FillWorld, drug: string, patient: Patient): void {
  const own = world.dur.allergyGroups.filter((g) => g.members.includes(drug));
  const options = [...own.map((g) => g.id), ...own.flatMap((g) => g.crossSensitivity.map((c) => c.group))];
  const group = rng.pick(options);
  if (!patient.allergies.includes(group)) patient.allergies.push(group);
}

function plantMedication(world: FillWorld, patient: Patient, candidates: readonly string[], rng: Random): void {
  const present = candidates.filter((id) => world.drugs.some((d) => d.id === id && d.products.length > 0));
  const id = rng.pick(present.length ? present : candidates);
  const other = world.drugs.find((d) => d.id === id);
  patient.medications.push({ drug: id, strength: other?.products[0]?.strength ?? 'as prescribed', directions: 'Use as directed by the prescriber' });
}

/** Gives a product a lot number and an expiry month. */
function withLot(product: ShelfProduct, expiry: string, n: number): ShelfProduct {
  return { ...product, lot: n === 0 ? product.lot : `${product.lot}${String.fromCharCode(64 + n)}`, expiry };
}

/**
 * The shelf: the product, its other strengths and packages, its look-alike/sound-alike partners and a random
 * neighbour, in a seeded order; planted, the product's slot holds another bottle (mis-stocked) or an expired lot
 * sits in front of the good one.
 */
function buildShelf(world: FillWorld, drug: FillDrug, product: ShelfProduct, opts: { rng: Random; today: string; wrongStock: boolean; expiredLot: boolean }): ShelfSlot[] {
  const { rng, today } = opts;
  const good = () => monthsFrom(today, rng.int(6, 30));
  const items: { product: ShelfProduct; role: ShelfRole; tag?: string }[] = [{ product, role: 'correct' }];
  for (const other of drug.products) {
    if (other.ndc === product.ndc) continue;
    const role: ShelfRole = other.strength === product.strength ? 'other-package' : 'other-strength';
    items.push({ product: withLot(shelfProduct(drug, other), good(), 0), role });
  }
  for (const id of drug.lasa.slice(0, 2)) {
    const partner = world.drugs.find((d) => d.id === id);
    const first = partner?.products[0];
    if (partner && first) items.push({ product: withLot(shelfProduct(partner, first), good(), 0), role: 'look-alike' });
  }
  const neighbours = world.drugs.filter((d) => d.id !== drug.id && !drug.lasa.includes(d.id) && d.products.length > 0);
  if (neighbours.length) {
    const n = rng.pick(neighbours);
    items.push({ product: withLot(shelfProduct(n, n.products[0]!), good(), 0), role: 'neighbour' });
  }
  if (opts.expiredLot) items.push({ product: withLot(product, monthsFrom(today, -rng.int(1, 6)), 1), role: 'expired-lot' });
  if (opts.wrongStock) {
    // The bottle in one slot tagged for the product is another strength, package or a look-alike.
    const swap = items.find((i) => i.role === 'other-strength') ?? items.find((i) => i.role === 'other-package') ?? items.find((i) => i.role === 'look-alike') ?? items.find((i) => i.role === 'neighbour');
    if (swap) items.push({ product: { ...swap.product, lot: `${swap.product.lot}X` }, role: swap.role, tag: shelfTag(product) });
  }
  const ordered = rng.shuffle(items);
  if (opts.expiredLot) {
    // The expired lot is in front, to the left of the good one.
    const e = ordered.findIndex((i) => i.role === 'expired-lot');
    const c = ordered.findIndex((i) => i.role === 'correct');
    if (e > c) [ordered[e], ordered[c]] = [ordered[c]!, ordered[e]!];
  }
  return ordered.map((item, i) => ({ id: `s${i}`, tag: item.tag ?? shelfTag(item.product), product: item.product, role: item.role }));
}


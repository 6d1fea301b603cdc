/** The fill simulator's model: the world it draws from, a scenario, and what the learner does with it. */
import type { DurData } from './dur';
import type { Patient, Plan, Prescriber } from '../../schemas/people';
import type { PrescriptionMedium, Schedule } from '../pharmacy';

/** A product on the shelf: a catalog training product, possibly one particular lot of it. */
export interface ShelfProduct {
  /** Catalog drug id. */
  drug: string;
  /** Generic name as on the stock bottle (Tall Man where listed). */
  name: string;
  strength: string;
  form: string;
  package: string;
  /** Fictional 10-digit NDC as on the package. */
  ndc: string;
  manufacturer: string;
  lot: string;
  /** YYYY-MM. */
  expiry: string;
}

/** Why a product sits on this shelf: the one to pick, or what makes it a trap. */
export type ShelfRole = 'correct' | 'expired-lot' | 'other-strength' | 'other-package' | 'look-alike' | 'neighbour';

/** One slot of the shelf. */
export interface ShelfSlot {
  /** Stable id within the scenario ("s0", "s1" …). */
  id: string;
  /** What the shelf tag under the slot says (a mis-stocked slot's tag names another product). */
  tag: string;
  /** The bottle that is actually in the slot. */
  product: ShelfProduct;
  role: ShelfRole;
}

/** A catalog drug as the simulator needs it. */
export interface FillDrug {
  id: string;
  generic: string;
  tallMan?: string;
  brands: string[];
  schedule: Schedule | null;
  lasa: string[];
  auxLabels: string[];
  products: Omit<ShelfProduct, 'drug' | 'name'>[];
}

/** Everything the generator and the answer key read: catalog drugs, DUR data, people and plans. */
export interface FillWorld {
  drugs: readonly FillDrug[];
  dur: DurData;
  patients: readonly Patient[];
  prescribers: readonly Prescriber[];
  plans: readonly Plan[];
}

/** How the product is prepared at the count step. */
export type CountMethod = 'count' | 'measure' | 'package' | 'reconstitute';

/** Kinds of product the templates cover (for curation and variety). */
export type TemplateKind = 'solid' | 'liquid' | 'reconstitute' | 'drops' | 'inhaler' | 'insulin' | 'topical';

/** Problem types the simulator plants, detects and accepts as "do not fill" reasons. */
export const PROBLEM_TYPES = [
  'dea',
  'missing-element',
  'refills',
  'expired-rx',
  'postdated',
  'error-prone',
  'days-supply',
  'allergy',
  'interaction',
  'duplication',
  'early-refill',
  'prior-auth',
  'wrong-stock',
  'expired-lot',
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** A prescription as it reached the pharmacy (written, e-prescribed, faxed or phoned in). */
export interface ScenarioRx {
  medium: PrescriptionMedium;
  /** YYYY-MM-DD, or undefined when missing. */
  issuedOn?: string;
  drug: string;
  /** Drug name as written. */
  drugName: string;
  /** Strength as written (may carry a planted trailing zero). */
  strength: string;
  dosageForm: string;
  quantity: number;
  /** The unit the quantity counts ("tablets", "mL", "inhaler"). */
  quantityUnit: string;
  /** Sig as written. */
  sig: string;
  refills: number;
  /** True when the prescriber wrote "dispense as written" / "brand medically necessary". */
  daw: boolean;
  /** Days' supply the prescriber stated (e-prescriptions), if any. */
  statedDaysSupply?: number;
  signed: boolean;
  /** Patient's address as written (undefined when missing). */
  patientAddress?: string;
  /** Prescriber's DEA number as written (controlled drugs; may be planted wrong). */
  prescriberDea?: string;
}

/** A prescription the patient has filled before (refill scenarios). */
export interface FillHistory {
  /** Date of the last fill. */
  lastFilled: string;
  /** Days' supply of the last fill. */
  daysSupply: number;
  /** Refills left before this fill. */
  refillsLeft: number;
}

/** One scenario, generated from a seed or curated. Everything the screens show; the answer key is derived. */
export interface Scenario {
  /** "gen-<seed>-<difficulty>" or the curated file's id. */
  id: string;
  /** Title for lists and reports. */
  title: string;
  difficulty: 1 | 2 | 3;
  /** The fill date; the clock is never read. */
  today: string;
  kind: 'new' | 'refill' | 'transfer';
  /** Template id the prescription came from. */
  template: string;
  schedule: Schedule | null;
  patient: Patient;
  prescriber: Prescriber;
  /** The patient's plan for this scenario (null: cash), with this scenario's prior-authorization list. */
  plan: Plan | null;
  rx: ScenarioRx;
  history?: FillHistory;
  /** The product the prescription calls for, from the catalog. */
  product: ShelfProduct;
  shelf: ShelfSlot[];
  count: { method: CountMethod; /** Water to add, mL (reconstitution; as printed on the training product). */ waterMl?: number };
  /** Auxiliary labels offered at the label step: the drug's own and distractors. */
  auxOptions: string[];
  /** What the generator (or the curator) planted; the answer key re-detects them with the engine. */
  planted: ProblemType[];
}

import { z } from 'astro/zod';

/** Every person and plan in exercises is fictional; the field makes each file say so. */
const TrainingOnly = z.literal(true, { error: 'trainingOnly: true must be set — patients, prescribers and plans are fictional training data' });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** A medication on a patient's profile. */
export const ProfileMedicationSchema = z
  .object({
    /** Catalog drug id. */
    drug: z.string().regex(/^[a-z0-9-]+$/),
    /** Strength as on the label. */
    strength: z.string().min(1),
    /** Directions as on the label. */
    directions: z.string().min(3),
  })
  .strict();

/** A fictional patient (content/fill/patients.yaml). */
export const PatientSchema = z
  .object({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** First name. */
    first: z.string().min(1),
    /** Last name. */
    last: z.string().min(1),
    /** Date of birth. */
    dob: IsoDate,
    /** Street address, city, state and ZIP. */
    address: z.string().min(5),
    /** Phone number (555 numbers only). */
    phone: z.string().regex(/^\(\d{3}\) 555-\d{4}$/, 'phone numbers are fictional (555-xxxx)'),
    /** Weight in kg, for children. */
    weightKg: z.number().positive().optional(),
    /** Allergy group ids (content/dur/allergy-groups.yaml); empty means no known drug allergies. */
    allergies: z.array(z.string()).default([]),
    /** Medications already on the profile. */
    medications: z.array(ProfileMedicationSchema).default([]),
    /** Insurance plan id (content/fill/plans.yaml), or null for cash. */
    plan: z.string().nullable(),
    /** Member id on the card. */
    memberId: z.string().min(3),
    /** Always true: this person is fictional. */
    trainingOnly: TrainingOnly,
  })
  .strict();

/** A fictional prescriber (content/fill/prescribers.yaml). */
export const PrescriberSchema = z
  .object({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** First name. */
    first: z.string().min(1),
    /** Last name (the DEA number's second letter). */
    last: z.string().min(1),
    /** Credential: MD, DO, DDS, NP, PA … */
    credential: z.enum(['MD', 'DO', 'DDS', 'DPM', 'NP', 'PA-C']),
    /** Specialty or practice. */
    practice: z.string().min(3),
    /** Practice address. */
    address: z.string().min(5),
    /** Phone (555 numbers only). */
    phone: z.string().regex(/^\(\d{3}\) 555-\d{4}$/, 'phone numbers are fictional (555-xxxx)'),
    /** Fictional 10-digit NPI. */
    npi: z.string().regex(/^\d{10}$/),
    /** Fictional DEA number with a valid check digit (checked at build). */
    dea: z.string().regex(/^[A-Z][A-Z9]\d{7}$/),
    /** Always true: this person is fictional. */
    trainingOnly: TrainingOnly,
  })
  .strict();

/** A fictional prescription-drug plan (content/fill/plans.yaml) and the claim rules the simulator applies. */
export const PlanSchema = z
  .object({
    /** Stable id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Plan name as on the card. */
    name: z.string().min(3),
    /** BIN (6 digits), PCN and group as on the card. */
    bin: z.string().regex(/^\d{6}$/),
    pcn: z.string().min(2),
    group: z.string().min(2),
    /** Most days' supply paid for one fill. */
    maxDaysSupply: z.number().int().positive(),
    /** Share of the days' supply that must pass before a refill is paid (0.75 = 75 %). */
    refillThreshold: z.number().min(0.5).max(1),
    /** Catalog drugs that need a prior authorization (reject 75). */
    priorAuthorization: z.array(z.string()).default([]),
    /** Catalog drugs the plan excludes (reject 70). */
    notCovered: z.array(z.string()).default([]),
    /** Always true: this plan is fictional. */
    trainingOnly: TrainingOnly,
  })
  .strict();

export type Patient = z.output<typeof PatientSchema>;
export type Prescriber = z.output<typeof PrescriberSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type ProfileMedication = z.output<typeof ProfileMedicationSchema>;

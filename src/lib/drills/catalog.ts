/**
 * The drill types a learner can choose, without their generators: the picker shows these at once, and the
 * generators of the chosen topics load on demand (load.ts), so the drill page stays small.
 */
import type { DrillTopic } from './types';

/** What the picker needs to know about a drill type. */
export interface DrillInfo {
  /** Stable id, used in links and in the learning record. */
  id: string;
  title: string;
  topic: DrillTopic;
  /** False for workplace math the 2026 PTCE no longer tests. */
  onExam: boolean;
}

/** Topics in picker order. */
export const DRILL_TOPICS: readonly DrillTopic[] = ['conversions', 'days-supply', 'dosing', 'concentrations', 'iv', 'notation'];

const info = (id: string, title: string, topic: DrillTopic, onExam = true): DrillInfo => ({ id, title, topic, onExam });

/** Every drill type, in picker order. */
export const DRILL_INFO: readonly DrillInfo[] = [
  info('metric-conversion', 'Metric conversions', 'conversions'),
  info('household-conversion', 'Household measures', 'conversions'),
  info('weight-conversion', 'Body weight (lb ↔ kg)', 'conversions'),
  info('temperature', 'Temperature (°C ↔ °F)', 'conversions'),
  info('days-supply-tablets', "Days' supply: tablets and capsules", 'days-supply'),
  info('days-supply-liquid', "Days' supply: oral liquids", 'days-supply'),
  info('days-supply-drops', "Days' supply: eye and ear drops", 'days-supply'),
  info('days-supply-insulin', "Days' supply: insulin vials and pens", 'days-supply'),
  info('days-supply-inhaler', "Days' supply: inhalers and nasal sprays", 'days-supply'),
  info('days-supply-topical', "Days' supply: creams and ointments", 'days-supply'),
  info('quantity-to-dispense', 'Quantity to dispense', 'days-supply'),
  info('dose-volume', 'Dose volume from a concentration', 'dosing'),
  info('amount-in-volume', 'Amount of drug in a volume', 'dosing'),
  info('weight-based-dose', 'Weight-based and pediatric doses', 'dosing'),
  info('percent-strength', 'Percent strength (w/v, w/w, v/v)', 'concentrations'),
  info('ratio-strength', 'Ratio strength', 'concentrations'),
  info('dilution', 'Dilution (C1V1 = C2V2)', 'concentrations'),
  info('alligation', 'Alligation (workplace math — not on the 2026 PTCE)', 'concentrations', false),
  info('iv-flow-rate', 'IV flow rate (mL/h)', 'iv'),
  info('iv-drip-rate', 'IV drip rate (gtt/min)', 'iv'),
  info('infusion-time', 'Infusion time', 'iv'),
  info('roman-numerals', 'Roman numerals', 'notation'),
  info('military-time', '24-hour time', 'notation'),
];

/** The catalog entry for an id; throws for an id no generator may use (a programming error, not user input). */
export function drillInfo(id: string): DrillInfo {
  const found = DRILL_INFO.find((d) => d.id === id);
  if (!found) throw new Error(`Drill type "${id}" is not in DRILL_INFO (src/lib/drills/catalog.ts).`);
  return found;
}

/** Loads the generators of the chosen drill types on demand, one chunk per topic (browser code splitting). */
import { DRILL_INFO } from './catalog';
import type { DrillTopic, DrillType } from './types';

const LOADERS: Record<DrillTopic, () => Promise<readonly DrillType[]>> = {
  conversions: () => import('./generators/conversions').then((m) => m.CONVERSION_DRILLS),
  'days-supply': () => import('./generators/days-supply').then((m) => m.DAYS_SUPPLY_DRILLS),
  dosing: () => import('./generators/dosing').then((m) => m.DOSING_DRILLS),
  concentrations: () => import('./generators/concentrations').then((m) => m.CONCENTRATION_DRILLS),
  iv: () => import('./generators/iv').then((m) => m.IV_DRILLS),
  notation: () => import('./generators/notation').then((m) => m.NOTATION_DRILLS),
};

/** The drill types with these ids, generators loaded, in picker order; unknown ids are skipped. */
export async function loadDrillTypes(ids: readonly string[]): Promise<DrillType[]> {
  const wanted = DRILL_INFO.filter((d) => ids.includes(d.id));
  const topics = [...new Set(wanted.map((d) => d.topic))];
  const loaded = (await Promise.all(topics.map((topic) => LOADERS[topic]()))).flat();
  return wanted.map((d) => loaded.find((t) => t.id === d.id)).filter((t): t is DrillType => t !== undefined);
}

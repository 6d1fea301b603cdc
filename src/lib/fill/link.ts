/** Shareable scenario links: `?seed=<n>&level=<1-3>&c=<check>` (generated) or `?scenario=<id>` (curated). */
import { fail, ok, type Result } from '../pharmacy';
import { seedFrom } from '../random';
import type { Difficulty } from './generate';

/** What a link opens. */
export type FillLink = ({ kind: 'generated'; seed: number; difficulty: Difficulty; exercise: 'fill' | 'check' } | { kind: 'curated'; id: string; exercise: 'fill' | 'check' }) & {
  /** An instructor's link may ask for assessment mode (timed, feedback at the end); practice otherwise. */
  mode?: 'assessment';
};

/** A four-character check code of a generated link, so a hand-edited seed or level is caught. */
export const linkCheck = (seed: number, difficulty: number, exercise: string): string => seedFrom(`rxtray-fill:${seed}:${difficulty}:${exercise}`).toString(36).slice(-4);

/** The query string of a link. */
export function encodeFillLink(link: FillLink): string {
  const params = new URLSearchParams();
  if (link.kind === 'curated') params.set('scenario', link.id);
  else {
    params.set('seed', String(link.seed));
    params.set('level', String(link.difficulty));
    params.set('c', linkCheck(link.seed, link.difficulty, link.exercise));
  }
  if (link.exercise === 'check') params.set('exercise', 'check');
  if (link.mode === 'assessment') params.set('mode', 'assessment');
  return `?${params.toString()}`;
}

/**
 * Reads a link's query string. No scenario parameters gives ok(undefined); a damaged or tampered link fails
 * with a sentence saying what is wrong. `curatedIds` are the scenario ids that exist.
 */
export function decodeFillLink(search: string, curatedIds: ReadonlySet<string>): Result<FillLink | undefined> {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const exerciseParam = params.get('exercise');
  if (exerciseParam !== null && exerciseParam !== 'check' && exerciseParam !== 'fill') return fail(`This link asks for an exercise "${exerciseParam}" that does not exist; it should be "fill" or "check".`);
  const exercise = exerciseParam === 'check' ? 'check' : 'fill';
  const modeParam = params.get('mode');
  if (modeParam !== null && modeParam !== 'assessment' && modeParam !== 'practice') return fail(`This link asks for a mode "${modeParam.slice(0, 30)}" that does not exist; it should be "practice" or "assessment".`);
  const mode = modeParam === 'assessment' ? ({ mode: 'assessment' } as const) : {};
  const id = params.get('scenario');
  if (id !== null) {
    if (!curatedIds.has(id)) return fail(`This link names a scenario "${id.slice(0, 60)}" that is not in RxTray. It may have been mistyped or removed; pick a scenario from the list instead.`);
    return ok({ kind: 'curated', id, exercise, ...mode });
  }
  const seedText = params.get('seed');
  const levelText = params.get('level');
  if (seedText === null && levelText === null) return ok(undefined);
  if (seedText === null || !/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff) return fail('This scenario link is damaged: its seed must be a whole number. Ask for the link again, or start a new scenario.');
  if (levelText === null || !/^[123]$/.test(levelText)) return fail('This scenario link is damaged: its difficulty must be 1, 2 or 3. Ask for the link again, or start a new scenario.');
  const seed = Number(seedText);
  const difficulty = Number(levelText) as Difficulty;
  if (params.get('c') !== linkCheck(seed, difficulty, exercise)) return fail('This scenario link has been changed: its check code does not match its seed and difficulty, so it may not open the scenario that was shared. Ask for the link again, or start a new scenario.');
  return ok({ kind: 'generated', seed, difficulty, exercise, ...mode });
}

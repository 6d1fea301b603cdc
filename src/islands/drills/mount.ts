/**
 * Starts the drill trainer in a page element. Imported on demand by the drill page's picker, so the trainer,
 * the generators and the learning record download only when a set starts.
 */
import { mount, unmount } from 'svelte';
import DrillTrainer from '../DrillTrainer.svelte';
import type { DrillSetSpec } from '../../lib/drills/set';

/** What the trainer starts with. */
export interface TrainerStart {
  /** The set to drill or print; absent with `weakest`. */
  spec?: DrillSetSpec;
  /** "My weakest": the trainer picks the types from the learning record. */
  weakest?: { count: number; seed: number };
  as: 'drill' | 'worksheet';
  /** The page's drills.* UI strings. */
  strings: Record<string, string>;
  /** Back to the picker, with the set's choices when there was a set. */
  onedit: (spec: DrillSetSpec | undefined) => void;
}

/** Mounts the trainer into `target`; returns the function that removes it. */
export function mountTrainer(target: HTMLElement, start: TrainerStart): () => void {
  const app = mount(DrillTrainer, { target, props: { start } });
  return () => void unmount(app);
}

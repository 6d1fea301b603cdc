/** The keys of quizzes and the practice exam: 1–4 or A–D choose the option at that position, Enter submits or moves on, F flags. */
import type { KeyMap } from '../session/engine';

export type QuizAction = 'pick0' | 'pick1' | 'pick2' | 'pick3' | 'go' | 'flag';

export const QUIZ_KEYS: KeyMap<QuizAction> = {
  '1': 'pick0',
  '2': 'pick1',
  '3': 'pick2',
  '4': 'pick3',
  a: 'pick0',
  b: 'pick1',
  c: 'pick2',
  d: 'pick3',
  Enter: 'go',
  f: 'flag',
};

/** The option position (0–3) of a pick action, or undefined. */
export const pickIndex = (action: QuizAction | undefined): number | undefined => (action?.startsWith('pick') ? Number(action.slice(4)) : undefined);

/**
 * Whether a key press belongs to the page rather than to the control that has focus: not while typing in a
 * field, and not Enter on a button or link (which activates it itself).
 */
export function pageKey(target: { tagName?: string; type?: string } | null, key: string): boolean {
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || (tag === 'input' && target?.type !== 'radio')) return false;
  if (key === 'Enter' && (tag === 'button' || tag === 'a' || tag === 'summary')) return false;
  return true;
}

import { persistentAtom } from '@nanostores/persistent';

/** Colour scheme choice; "system" follows the device setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** localStorage key, also read by the inline no-flash script in the layout. */
export const THEME_KEY = 'rxtray:theme';

const choices: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const isChoice = (value: string): value is ThemeChoice => (choices as readonly string[]).includes(value);

/** The learner's theme choice, persisted and shared between tabs. */
export const theme = persistentAtom<ThemeChoice>(THEME_KEY, 'system', {
  encode: (value) => value,
  decode: (raw) => (isChoice(raw) ? raw : 'system'),
});

/** Applies a choice to the document (the inline script does the same before first paint). */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
}

/** Saves and applies a choice. */
export function setTheme(choice: ThemeChoice): void {
  try {
    theme.set(choice);
  } catch {
    // Storage refused: still apply for this page.
  }
  applyTheme(choice);
}

/**
 * Keeps the page in step with the choice: re-applies it when another tab changes it (the persistent store
 * hears the storage event) and, under "System", when the device switches between light and dark.
 * Returns a function that stops watching.
 */
export function watchTheme(): () => void {
  const stop = theme.listen((choice) => applyTheme(choice));
  const media = matchMedia('(prefers-color-scheme: dark)');
  const onSystemChange = () => {
    if (theme.get() === 'system') applyTheme('system');
  };
  media.addEventListener('change', onSystemChange);
  return () => {
    stop();
    media.removeEventListener('change', onSystemChange);
  };
}

import en from './en.json';
import { format } from './format';

/** A UI string key. */
export type UiKey = keyof typeof en;

/** The UI string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return format(en[key], vars);
}

/** The UI strings whose keys start with `prefix`, for an island that should not ship every string. */
export function uiStrings(prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith(prefix)));
}

export { format };

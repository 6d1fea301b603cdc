import en from './en.json';
import { format } from './format';

/** A UI string key. */
export type UiKey = keyof typeof en;

/** The UI string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return format(en[key], vars);
}

export { format };

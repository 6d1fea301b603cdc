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

/** Keys of strings that change with a count: `<base>.one`, `<base>.other` (and any other CLDR category). */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

const plurals = new Intl.PluralRules('en-US');

/**
 * The string for a count, chosen by the language's plural rules (`Intl.PluralRules`): "1 completed lesson",
 * "2 completed lessons". `{n}` is the count; other placeholders come from `vars`.
 */
export function tn(base: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  const strings = en as Record<string, string>;
  const template = strings[`${base}.${plurals.select(n)}`] ?? strings[`${base}.other`] ?? base;
  return format(template, { ...vars, n });
}

export { format };

/** A federal controlled-substance schedule that can be prescribed (C-I cannot). */
export type Schedule = 'C-II' | 'C-III' | 'C-IV' | 'C-V';

/** A problem found by a rule check, with the rule behind it so the UI can show "why". */
export interface RuleProblem {
  /** Stable identifier of the rule, e.g. `c2-no-refills`. */
  ruleId: string;
  /** `error`: the prescription or label fails the rule; `warning`: check it or it depends on state law. */
  severity: 'error' | 'warning';
  /** What is wrong, in plain language. */
  message: string;
  /** The rule's source, e.g. "21 CFR 1306.22(a)" or "Common state requirement". */
  citation: string;
}

/** Citation used for elements required by most states but not by federal law. */
export const COMMON_STATE_REQUIREMENT = 'Common state requirement (check your state board of pharmacy rules)';

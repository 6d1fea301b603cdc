import { describe, expect, test } from 'vitest';
import { ERROR_PRONE, ERROR_PRONE_ABBREVIATIONS, ISMP_ERROR_PRONE, TJC_DO_NOT_USE } from '../../../src/lib/pharmacy/error-prone';
import { parseSig } from '../../../src/lib/pharmacy/sig';
import { SIG_VOCABULARY } from '../../../src/lib/pharmacy/sig-vocabulary';

describe('SIG_VOCABULARY', () => {
  test('has at least 80 abbreviations across every category', () => {
    expect(SIG_VOCABULARY.length).toBeGreaterThanOrEqual(80);
    const categories = new Set(SIG_VOCABULARY.map((e) => e.category));
    expect([...categories].sort()).toEqual(['form', 'frequency', 'other', 'route', 'site', 'timing']);
  });

  test('includes the abbreviations the PTCE expects', () => {
    const abbrs = new Set(SIG_VOCABULARY.map((e) => e.abbr));
    for (const abbr of ['od', 'os', 'ou', 'ad', 'as', 'au', 'ac', 'pc', 'hs', 'prn', 'stat', 'ud', 'qod', 'tiw', 'gtt', 'supp', 'inh', 'subq', 'sl', 'aaa', 'po', 'bid', 'tid', 'qid', 'qd', 'npo', 'ss']) {
      expect(abbrs.has(abbr), abbr).toBe(true);
    }
  });

  test('gives doses per day for every frequency (qid = 4, q8h = 3, qod = 0.5)', () => {
    const byAbbr = new Map(SIG_VOCABULARY.map((e) => [e.abbr, e]));
    expect(byAbbr.get('qid')?.dosesPerDay).toBe(4);
    expect(byAbbr.get('q8h')?.dosesPerDay).toBe(3);
    expect(byAbbr.get('qod')?.dosesPerDay).toBe(0.5);
    for (const entry of SIG_VOCABULARY.filter((e) => e.category === 'frequency')) {
      expect(entry.dosesPerDay, entry.abbr).toBeGreaterThan(0);
    }
  });

  test('every entry the parser reads parses on its own or with a dose', () => {
    for (const entry of SIG_VOCABULARY.filter((e) => !e.referenceOnly && !['x', 'c̄', 's̄', 'max'].includes(e.abbr))) {
      const alone = parseSig(entry.abbr);
      const withDose = parseSig(`1 ${entry.abbr}`);
      expect(alone.ok || withDose.ok, entry.abbr).toBe(true);
    }
  });

  test('links error-prone entries to the Joint Commission or ISMP list with a reason', () => {
    const flagged = SIG_VOCABULARY.filter((e) => e.errorProne);
    // The Joint Commission "do not use" abbreviations and ISMP's best-known ones are flagged where the sig list has them.
    const flaggedAbbrs = new Set(flagged.map((e) => e.abbr));
    for (const abbr of ['qd', 'qod', 'od', 'os', 'ou', 'ad', 'as', 'au', 'hs', 'tiw', 'ss', 'subq', 'sc']) {
      if (SIG_VOCABULARY.some((e) => e.abbr === abbr)) expect(flaggedAbbrs.has(abbr), abbr).toBe(true);
    }
    // Entries that are plainly safe are not flagged.
    for (const abbr of ['po', 'bid', 'tid', 'prn']) expect(flaggedAbbrs.has(abbr), abbr).toBe(false);
    for (const entry of flagged) {
      expect(ERROR_PRONE_ABBREVIATIONS).toContain(entry.errorProne);
      expect(entry.errorProne?.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('ERROR_PRONE_ABBREVIATIONS', () => {
  test('contains the whole Joint Commission "Do Not Use" list', () => {
    const doNotUse = ERROR_PRONE_ABBREVIATIONS.filter((e) => e.doNotUse).map((e) => e.id);
    expect(doNotUse.sort()).toEqual(['iu', 'leading-zero', 'mgso4', 'ms', 'mso4', 'qd', 'qod', 'trailing-zero', 'u'].sort());
    for (const entry of ERROR_PRONE_ABBREVIATIONS) expect(entry.source).toBe(entry.doNotUse ? TJC_DO_NOT_USE : ISMP_ERROR_PRONE);
  });

  test('says what to use instead for every entry, and marks the ambiguous ones unsafe to translate', () => {
    for (const entry of ERROR_PRONE_ABBREVIATIONS) expect(entry.useInstead.length, entry.id).toBeGreaterThan(1);
    expect(ERROR_PRONE_ABBREVIATIONS.filter((e) => !e.safeToTranslate).map((e) => e.id).sort()).toEqual(['dc', 'hs-half-strength', 'mgso4', 'ms', 'mso4', 'ssi']);
    expect(ERROR_PRONE.u.useInstead).toBe('unit');
  });
});

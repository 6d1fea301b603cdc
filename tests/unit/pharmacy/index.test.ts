import { describe, expect, test } from 'vitest';
import * as pharmacy from '../../../src/lib/pharmacy';

describe('pharmacy engine index', () => {
  test('exports the whole contract', () => {
    const contract = [
      'parseNdc', 'checkDea', 'parseSig', 'sigToDirections', 'daysSupply', 'quantityToDispense', 'convert', 'doseVolume', 'amountInVolume',
      'dilution', 'alligation', 'mixtureStrength', 'percentStrength', 'ratioStrengthToPercent', 'percentToRatioStrength', 'ivRateMlPerHour', 'infusionHours', 'ivDropsPerMinute', 'bsaMosteller',
      'weightBasedDose', 'checkPrescription', 'checkLabel', 'nonsterileBud', 'storageFor', 'toRoman', 'fromRoman', 'to12h', 'to24h', 'cToF', 'fToC', 'daysBetween',
    ];
    for (const name of contract) expect(typeof (pharmacy as Record<string, unknown>)[name], name).toBe('function');
    for (const name of ['SIG_VOCABULARY', 'ERROR_PRONE_ABBREVIATIONS', 'STORAGE_CONDITIONS', 'DAW_CODES', 'REJECT_CODES', 'CONVENTIONS', 'NONSTERILE_BUD_DEFAULTS']) {
      expect((pharmacy as Record<string, unknown>)[name], name).toBeDefined();
    }
  });
});

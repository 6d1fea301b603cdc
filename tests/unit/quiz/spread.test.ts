import { describe, expect, test } from 'vitest';
import { BANK_TARGET, bankSpread, MIN_PER_AREA } from '../../../src/lib/questions/spread';
import { readBank, readBankContext } from '../questions/load-bank';
import { PtceOutlineSchema } from '../../../src/schemas/ptce';
import { readYamlCollection } from '../content/load-content';
import { DOMAINS_2026, fixtureBank } from './fixtures/bank';

describe('bankSpread', () => {
  test('a bank spread like the exam weights, 30 or more per area, has no problems', () => {
    expect(bankSpread(fixtureBank((a) => ({ '1': 44, '2': 31, '3': 40, '4': 56 })[a[0] ?? ''] ?? 0), DOMAINS_2026).problems).toEqual([]);
  });
  test('names areas under the minimum and domains under their weight', () => {
    const report = bankSpread(fixtureBank((a) => (a === '2.6' ? 3 : a.startsWith('1.') ? 20 : 40)), DOMAINS_2026);
    expect(report.problems).toContain(`knowledge area 2.6 has 3 questions (at least ${MIN_PER_AREA})`);
    expect(report.problems.some((p) => p.startsWith('domain 1 has 160 questions'))).toBe(true);
  });
});

describe('the bank\'s spread over the 2026 outline', () => {
  // Reported until the bank reaches its target size, enforced from then on.
  test(`is reported below ${BANK_TARGET} questions and must be right from ${BANK_TARGET} on`, () => {
    const { questions } = readBank();
    readBankContext();
    const current = readYamlCollection('ptce').find(([, d]) => (d as { current?: boolean }).current);
    const outline = PtceOutlineSchema.parse(current?.[1]);
    const report = bankSpread(questions, outline.domains);
    console.log(
      `Question bank spread: ${report.total} questions; ` +
        report.domains.map((d) => `domain ${d.id} ${d.count} (${d.share}% vs ${d.weight}%)`).join(', ') +
        (report.problems.length ? `\n  ${report.problems.length} spread problem(s):\n  ${report.problems.join('\n  ')}` : '\n  spread ok'),
    );
    if (report.total >= BANK_TARGET) expect(report.problems).toEqual([]);
  });
});

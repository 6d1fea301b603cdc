import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkIdStability, resolveId, withNewIds, type IdRegistry } from '../../../src/lib/content/ids';
import { buildDecks, drugFactsFrom } from '../../../src/lib/flashcards';
import { ERROR_PRONE_ABBREVIATIONS, SIG_VOCABULARY } from '../../../src/lib/pharmacy';
import { DrugSchema } from '../../../src/schemas/drug';
import { contentRoot, readLessons, readYamlCollection } from './load-content';

const registryPath = join(contentRoot, 'ids.json');
const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as IdRegistry;

/** Today's lesson ids (frontmatter `id`) and card ids (built from the catalog, as the build does). */
const lessonIds = new Set(readLessons().map((l) => (l.frontmatter as { id: string }).id));
const drugs = readYamlCollection('drugs').map(([id, data]) => drugFactsFrom(id, DrugSchema.parse(data)));
const cardIds = new Set(buildDecks({ drugs, sigVocabulary: SIG_VOCABULARY, errorProne: ERROR_PRONE_ABBREVIATIONS }).flatMap((d) => d.cards.map((c) => c.id)));

// `npm run ids:update` records today's ids in the registry (run it when lessons or cards are added).
if (process.env['RXTRAY_UPDATE_IDS'] === '1') writeFileSync(registryPath, `${JSON.stringify(withNewIds(registry, lessonIds, cardIds), null, 2)}\n`);

describe('stable ids', () => {
  test('every lesson id ever released still exists or has an alias', () => {
    expect(checkIdStability('lesson', registry.lessons, lessonIds, registry.aliases)).toEqual([]);
  });

  test('every card id ever released still exists or has an alias', () => {
    expect(checkIdStability('card', registry.cards, cardIds, registry.aliases)).toEqual([]);
  });

  test('the registry holds the ids progress already points at', () => {
    expect(registry.lessons).toContain('dispensing/data-entry');
    expect(registry.cards).toContain('brand-generic:lipitor');
  });
});

describe('checkIdStability', () => {
  const current = new Set(['dispensing/labels', 'dispensing/data-entry']);
  test('a renamed id with an alias passes; one without fails with the id named', () => {
    expect(checkIdStability('lesson', ['dispensing/labeling'], current, { 'dispensing/labeling': 'dispensing/labels' })).toEqual([]);
    expect(checkIdStability('lesson', ['dispensing/labeling'], current, {})).toEqual([
      'The lesson id "dispensing/labeling" existed in an earlier release but is gone: restore it, or add "dispensing/labeling": "<new id>" to aliases in content/ids.json.',
    ]);
  });

  test('aliases chain, and a chain that ends nowhere or loops fails', () => {
    expect(resolveId('a', current, { a: 'b', b: 'dispensing/labels' })).toBe('dispensing/labels');
    expect(resolveId('a', current, { a: 'b' })).toBeNull();
    expect(resolveId('a', current, { a: 'b', b: 'a' })).toBeNull();
  });

  test('withNewIds adds today’s ids and keeps every old one', () => {
    expect(withNewIds({ lessons: ['x/old'], cards: [], aliases: { 'x/old': 'x/new' } }, ['x/new'], ['c:1'])).toEqual({ lessons: ['x/new', 'x/old'], cards: ['c:1'], aliases: { 'x/old': 'x/new' } });
  });
});

import { describe, expect, test } from 'vitest';
import { decodeFillLink, encodeFillLink } from '../../../src/lib/fill';

const ids = new Set(['c2-oxycodone-clean']);

describe('fill links', () => {
  test('a generated link round-trips', () => {
    const link = { kind: 'generated', seed: 123456, difficulty: 2, exercise: 'fill' } as const;
    expect(decodeFillLink(encodeFillLink(link), ids)).toEqual({ ok: true, value: link });
    const check = { ...link, exercise: 'check' } as const;
    expect(decodeFillLink(encodeFillLink(check), ids)).toEqual({ ok: true, value: check });
  });

  test('a curated link opens a known scenario and names an unknown one', () => {
    expect(decodeFillLink('?scenario=c2-oxycodone-clean', ids)).toEqual({ ok: true, value: { kind: 'curated', id: 'c2-oxycodone-clean', exercise: 'fill' } });
    const unknown = decodeFillLink('?scenario=nope', ids);
    expect(unknown.ok === false && unknown.error).toMatch(/"nope" that is not in RxTray/);
  });

  test('no parameters is no link', () => {
    expect(decodeFillLink('', ids)).toEqual({ ok: true, value: undefined });
  });

  test('a tampered seed or level fails the check code with a clear message', () => {
    const good = encodeFillLink({ kind: 'generated', seed: 77, difficulty: 1, exercise: 'fill' });
    const seed = decodeFillLink(good.replace('seed=77', 'seed=78'), ids);
    expect(seed.ok === false && seed.error).toMatch(/has been changed/);
    const level = decodeFillLink(good.replace('level=1', 'level=3'), ids);
    expect(level.ok === false && level.error).toMatch(/has been changed/);
    const broken = decodeFillLink('?seed=abc&level=2&c=x', ids);
    expect(broken.ok === false && broken.error).toMatch(/seed must be a whole number/);
    const badLevel = decodeFillLink('?seed=5&level=7', ids);
    expect(badLevel.ok === false && badLevel.error).toMatch(/difficulty must be 1, 2 or 3/);
  });
});

describe('fill links: mode', () => {
  test('an assessment link keeps its mode; a bad mode is named', () => {
    const link = { kind: 'generated', seed: 9, difficulty: 3, exercise: 'fill', mode: 'assessment' } as const;
    expect(decodeFillLink(encodeFillLink(link), ids)).toEqual({ ok: true, value: link });
    const bad = decodeFillLink('?scenario=c2-oxycodone-clean&mode=exam', ids);
    expect(bad.ok === false && bad.error).toMatch(/mode "exam"/);
  });
});

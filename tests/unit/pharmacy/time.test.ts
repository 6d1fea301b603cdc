import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { to12h, to24h } from '../../../src/lib/pharmacy/time';

describe('to12h', () => {
  test('converts military time with or without a colon', () => {
    expect(to12h('1430')).toEqual({ ok: true, value: '2:30 PM' });
    expect(to12h('14:30')).toEqual({ ok: true, value: '2:30 PM' });
    expect(to12h('0000')).toEqual({ ok: true, value: '12:00 AM' });
    expect(to12h('12:00')).toEqual({ ok: true, value: '12:00 PM' });
    expect(to12h('0905')).toEqual({ ok: true, value: '9:05 AM' });
  });

  test('rejects impossible times', () => {
    for (const bad of ['2400', '1260', 'noon', '']) expect(to12h(bad).ok, bad).toBe(false);
  });
});

describe('to24h', () => {
  test('converts 12-hour time, including midnight and noon', () => {
    expect(to24h('2:30 PM')).toEqual({ ok: true, value: '14:30' });
    expect(to24h('12:15 am')).toEqual({ ok: true, value: '00:15' });
    expect(to24h('12:00 p.m.')).toEqual({ ok: true, value: '12:00' });
    expect(to24h('7 pm')).toEqual({ ok: true, value: '19:00' });
  });

  test('rejects impossible times', () => {
    for (const bad of ['13:00 PM', '0:30 AM', '2:30', '']) expect(to24h(bad).ok, bad).toBe(false);
  });

  test('round-trips with to12h and never throws on text', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
      const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const twelve = to12h(time);
      expect(twelve.ok && to24h(twelve.value)).toEqual({ ok: true, value: time });
    }));
    fc.assert(fc.property(fc.string(), (s) => {
      expect(typeof to12h(s).ok).toBe('boolean');
      expect(typeof to24h(s).ok).toBe('boolean');
    }));
  });
});

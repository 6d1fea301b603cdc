import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_VERSION, MAX_LINK_CHARS, assignmentId, decodeAssignment, encodeAssignment, type Assignment } from '../../../src/lib/assign/spec';
import { assignmentStatus, dueEnd, type Names } from '../../../src/lib/assign/status';
import { readReport, sealReport, type ReportBody } from '../../../src/lib/assign/report';
import { buildRoster, rosterCsv } from '../../../src/lib/assign/gradebook';

const A: Assignment = {
  v: 1,
  title: 'Week 3: calculations',
  class: 'PHT 101 — Tuesday',
  due: '2026-03-09',
  instructions: 'Finish before class. <script>alert(1)</script> stays text.',
  items: [
    { k: 'lesson', id: 'calculations/dilution' },
    { k: 'module', id: 'calculations' },
    { k: 'drill', q: 'types=dilution&level=2&seed=5&n=3' },
    { k: 'deck', id: 'sig' },
    { k: 'exam' },
    { k: 'quiz', q: 'mode=custom&areas=4.1&count=2&only=all', label: 'Calculations' },
    { k: 'fill', seed: 42, level: 2 },
  ],
};

const deflate = async (text: string): Promise<string> => {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

describe('assignment links', () => {
  it('round-trip, compactly', async () => {
    const value = await encodeAssignment(A);
    expect(value.startsWith(`${ASSIGNMENT_VERSION}.`)).toBe(true);
    expect(value).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    // deflate keeps this 7-item assignment well under its ~620-character JSON
    expect(value.length).toBeLessThan(JSON.stringify(A).length);
    expect(await decodeAssignment(value)).toEqual({ ok: true, assignment: A });
    expect(assignmentId(value)).toBe(assignmentId(value));
    expect(assignmentId(value)).not.toBe(assignmentId(`${value}x`));
  });
  it('refuse a damaged, tampered or empty link with a reason', async () => {
    const value = await encodeAssignment(A);
    const cut = await decodeAssignment(value.slice(0, value.length - 12));
    expect(cut).toEqual({ ok: false, error: expect.stringContaining('damaged') });
    expect(await decodeAssignment('hello')).toEqual({ ok: false, error: expect.stringContaining('not an RxTray assignment link') });
    expect(await decodeAssignment(null)).toEqual({ ok: false, error: 'The link holds no assignment.' });
    // valid compression of JSON that is not an assignment (a due date that is not a date)
    const bad = await deflate(JSON.stringify({ ...A, due: 'tomorrow' }));
    expect(await decodeAssignment(`1.${bad}`)).toEqual({ ok: false, error: expect.stringContaining('not a valid assignment') });
    // an item kind this version does not know
    const unknown = await deflate(JSON.stringify({ ...A, items: [{ k: 'hack', id: 'x' }] }));
    expect((await decodeAssignment(`1.${unknown}`)).ok).toBe(false);
  });
  it('refuse older and newer versions with different advice', async () => {
    const body = (await encodeAssignment(A)).slice(2);
    expect(await decodeAssignment(`2.${body}`)).toEqual({ ok: false, error: expect.stringContaining('newer RxTray') });
    expect(await decodeAssignment(`0.${body}`)).toEqual({ ok: false, error: expect.stringContaining('older link format') });
  });
  it('refuse oversized links and links that inflate too far', async () => {
    expect(await decodeAssignment(`1.${'A'.repeat(MAX_LINK_CHARS)}`)).toEqual({ ok: false, error: expect.stringContaining('too long') });
    // 200 KB of spaces compresses to a few hundred characters: refused while inflating, not after
    const bomb = await deflate(`{"v":1,"title":"x${' '.repeat(200_000)}"}`);
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeAssignment(`1.${bomb}`)).toEqual({ ok: false, error: expect.stringContaining('too large') });
    // and an assignment too big for a link is refused when built
    await expect(encodeAssignment({ ...A, instructions: Array.from({ length: 1000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('') })).rejects.toThrow(/too long/);
  });
});

describe('item status', () => {
  const names: Names = {
    lessons: new Map([['calculations/dilution', 'Dilution']]),
    modules: new Map([['calculations', { title: 'Pharmacy calculations', lessons: ['calculations/dilution', 'calculations/ratios'] }]]),
    decks: new Map([['sig', 'Sig abbreviations']]),
    drillTypes: [{ id: 'dilution', title: 'Dilution (C1V1 = C2V2)' }],
  };
  const accepted = '2026-03-01T10:00:00.000Z';
  // New York (UTC−5): the due day 9 March ends at 10 March 05:00 UTC.
  const NY = -300;
  it('ends the due day at local midnight', () => {
    expect(new Date(dueEnd('2026-03-09', NY)).toISOString()).toBe('2026-03-10T05:00:00.000Z');
  });
  it('counts work since acceptance, marks late work and leaves unfinished items open', () => {
    const rows = {
      lessons: [{ id: 'calculations/dilution', completedAt: '2026-02-20T10:00:00.000Z' }],
      drills: [
        { id: 'd0', type: 'dilution', correct: true, at: '2026-02-28T10:00:00.000Z' }, // before acceptance: not counted
        { id: 'd1', type: 'dilution', correct: true, at: '2026-03-02T10:00:00.000Z' },
        { id: 'd2', type: 'dilution', correct: false, at: '2026-03-03T10:00:00.000Z' },
        { id: 'd3', type: 'metric-conversion', correct: true, at: '2026-03-03T10:00:00.000Z' }, // another type
        { id: 'd4', type: 'dilution', correct: true, at: '2026-03-10T04:00:00.000Z' }, // 9 March 23:00 in New York: on time
      ],
      reviews: Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, cardId: i === 9 ? 'lasa:x' : 'sig:bid', rating: i === 0 ? 1 : 3, reviewedAt: `2026-03-0${(i % 5) + 2}T10:00:00.000Z` })),
      sessions: [{ id: 'e', mode: 'exam', endedAt: '2026-03-10T06:00:00.000Z', score: 71.25 }],
      answers: [
        { id: 'a1', mode: 'custom', correct: true, at: '2026-03-04T10:00:00.000Z' },
        { id: 'a2', mode: 'exam', correct: true, at: '2026-03-04T10:00:00.000Z' },
        { id: 'a3', mode: 'quick', correct: false, at: '2026-03-11T10:00:00.000Z' },
      ],
      fills: [],
    };
    const s = assignmentStatus(A, accepted, rows, names, NY);
    expect(s.map((i) => [i.label, i.done, i.late, i.detail, i.completedAt])).toEqual([
      ['Lesson: Dilution', true, false, 'complete', '2026-02-20T10:00:00.000Z'],
      ['Module: Pharmacy calculations', false, false, '1 of 2 lessons', undefined],
      ['Drills: 3 problems — Dilution (C1V1 = C2V2)', true, false, '3 of 3 problems, 2 right', '2026-03-10T04:00:00.000Z'],
      // 9 of the 10 reviews are of the sig deck
      ['Flashcards: Sig abbreviations', false, false, '9 of 10 reviews, 8 right', undefined],
      // finished an hour after the due day ended in New York
      ['Practice exam', true, true, '1 taken, best 71 %', '2026-03-10T06:00:00.000Z'],
      // the exam answer does not count; the second quiz answer came late
      ['Quiz: Calculations', true, true, '2 of 2 questions, 1 right', '2026-03-11T10:00:00.000Z'],
      ['Fill scenario (set 42, level 2)', false, false, 'not done yet', undefined],
    ]);
  });
});

describe('reports', () => {
  const body: ReportBody = {
    format: 'rxtray-assignment-report',
    v: 1,
    student: 'Ana Ruiz',
    assignment: { id: 'as-1', title: 'Week 3', class: 'PHT 101', due: '2026-03-09' },
    createdAt: '2026-03-08T10:00:00.000Z',
    items: [{ label: 'Lesson: Dilution', done: true, late: false, detail: 'complete', completedAt: '2026-03-01T10:00:00.000Z' }],
  };
  it('read back when untouched', async () => {
    const report = await sealReport(body);
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await readReport(JSON.stringify(report, null, 2))).toEqual({ ok: true, report });
  });
  it('say what is wrong with an edited, foreign, broken or oversized file', async () => {
    const report = await sealReport(body);
    const edited = JSON.stringify({ ...report, items: [{ ...report.items[0], done: true, detail: 'complete!' }] });
    expect(await readReport(edited)).toEqual({ ok: false, error: expect.stringContaining('checksum does not match') });
    expect(await readReport(JSON.stringify({ ...report, student: '' }))).toEqual({ ok: false, error: 'an RxTray report with missing or invalid fields' });
    expect(await readReport('{"hello": 1}')).toEqual({ ok: false, error: 'not an RxTray assignment report' });
    expect(await readReport('{"hel')).toEqual({ ok: false, error: 'not a JSON file' });
    expect((await readReport(' '.repeat(100_001))).ok).toBe(false);
  });
});

describe('gradebook', () => {
  const make = (student: string, createdAt: string, done: boolean[]): Promise<string> =>
    sealReport({
      format: 'rxtray-assignment-report',
      v: 1,
      student,
      assignment: { id: 'as-1', title: 'Week 3', class: 'PHT 101', due: '2026-03-09' },
      createdAt,
      items: done.map((d, i) => ({ label: `Item ${i + 1}`, done: d, late: d && i === 1, detail: d ? 'complete' : 'not yet' })),
    }).then((r) => JSON.stringify(r));

  it('builds a roster, keeps the newest report per student and lists bad files with their reason', async () => {
    const roster = await buildRoster([
      { name: 'ana-old.json', text: await make('Ana Ruiz', '2026-03-05T10:00:00.000Z', [true, false]) },
      { name: 'ana.json', text: await make('Ana Ruiz', '2026-03-08T10:00:00.000Z', [true, true]) },
      { name: 'bo.json', text: await make('=HYPERLINK("x")', '2026-03-08T10:00:00.000Z', [false, false]) },
      { name: 'notes.txt', text: 'hello' },
    ]);
    expect(roster.items).toEqual(['Item 1', 'Item 2']);
    expect(roster.rows.map((r) => [r.student, r.done, r.late, r.file])).toEqual([
      ['Ana Ruiz', 2, 1, 'ana.json'],
      ['=HYPERLINK("x")', 0, 0, 'bo.json'],
    ]);
    expect(roster.rejected).toEqual([{ file: 'notes.txt', error: 'not a JSON file' }]);
    expect(rosterCsv(roster)).toBe(
      'Student,Assignment,Exported at,Items done,Late,Item 1,Item 2\r\n' +
        'Ana Ruiz,Week 3,2026-03-08T10:00:00.000Z,2 of 2,1,done,done (late)\r\n' +
        // a name that a spreadsheet would run as a formula is written as text
        `"'=HYPERLINK(""x"")",Week 3,2026-03-08T10:00:00.000Z,0 of 2,0,incomplete,incomplete\r\n`,
    );
  });
});

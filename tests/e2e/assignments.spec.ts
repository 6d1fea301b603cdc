import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open, storedRows } from './helpers';
import { sealReport, type ReportBody } from '../../src/lib/assign/report';

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('instructor builds an assignment, a student accepts it, works, exports a report, and the gradebook reads it with others', async ({ browser }) => {
  // The whole loop across two browsers, with axe on each page: longer than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  // The instructor, in their own browser.
  const teacher = await (await browser.newContext()).newPage();
  await open(teacher, '/teach/');
  await teacher.getByRole('button', { name: 'Make the link' }).click();
  await expect(teacher.getByRole('alert')).toContainText('Give the assignment a title.');
  await expect(teacher.getByRole('alert')).toContainText('Choose at least one lesson, module or exercise.');
  await teacher.getByRole('textbox', { name: 'Title', exact: true }).fill('Week 3 <b>calculations</b>');
  await teacher.getByRole('textbox', { name: 'Class', exact: true }).fill('PHT 101');
  await teacher.getByLabel('Due date').fill('2099-12-31');
  await teacher.getByRole('textbox', { name: 'Instructions', exact: true }).fill('Do the drill before Tuesday.');
  await teacher.getByText('A drill set').click();
  await teacher.getByRole('checkbox', { name: 'IV drip rate (gtt/min)' }).check();
  await teacher.getByRole('combobox', { name: 'Problems' }).selectOption('5');
  await teacher.getByRole('combobox', { name: 'Level (1–3 or mixed)' }).selectOption('1');
  await teacher.getByText('Flashcard decks (10 reviews each)').click();
  await teacher.getByRole('checkbox', { name: 'DEA schedules' }).check();
  await teacher.getByRole('button', { name: 'Make the link' }).click();
  const link = await teacher.getByTestId('assignment-link').inputValue();
  expect(link).toMatch(/\/assignment\/\?a=1\.[A-Za-z0-9_-]+$/);
  await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' }).locator('svg')).toBeVisible();
  await expect(teacher.getByRole('heading', { name: 'Week 3 <b>calculations</b>' })).toBeVisible();
  await axe(teacher);

  // The student opens the link in another browser: a preview, then accept.
  const student = await (await browser.newContext()).newPage();
  await open(student, new URL(link).pathname + new URL(link).search);
  const preview = student.getByTestId('preview');
  await expect(preview.getByRole('heading', { name: 'Week 3 <b>calculations</b>' })).toBeVisible();
  await expect(preview).toContainText('Drills: 5 problems — IV drip rate (gtt/min)');
  await expect(preview).toContainText('Flashcards: DEA schedules');
  await axe(student);
  await preview.getByRole('button', { name: 'Accept assignment' }).click();
  await expect(student.getByRole('status').filter({ hasText: 'Assignment added.' })).toBeVisible();
  const held = student.getByTestId('held-assignment');
  await expect(held).toContainText('0 of 2 done');

  // The work: the drill set from the assignment, every problem answered right.
  await held.getByRole('link', { name: /^Drills:/ }).click();
  for (let n = 1; n <= 5; n += 1) {
    await expect(student.getByText(`Problem ${n} of 5`)).toBeVisible();
    const question = (await student.locator('#drill-question').textContent()) ?? '';
    const [rate, factor] = [...question.matchAll(/\d+/g)].map((m) => Number(m[0]));
    await student.getByRole('textbox', { name: 'Your answer (number and unit)' }).fill(`${Math.round(((rate ?? 0) * (factor ?? 0)) / 60)} gtt/min`);
    await student.keyboard.press('Enter');
    await expect(student.locator('#drill-feedback')).toContainText('Right:');
    if (n < 5) await student.getByRole('button', { name: 'Next problem' }).click();
  }
  await expect.poll(async () => (await storedRows(student, 'drills')).length).toBe(5);

  // The dashboard shows the assignment and its status.
  await open(student, '/dashboard/');
  const onDashboard = student.getByTestId('held-assignment');
  await expect(onDashboard).toContainText('1 of 2 done');
  await expect(onDashboard.getByRole('row', { name: /^Drills:/ })).toContainText('5 of 5 problems, 5 right');
  await expect(onDashboard.getByRole('row', { name: /^Flashcards: DEA schedules/ })).toContainText('To do');

  // Export a report: a name is required.
  await open(student, '/assignment/');
  await student.getByRole('button', { name: 'Export report' }).click();
  await expect(student.getByText('Type your name first')).toBeVisible();
  await student.getByLabel('Your name (for the report)').fill('Ana Ruiz');
  const downloading = student.waitForEvent('download');
  await student.getByRole('button', { name: 'Export report' }).click();
  const download = await downloading;
  const reportPath = await download.path();
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { student: string; items: { label: string; done: boolean }[]; checksum: string };
  expect(report.student).toBe('Ana Ruiz');
  expect(report.items.map((i) => [i.label, i.done])).toEqual([
    ['Drills: 5 problems — IV drip rate (gtt/min)', true],
    ['Flashcards: DEA schedules', false],
  ]);
  await axe(student);

  // The instructor loads it with a classmate's report, an edited copy and a stray file.
  // A classmate who finished everything (sealed as RxTray seals a report), and a renamed copy that was not re-sealed.
  const { checksum: _checksum, ...body } = report as unknown as ReportBody & { checksum: string };
  const bo = await sealReport({ ...body, student: 'Bo Chen', items: body.items.map((i) => ({ ...i, done: true, completedAt: new Date().toISOString() })) });
  const renamed = { ...report, student: 'Di Fox' };
  const edited = { ...report, student: 'Cy Park', items: report.items.map((i) => ({ ...i, done: true })) };
  await open(teacher, '/teach/gradebook/');
  await teacher.getByLabel('Choose report files').setInputFiles([
    { name: 'ana.json', mimeType: 'application/json', buffer: readFileSync(reportPath) },
    { name: 'bo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bo)) },
    { name: 'cy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
  ]);
  await expect(teacher.getByTestId('grade-summary')).toContainText('2 students in the roster');
  const rejected = teacher.getByTestId('rejected');
  await expect(rejected).toContainText('cy.json: edited after it was exported');
  await expect(rejected).toContainText('notes.txt: not a JSON file');
  // Loading more files later adds to the roster; a renamed copy is refused and what was loaded stays.
  await teacher.getByLabel('Choose report files').setInputFiles([{ name: 'di.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(renamed)) }]);
  await expect(rejected).toContainText('di.json: edited after it was exported');
  await expect(teacher.getByTestId('grade-summary')).toContainText('2 students in the roster');
  const roster = teacher.getByTestId('roster');
  await expect(roster.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('1 / 2');
  await expect(roster.getByRole('row', { name: /^Ana Ruiz/ })).toContainText('Incomplete');
  await axe(teacher);

  const csvDownload = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8').trim().split('\r\n');
  expect(csv[0]).toBe('Student,Assignment,Exported at,Items done,Late,Drills: 5 problems — IV drip rate (gtt/min),Flashcards: DEA schedules');
  expect(csv[1]).toMatch(/^Ana Ruiz,Week 3 <b>calculations<\/b>,\d{4}-\d\d-\d\dT[\d:.]+Z,1 of 2,0,done,incomplete$/);
  expect(csv[2]).toMatch(/^Bo Chen,Week 3 <b>calculations<\/b>,[^,]+,2 of 2,0,done,done$/);
  expect(csv).toHaveLength(3);

  // Filter and sort: "not finished" leaves Ana only; "fewest items done" puts her first.
  await teacher.getByRole('combobox', { name: 'Show' }).selectOption('incomplete');
  await expect(roster.getByRole('row')).toHaveCount(2);
  await expect(roster.getByRole('row').nth(1)).toContainText('Ana Ruiz');
  await teacher.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await teacher.getByRole('searchbox', { name: 'Find a student' }).fill('bo');
  await expect(roster.getByRole('row')).toHaveCount(2);
  await expect(roster.getByRole('row').nth(1)).toContainText('Bo Chen');
});

test('a damaged or foreign assignment link is refused with a reason and held assignments stay', async ({ page }) => {
  await open(page, '/assignment/?a=1.this-is-not-deflate');
  await expect(page.getByTestId('link-error')).toContainText('The link is damaged');
  await expect(page.getByTestId('link-error')).toContainText('Nothing was added or changed');
  await expect(page.getByTestId('no-assignments')).toBeVisible();
  await axe(page);
  await open(page, '/assignment/?a=9.abc');
  await expect(page.getByTestId('link-error')).toContainText('newer RxTray');
  await open(page, `/assignment/?a=${'x'.repeat(2100)}`);
  await expect(page.getByTestId('link-error')).toContainText('too long');
});

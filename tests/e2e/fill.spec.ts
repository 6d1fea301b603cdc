import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';
import { findScenario, world } from './fill-world';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the current state of the page (light, and dark when asked); fails with the rule and the elements. */
async function axe(page: Page, where: string, schemes: readonly ('light' | 'dark')[] = ['light']) {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${where} (${scheme}): ${v.id} — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const step = (page: Page, name: string) => expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
const feedback = (page: Page) => page.locator('.practice-feedback');
const lisinoprilAux = world.drugs.find((d) => d.id === 'lisinopril')!.auxLabels;

test.describe('fill simulator', () => {
  // Whole fills with axe on every screen take longer than the default 30 s on a loaded machine (npm test runs 4 workers).
  test.describe.configure({ timeout: 300_000 });
  test('the guided first fill, by mouse: every screen, practice feedback, the report and the learning record (axe on each step)', async ({ page }) => {
    await open(page, '/fill/');
    await axe(page, 'setup', ['light', 'dark']);
    await page.getByRole('button', { name: 'Guided first fill' }).click();
    await step(page, 'Intake and validity');
    await expect(page.getByRole('complementary', { name: 'Guide' })).toContainText('required element');
    await expect(page.getByRole('figure', { name: 'E-prescription' })).toContainText('Lisinopril 20 mg tablet');
    await axe(page, 'intake', ['light', 'dark']);
    await page.getByRole('button', { name: 'Accept: no problems' }).click();
    await expect(feedback(page)).toContainText('The prescription is complete and valid');
    await axe(page, 'intake feedback');
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'Data entry');
    await page.getByRole('combobox', { name: 'Patient' }).selectOption({ label: 'Chen, Robert — 1949-06-03' });
    await expect(page.getByRole('region', { name: 'Patient profile' })).toContainText('No known drug allergies');
    await page.getByRole('combobox', { name: 'Prescriber' }).selectOption({ label: 'Alvarez, Elena MD — Family medicine' });
    await page.getByRole('searchbox', { name: 'Product: search by name or NDC' }).fill('93520-526');
    await page.getByRole('radio', { name: /lisinopril 20 mg tablet — 90 tablets — NDC 93520-526-90/ }).check();
    await page.getByRole('textbox', { name: 'Sig (as written)' }).fill('1 tab po daily');
    await expect(page.locator('#sig-directions')).toHaveText('Label directions: Take 1 tablet by mouth once daily');
    await page.getByRole('spinbutton', { name: 'Quantity (tablets)' }).fill('30');
    await page.getByRole('spinbutton', { name: "Days' supply" }).fill('30');
    await page.getByRole('spinbutton', { name: 'Refills' }).fill('5');
    await axe(page, 'entry');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(feedback(page)).toContainText("Right days' supply: 30.");
    await axe(page, 'entry feedback', ['light', 'dark']);
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'DUR and claim');
    await expect(page.getByText('No DUR alerts.')).toBeVisible();
    await expect(page.getByText('Paid: the plan accepted the claim.')).toBeVisible();
    await page.getByRole('radio', { name: 'Continue the fill' }).check();
    await axe(page, 'dur');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'Product selection');
    await page.getByRole('button', { name: /NDC 93520-526-90/ }).click();
    await page.getByRole('button', { name: 'Scan the bottle' }).click();
    await expect(page.getByText('Scan: NDC 93520-526-90 matches the NDC entered.')).toBeVisible();
    await axe(page, 'product', ['light', 'dark']);
    await page.getByRole('button', { name: 'Use this bottle' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'Count or measure');
    for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Add 5' }).click();
    await expect(page.getByText('On the tray: 30 tablets')).toBeVisible();
    await axe(page, 'count');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'Label');
    await expect(page.getByRole('region', { name: 'Printed label' })).toContainText('Take 1 tablet by mouth once daily');
    for (const aux of lisinoprilAux) await page.getByRole('checkbox', { name: aux }).check();
    await axe(page, 'label', ['light', 'dark']);
    await page.getByRole('button', { name: 'Print label' }).click();
    await expect(feedback(page)).toContainText('Right auxiliary labels.');
    await page.getByRole('button', { name: 'Continue' }).click();

    await step(page, 'Submit for verification');
    await page.getByRole('button', { name: 'Submit for verification' }).click();
    await expect(page.getByRole('heading', { name: 'Fill report: passed' })).toBeVisible();
    await expect(page.getByText(/^(\d+) of \1 points · no critical errors$/)).toBeVisible();
    await axe(page, 'report', ['light', 'dark']);
    await expect.poll(async () => (await storedRows(page, 'fills')).map((r) => [r['scenarioId'], r['passed'], r['outcome']])).toEqual([['guided', true, 'fill']]);
    await expect.poll(async () => (await storedRows(page, 'sessions')).filter((r) => r['mode'] === 'fill' && r['endedAt'])).toHaveLength(1);
  });

  test('a clean generated scenario in assessment mode, by keyboard only', async ({ page }) => {
    const { link, s, key } = findScenario(1, [], (x) => x.count.method === 'count' && x.rx.medium === 'electronic' && x.kind === 'new');
    const press = async (keys: string[]) => {
      for (const k of keys) await page.keyboard.press(k);
    };
    // An instructor's link in assessment mode: timed, feedback only at the end.
    await open(page, `${link}&mode=assessment`);
    await step(page, 'Intake and validity');
    await expect(page.getByText(/^Time \d+:\d\d$/)).toBeVisible();
    const focusAnd = async (locator: ReturnType<Page['getByRole']>, keys: string[]) => {
      await locator.focus();
      await press(keys);
    };
    await focusAnd(page.getByRole('button', { name: 'Accept: no problems' }), ['Enter']);
    await step(page, 'Data entry');
    await page.getByRole('combobox', { name: 'Patient' }).focus();
    await page.keyboard.type(`${s.patient.last}, ${s.patient.first}`);
    await expect(page.getByRole('region', { name: 'Patient profile' })).toContainText(s.patient.dob);
    await page.getByRole('combobox', { name: 'Prescriber' }).focus();
    await page.keyboard.type(`${s.prescriber.last}, ${s.prescriber.first}`);
    await page.getByRole('searchbox', { name: /Product/ }).focus();
    await page.keyboard.type(s.product.ndc);
    await page.keyboard.press('Tab');
    await press(['Space']);
    await expect(page.locator('#product-chosen')).toContainText(`NDC ${s.product.ndc}`);
    await page.getByRole('textbox', { name: 'Sig (as written)' }).focus();
    await page.keyboard.type(s.rx.sig);
    await press(['Tab']);
    await page.keyboard.type(String(s.rx.quantity));
    await press(['Tab']);
    await page.keyboard.type(String(key.entry.daysSupply));
    await press(['Tab']);
    await page.keyboard.type(String(key.entry.refills));
    await press(['Enter']);
    await step(page, 'DUR and claim');
    await focusAnd(page.getByRole('radio', { name: 'Continue the fill' }), ['Space', 'Enter']);
    await step(page, 'Product selection');
    const slot = s.shelf.find((x) => x.id === key.product.slotId)!;
    await focusAnd(page.getByRole('button', { name: new RegExp(`NDC ${slot.product.ndc} Lot ${slot.product.lot} `) }), ['Enter']);
    await focusAnd(page.getByRole('button', { name: 'Scan the bottle' }), ['Enter']);
    await focusAnd(page.getByRole('button', { name: 'Use this bottle' }), ['Enter']);
    await step(page, 'Count or measure');
    await page.getByRole('button', { name: 'Add 5' }).focus();
    for (let i = 0; i < Math.floor(s.rx.quantity / 5); i += 1) await press(['Enter']);
    await page.getByRole('button', { name: 'Add 1' }).focus();
    for (let i = 0; i < s.rx.quantity % 5; i += 1) await press(['Space']);
    await expect(page.getByText(`On the tray: ${s.rx.quantity} ${s.rx.quantityUnit}`)).toBeVisible();
    await focusAnd(page.getByRole('button', { name: 'Done' }), ['Enter']);
    await step(page, 'Label');
    for (const aux of key.label.auxLabels) await focusAnd(page.getByRole('checkbox', { name: aux, exact: true }), ['Space']);
    await focusAnd(page.getByRole('button', { name: 'Print label' }), ['Enter']);
    await step(page, 'Submit for verification');
    await focusAnd(page.getByRole('button', { name: 'Submit for verification' }), ['Enter']);
    await expect(page.getByRole('heading', { name: 'Fill report: passed' })).toBeVisible();
    await expect(page.getByText('no critical errors')).toBeVisible();
    await expect.poll(async () => (await storedRows(page, 'fills')).map((r) => r['mode'])).toEqual(['assessment']);
  });

  test('a planted invalid DEA number is caught at intake and the prescription is not filled, for the right reason', async ({ page }) => {
    const { link, s } = findScenario(2, ['dea']);
    await open(page, link);
    await expect(page.getByRole('figure')).toContainText(s.rx.prescriberDea!);
    await page.getByRole('checkbox', { name: 'DEA number invalid (check digit or initial)' }).check();
    await page.getByRole('button', { name: 'Flag for the pharmacist' }).click();
    await expect(feedback(page)).toContainText(`Flagged: The DEA number ${s.rx.prescriberDea} does not check out`);
    await axe(page, 'intake feedback with a flag');
    await page.getByRole('button', { name: 'Do not fill…' }).click();
    await page.getByRole('checkbox', { name: 'DEA number invalid (check digit or initial)' }).last().check();
    await page.getByRole('button', { name: 'Confirm: do not fill' }).click();
    await expect(page.getByRole('heading', { name: 'Fill report: passed' })).toBeVisible();
    await expect(page.getByText('Right reasons: dea.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Data entry/ })).toContainText('not reached');
  });

  test('"Do not fill" with the wrong reason loses the reasons point; filling it anyway is a critical error', async ({ page }) => {
    const { link } = findScenario(2, ['postdated'], (x) => x.schedule === null);
    await open(page, link);
    await page.getByRole('button', { name: 'Do not fill…' }).click();
    await page.getByRole('checkbox', { name: 'Prescription expired' }).last().check();
    await page.getByRole('button', { name: 'Confirm: do not fill' }).click();
    await expect(page.getByText('The reasons are postdated; you gave expired-rx.')).toBeVisible();
    await expect(page.getByText('Missed: The prescription is dated')).toBeVisible();
    await page.getByRole('button', { name: 'Another scenario' }).click();

    await open(page, link);
    await page.getByRole('button', { name: 'Accept: no problems' }).click();
    await expect(feedback(page).locator('.critical')).toContainText('Missed: The prescription is dated');
    await axe(page, 'critical feedback');
  });

  test('picking a look-alike from the shelf shows the critical error, and the scan catches it', async ({ page }) => {
    const { link, s, key } = findScenario(1, [], (x) => x.shelf.some((slot) => slot.role === 'look-alike') && x.count.method === 'count' && x.kind === 'new');
    const lookAlike = s.shelf.find((slot) => slot.role === 'look-alike')!;
    await open(page, link);
    await page.getByRole('button', { name: 'Accept: no problems' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('combobox', { name: 'Patient' }).selectOption(s.patient.id);
    await page.getByRole('combobox', { name: 'Prescriber' }).selectOption(s.prescriber.id);
    await page.getByRole('searchbox', { name: /Product/ }).fill(s.product.ndc);
    await page.getByRole('radio', { name: new RegExp(`NDC ${s.product.ndc}$`) }).check();
    await page.getByRole('textbox', { name: 'Sig (as written)' }).fill(s.rx.sig);
    await page.getByRole('spinbutton', { name: /Quantity/ }).fill(String(s.rx.quantity));
    await page.getByRole('spinbutton', { name: "Days' supply" }).fill(String(key.entry.daysSupply));
    await page.getByRole('spinbutton', { name: 'Refills' }).fill(String(key.entry.refills));
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Continue the fill' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: new RegExp(`NDC ${lookAlike.product.ndc} `) }).click();
    await page.getByRole('button', { name: 'Scan the bottle' }).click();
    await expect(page.getByText(`Scan: NDC ${lookAlike.product.ndc} does NOT match the NDC entered (${s.product.ndc}).`)).toBeVisible();
    await page.getByRole('button', { name: 'Use this bottle' }).click();
    const critical = feedback(page).locator('.critical');
    await expect(critical).toContainText('Critical error.');
    await expect(critical).toContainText(`you picked ${lookAlike.product.name}`);
    await expect(critical).toContainText('look-alike/sound-alike');
    await axe(page, 'product critical feedback', ['light', 'dark']);
  });

  test('check a colleague’s fill: find the seeded errors', async ({ page }) => {
    const { link, check } = findScenario(2, [], () => true, 'check');
    await open(page, link);
    await expect(page.getByRole('heading', { name: "Check a colleague's fill" })).toBeVisible();
    const labels: Record<string, string> = { patient: 'Patient', product: 'Product', quantity: 'Quantity', 'days-supply': "Days' supply", directions: 'Label directions', refills: 'Refills', 'transfer-caution': 'Transfer caution', lot: 'Lot and expiry' };
    for (const field of check!.errors) await page.getByRole('checkbox', { name: new RegExp(`^${labels[field]}:`) }).check();
    await axe(page, 'check');
    await page.getByRole('button', { name: 'Finish the check' }).click();
    await expect(page.getByRole('heading', { name: 'Check results: 8 of 8 fields judged right' })).toBeVisible();
    await axe(page, 'check results', ['light', 'dark']);
    await expect.poll(async () => (await storedRows(page, 'fills')).map((r) => [r['exercise'], r['passed']])).toEqual([['check', true]]);
  });

  test('a reload mid-scenario resumes at the same step; a shared link opens the same scenario; a tampered link says so', async ({ page, browser }) => {
    const { link, s } = findScenario(2, [], (x) => x.kind === 'new');
    await open(page, link);
    await page.getByRole('button', { name: 'Accept: no problems' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await step(page, 'Data entry');
    await expect.poll(async () => (await storedRows(page, 'sessions')).map((r) => (r['state'] as { step?: number } | undefined)?.step)).toEqual([1]);
    await page.goto('/fill/');
    await hydrated(page);
    await expect(page.getByText('Welcome back: your fill in progress was restored where you left off.')).toBeVisible();
    await step(page, 'Data entry');
    await expect(page.getByText(s.title)).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await step(page, 'Intake and validity');

    // The link of this scenario in a fresh browser opens the same prescription.
    const other = await browser.newPage();
    await other.goto(link);
    await hydrated(other);
    await expect(other.getByRole('figure')).toContainText(s.rx.sig);
    await expect(other.getByText(s.title)).toBeVisible();
    const tampered = link.replace(/seed=(\d+)/, (_m, n: string) => `seed=${Number(n) + 1}`);
    await other.goto(tampered);
    await hydrated(other);
    await expect(other.getByRole('alert')).toContainText('This scenario link has been changed');
    await expect(other.getByRole('heading', { name: 'Start a fill' })).toBeVisible();
    await other.close();
  });

  test('a ready-made scenario is chosen from the list and its link reopens it', async ({ page }) => {
    await open(page, '/fill/');
    await page.getByRole('combobox', { name: 'Ready-made scenario (optional)' }).selectOption({ label: 'Methylphenidate written with refills (Level 2 — controlled drugs and liquids)' });
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page).toHaveURL(/\?scenario=c2-methylphenidate-refills$/);
    await expect(page.getByRole('figure', { name: 'Written prescription' })).toContainText('Methylphenidate 10 mg tablet');
    await page.getByRole('checkbox', { name: "Refills beyond the schedule's limit" }).check();
    await page.getByRole('button', { name: 'Flag for the pharmacist' }).click();
    await expect(feedback(page)).toContainText('C-II prescriptions cannot be refilled');
    await expect(feedback(page)).toContainText('21 CFR 1306.12(a)');
    await open(page, '/fill/?scenario=no-such-scenario');
    await expect(page.getByRole('alert')).toContainText('"no-such-scenario" that is not in RxTray');
  });

  test('a corrupt saved fill never breaks the page', async ({ page }) => {
    await open(page, '/fill/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('rxtray');
          req.onsuccess = () => {
            const tx = req.result.transaction('sessions', 'readwrite');
            tx.objectStore('sessions').put({ id: 'fill:bad', mode: 'fill', startedAt: new Date().toISOString(), items: ['x'], state: { link: { kind: 'generated', seed: 'NaN' }, step: 99 } });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Start a fill' })).toBeVisible();
    await page.getByRole('button', { name: 'Guided first fill' }).click();
    await step(page, 'Intake and validity');
  });
});

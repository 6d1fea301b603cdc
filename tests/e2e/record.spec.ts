import { expect, test, type Page } from '@playwright/test';
import { hydrated, open, storedRows } from './helpers';

const lessonComplete = (page: Page) => page.getByRole('status').filter({ hasText: /^\W*Lesson complete$/ });

test.describe('learning record across tabs and builds', () => {
  test('two tabs writing at the same moment lose no update', async ({ context }) => {
    test.setTimeout(90_000);
    const lesson = await context.newPage();
    await open(lesson, '/learn/dispensing/labeling/');
    const cards = await context.newPage();
    await open(cards, '/flashcards/');
    await cards.getByRole('button', { name: 'Start review' }).click();

    // 20 rounds: the lesson tab toggles the lesson while the flashcards tab rates a card, clicked together.
    for (let round = 0; round < 20; round += 1) {
      await cards.getByRole('button', { name: /Show answer/ }).click();
      const toggle = lesson.getByRole('button', { name: round % 2 === 0 ? 'Mark lesson complete' : 'Mark as not complete' });
      await Promise.all([toggle.click(), cards.getByRole('button', { name: /^Easy/ }).click()]);
      await expect(lesson.getByRole('button', { name: round % 2 === 0 ? 'Mark as not complete' : 'Mark lesson complete' })).toBeVisible();
      await expect(cards.getByText(`0 due · ${19 - round} new left today`)).toBeVisible();
    }
    // One more toggle: the lesson ends complete.
    await lesson.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(lessonComplete(lesson)).toBeVisible();

    await expect.poll(async () => (await storedRows(lesson, 'reviews')).length).toBe(20);
    expect(await storedRows(lesson, 'cards')).toHaveLength(20);
    expect((await storedRows(lesson, 'lessons')).map((row) => row.id)).toEqual(['dispensing/labeling']);
    await lesson.reload();
    await hydrated(lesson);
    await expect(lessonComplete(lesson)).toBeVisible();
  });

  test('a tab of an older build stops writing when a newer build upgrades the database, and says so', async ({ context }) => {
    const old = await context.newPage();
    await open(old, '/learn/dispensing/labeling/');
    await old.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(lessonComplete(old)).toBeVisible();

    // Another tab runs a newer build: it opens the database at the next version and adds a store.
    const newer = await context.newPage();
    await open(newer, '/about/');
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('rxtray');
          request.onsuccess = () => {
            const version = request.result.version;
            request.result.close();
            const upgrade = indexedDB.open('rxtray', version + 1);
            upgrade.onupgradeneeded = () => upgrade.result.createObjectStore('future', { keyPath: 'id' });
            upgrade.onsuccess = () => {
              (window as unknown as { newerDb: IDBDatabase }).newerDb = upgrade.result;
              resolve();
            };
            upgrade.onerror = () => reject(upgrade.error);
            upgrade.onblocked = () => reject(new Error('blocked: the older tab did not close its connection'));
          };
        }),
    );

    await expect(old.getByText('RxTray was updated in another tab — reload')).toBeVisible();
    await expect(old.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Its buttons write nothing over the newer data.
    await old.getByRole('button', { name: 'Mark as not complete' }).click();
    await expect(old.getByText('RxTray was updated in another tab — reload')).toBeVisible();
    expect((await storedRows(newer, 'lessons')).map((row) => row.id)).toEqual(['dispensing/labeling']);

    // Reloading the old build's page still cannot write over the newer database.
    await old.reload();
    await hydrated(old);
    await expect(old.getByText('RxTray was updated in another tab — reload')).toBeVisible();
    await old.getByRole('button', { name: /Mark/ }).first().click();
    expect((await storedRows(newer, 'lessons')).map((row) => row.id)).toEqual(['dispensing/labeling']);
  });
});

test.describe('when storage misbehaves', () => {
  test('blocked localStorage: progress still saves (in IndexedDB) and survives a reload', async ({ page }) => {
    await page.addInitScript(() => {
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[method] = () => {
          throw new DOMException('blocked', 'SecurityError');
        };
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, '/learn/dispensing/labeling/');
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(lessonComplete(page)).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(lessonComplete(page)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('all site data blocked: the learner is told in plain words, study works in memory, and export is offered', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { get: refuse });
      for (const method of ['getItem', 'setItem', 'removeItem'] as const) Storage.prototype[method] = refuse;
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, '/flashcards/');
    await expect(page.getByRole('status').filter({ hasText: 'not letting RxTray save anything' })).toBeVisible();
    await expect(page.getByText('Check your connection')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await expect(page.getByText('0 due · 19 new left today')).toBeVisible();
    await expect(page.getByText('could not be saved')).toHaveCount(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress now' }).click();
    const file = JSON.parse(await (await downloading).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }));
    expect(file).toMatchObject({ kind: 'rxtray-record', counts: { reviews: 1, cards: 1 } });
    expect(errors).toEqual([]);
  });

  test('every write refused as quota exceeded: a plain message, no page error, what was saved stays', async ({ page }) => {
    await open(page, '/learn/dispensing/labeling/');
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(lessonComplete(page)).toBeVisible();
    await page.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
      IDBObjectStore.prototype.delete = full;
      Storage.prototype.setItem = full;
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, '/learn/dispensing/data-entry/');
    await expect(page.getByText("storage for RxTray is full")).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(page.getByText("storage for RxTray is full")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark lesson complete' })).toBeVisible();
    expect((await storedRows(page, 'lessons')).map((row) => row.id)).toEqual(['dispensing/labeling']);
    expect(errors).toEqual([]);
  });

  test('card states the scheduler would refuse never stop a session', async ({ page }) => {
    await open(page, '/flashcards/');
    const base = { due: '2026-01-01T00:00:00.000Z', elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: '2025-12-28T00:00:00.000Z' };
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('rxtray');
          request.onsuccess = () => {
            const tx = request.result.transaction('cards', 'readwrite');
            for (const row of rows) tx.objectStore('cards').put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      [
        { id: 'sig:bid', ...base, stability: 0, difficulty: 5 },
        { id: 'sig:tid', ...base, stability: 5, difficulty: 0 },
        { id: 'sig:qid', ...base, stability: 1e308, difficulty: 5 },
        { id: 'sig:qd', ...base, stability: 5, difficulty: 5, last_review: '2999-01-01T00:00:00.000Z' },
      ],
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('unreadable (4 unreadable entries)')).toBeVisible();
    // Only the sig deck: the four cards come up as new and can be rated.
    for (const deck of ['Brand → generic', 'Generic → brand', 'Generic → class', 'Generic → indication', 'DEA schedules', 'Look-alike/sound-alike pairs', 'Error-prone abbreviations']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${deck}`) }).uncheck();
    }
    await page.getByRole('button', { name: 'Start review' }).click();
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('button', { name: /Show answer/ }).click();
      await expect(page.getByRole('group', { name: 'Rate your recall' })).toBeVisible();
      await page.getByRole('button', { name: /^Easy/ }).click();
    }
    await expect(page.getByText(/0 due · 16 new left today/)).toBeVisible();
    expect(errors).toEqual([]);
  });
});

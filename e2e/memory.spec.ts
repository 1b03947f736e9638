import { expect, type Page, test } from '@playwright/test';
import { createMemory, snap } from './helpers';

const stamp = Date.now().toString(36);

// The shared CI machine can be slow to answer; these flows do many round trips each.
test.describe.configure({ timeout: 180_000 });

const entry = (page: Page, text: string | RegExp) => page.getByTestId('memory-entry').filter({ hasText: text });

test('search highlights matches; edit, pin, delete with undo', async ({ page }) => {
  await createMemory(page.request, `The owner prefers dark mode in every terminal (${stamp}).`, {
    category: 'preferences',
    tags: ['ui'],
  });
  await createMemory(page.request, `Release notes are written on Fridays by the content job (${stamp}).`, {
    category: 'process',
  });
  await createMemory(page.request, `Nightly backups go to the NAS in the basement (${stamp}).`, {
    category: 'infra',
    tags: ['backup'],
    expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  });
  await page.goto('/memory');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memory');
  await snap(page, 'memory-list');

  // Sources, categories and tags open on request; a category chip (named by its visible text) filters the list.
  await page.getByRole('button', { name: 'Sources, categories, tags' }).click();
  const processChip = page.getByRole('button', { name: /^Category process [\d,]+$/ });
  await processChip.click();
  await expect(processChip).toHaveAttribute('aria-pressed', 'true');
  await expect(entry(page, `Release notes are written on Fridays by the content job (${stamp}).`)).toBeVisible();
  await expect(entry(page, `The owner prefers dark mode in every terminal (${stamp}).`)).toHaveCount(0);
  await processChip.click();
  await expect(entry(page, `The owner prefers dark mode in every terminal (${stamp}).`)).toBeVisible();

  await page.keyboard.press('/');
  await page.keyboard.type(`dark ${stamp}`);
  await expect(page.getByTestId('memory-entry')).toHaveCount(1);
  await expect(page.getByTestId('memory-entry').locator('mark').first()).toHaveText(/dark/i);
  await snap(page, 'memory-search');

  // Inline edit, saved from the keyboard.
  const card = page.getByTestId('memory-entry').first();
  await card.getByRole('button', { name: 'Edit' }).click();
  const box = card.getByRole('textbox', { name: 'Content' });
  await box.fill(`The owner prefers dark mode in every terminal and editor (${stamp}).`);
  await snap(page, 'memory-edit');
  await box.press('Control+Enter');
  await expect(card.getByTestId('entry-content')).toContainText('terminal and editor');
  await expect(card).toContainText('v2');

  // Pin, then the Pinned chip finds it.
  await card.getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(card.getByRole('button', { name: 'Unpin' })).toBeVisible();
  await page.getByRole('button', { name: 'Pinned' }).click();
  await expect(entry(page, 'terminal and editor')).toHaveCount(1);
  await page.getByRole('button', { name: 'Pinned' }).click();

  // Delete, then undo from the toast.
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`backups ${stamp}`);
  await expect(page.getByTestId('memory-entry')).toHaveCount(1);
  // The search settles (its summary names this query) before acting on its one result; a click
  // during the re-render that follows typing can land on the list it replaces.
  await expect(page.getByText(`1 entry matching “backups ${stamp}”`)).toBeVisible();
  await page.getByTestId('memory-entry').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('memory-entry')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'moved to the trash' })).toBeVisible();
  await snap(page, 'memory-undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('memory-entry')).toHaveCount(1);
});

test('a stale edit is refused with a conflict, not overwritten', async ({ page }) => {
  const e = await createMemory(page.request, `Standups start at nine (${stamp}).`);
  await page.goto('/memory');
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`standups ${stamp}`);
  // Edit only once the search has settled: before it, the first card is the pinned entry of the
  // test above, and the list that replaces it would drop the editor with it.
  await expect(page.getByText(`1 entry matching “standups ${stamp}”`)).toBeVisible();
  const card = page.getByTestId('memory-entry').first();
  await card.getByRole('button', { name: 'Edit' }).click();
  // Someone else edits it meanwhile.
  const other = await page.request.patch(`/api/memory/${e.id}`, {
    data: { version: 1, content: `Standups start at ten (${stamp}).` },
  });
  expect(other.status()).toBe(200);
  await card.getByRole('textbox', { name: 'Content' }).fill(`Standups start at eleven (${stamp}).`);
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toContainText('changed since you loaded it');
  await snap(page, 'memory-conflict');
});

test('a proposed duplicate is merged', async ({ page }) => {
  await createMemory(page.request, `The staging server ${stamp} sits in rack four next to the router.`, {
    tags: ['infra'],
  });
  await createMemory(page.request, `The staging server ${stamp} sits in rack four, next to the router!`, {
    tags: ['hardware'],
  });
  await page.goto('/memory');
  // This test's pair by its own words: the stamp alone also matches pairs other tests leave behind
  // (memory-review.spec.ts rewords this file's dark-mode entry on purpose).
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: `staging server ${stamp}` });
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText('% alike');
  await snap(page, 'memory-duplicates');
  await pair.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(pair).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`rack ${stamp}`);
  const survivor = page.getByTestId('memory-entry');
  await expect(survivor).toHaveCount(1);
  await expect(survivor).toContainText('#infra');
  await expect(survivor).toContainText('#hardware');
  await survivor.getByRole('button', { name: 'History' }).click();
  await expect(survivor.getByTestId('history-panel')).toContainText('merge');
  await snap(page, 'memory-merged-history');
});

test('a proposed duplicate that says something different is dismissed for good', async ({ page }) => {
  await createMemory(page.request, `Team lunch ${stamp} is on Thursday at the Italian place near the station.`);
  await createMemory(page.request, `Team lunch ${stamp} is on Thursday at the Thai place near the station.`);
  await page.goto('/memory');
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: `Team lunch ${stamp}` });
  await expect(pair).toHaveCount(1);
  await snap(page, 'memory-duplicate-dismiss');
  await pair.getByRole('button', { name: 'Not a duplicate' }).click();
  await expect(pair).toHaveCount(0);
  // Remembered by the server: a fresh page (a new scan) does not propose it again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Memory');
  await expect(page.getByTestId('duplicates-panel')).not.toContainText('Loading…');
  await expect(page.getByTestId('duplicate-pair').filter({ hasText: `Team lunch ${stamp}` })).toHaveCount(0);
  const res = await page.request.get('/api/memory/duplicates?limit=500');
  expect(JSON.stringify(await res.json())).not.toContain(`Team lunch ${stamp}`);
  await snap(page, 'memory-duplicate-dismissed');
});

test('a "not a duplicate" said by mistake is undone from its toast', async ({ page }) => {
  await createMemory(page.request, `The gate code ${stamp} for the storage unit changes on the first of each month.`);
  await createMemory(page.request, `The gate code ${stamp} for the storage unit changes on the 1st of each month.`);
  await page.goto('/memory');
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: `gate code ${stamp}` });
  await expect(pair).toHaveCount(1);
  await pair.getByRole('button', { name: 'Not a duplicate' }).click();
  await expect(pair).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Marked as not a duplicate.' });
  await expect(toast).toBeVisible();
  await snap(page, 'memory-dismiss-undo', { fullPage: false });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toHaveCount(0);
  await expect(pair).toHaveCount(1);
  // The server agrees: the pair is proposed again after a reload too.
  await page.reload();
  await expect(page.getByTestId('duplicate-pair').filter({ hasText: `gate code ${stamp}` })).toHaveCount(1);
});

test('MEMORY.md and daily notes import; a malformed file is refused', async ({ page }) => {
  await page.goto('/memory');
  const input = page.getByTestId('import-input');
  await input.setInputFiles([
    {
      name: 'MEMORY.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        `# Memory\n\n## Tools ${stamp}\n\n- Uses pnpm in every repo ${stamp}\n- Prefers vitest over jest ${stamp}\n`,
      ),
    },
    {
      name: '2026-11-26.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(`# 2026-11-26\n\n- Fixed the flaky login test ${stamp}\n`),
    },
  ]);
  await expect(page.getByTestId('import-message')).toContainText('Imported: 3 new');
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`pnpm ${stamp}`);
  await expect(page.getByTestId('memory-entry')).toHaveCount(1);
  await expect(page.getByTestId('memory-entry')).toContainText('Imported from MEMORY.md');
  await input.setInputFiles([
    {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "buddy-memory", "entries": ['),
    },
  ]);
  await expect(page.getByTestId('import-message')).toContainText('not valid JSON');
  await snap(page, 'memory-import');
});

test('a word in very many entries lists them newest first and says so', async ({ page }) => {
  // More entries than the search ranks by relevance (NEWEST_FIRST_ABOVE, 5,000), each worded
  // differently so the duplicate finder has nothing to say about them.
  const words =
    'amber basil cedar delta ember fjord garnet harbor indigo juniper kestrel lantern meadow nectar orchid pebble'.split(
      ' ',
    );
  const at = (i: number) => new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString();
  const entries = Array.from({ length: 5_001 }, (_, i) => ({
    id: `many-${stamp}-${i}`,
    content: `Watchlist ${stamp} item ${i}: ${words[i % 16]} ${words[Math.floor(i / 16) % 16]} ${words[Math.floor(i / 256) % 16]}.`,
    category: 'daily',
    tags: [],
    pinned: false,
    status: 'active',
    sourceKind: 'import',
    sourceId: null,
    createdBy: 'import',
    expiresAt: null,
    deletedAt: null,
    mergedIntoId: null,
    version: 1,
    createdAt: at(i),
    updatedAt: at(i),
    provenances: [],
    versions: [],
  }));
  const imported = await page.request.post('/api/memory/import', {
    data: { format: 'buddy-memory', version: 1, entries },
  });
  expect(imported.status()).toBe(200);

  await page.goto('/memory');
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`watchlist ${stamp}`);
  await expect(page.getByTestId('newest-first')).toHaveText(
    'More than 5,000 entries match, so they are listed newest first. Add a word to rank them by relevance.',
  );
  await expect(page.getByTestId('memory-entry').first()).toContainText(`item 5000:`);
  await expect(page.getByTestId('memory-entry').first().locator('mark').first()).toHaveText(/watchlist/i);
  await snap(page, 'memory-newest-first', { fullPage: false });

  // Twenty at a time: Show more brings the next twenty, in the same order.
  await expect(page.getByTestId('memory-entry')).toHaveCount(20);
  await expect(page.getByTestId('result-count')).toContainText('20+ entries');
  await page.getByTestId('show-more').click();
  await expect(page.getByTestId('memory-entry')).toHaveCount(40);
  await expect(page.getByTestId('memory-entry').nth(20)).toContainText('item 4980:');

  // One more word narrows it below the threshold: ranked by relevance again, no note.
  await page.getByRole('searchbox', { name: 'Search memory' }).fill(`watchlist ${stamp} kestrel`);
  await expect(page.getByText(/matching “watchlist .* kestrel”/)).toBeVisible();
  await expect(page.getByTestId('newest-first')).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { openPalette, shortcutsReady } from './helpers';

/** `g` then a letter moves between pages from anywhere, but never while the owner is typing. */
test('g then a letter goes to a page; typing in a field does not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/today');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shortcutsReady(page);
  const h1 = page.getByRole('heading', { level: 1 });
  for (const [letter, path, heading] of [
    ['s', '/staging', 'Staging'],
    ['j', '/jobs', 'Jobs'],
    ['m', '/memory', 'Memory'],
    ['t', '/today', /^Good (night|morning|afternoon|evening)$/],
  ] as const) {
    await page.keyboard.press('g');
    await page.keyboard.press(letter);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(h1).toHaveText(heading);
  }
  // A lone letter does nothing; g then an unbound letter stays put.
  await page.keyboard.press('s');
  await page.keyboard.press('g');
  await page.keyboard.press('z');
  await expect(page).toHaveURL(/\/today$/);

  // In a text field, g and s are just letters.
  await page.goto('/memory');
  const search = page.getByRole('searchbox', { name: 'Search memory' });
  await search.click();
  await page.keyboard.type('gs');
  await expect(search).toHaveValue('gs');
  await expect(page).toHaveURL(/\/memory/);
});

/** The palette finds content, not only commands: a pending item by title and a memory entry by its words. */
test('the command palette searches staged items and memory entries and opens them', async ({ page }) => {
  const word = `quokka${Date.now().toString(36)}`;
  const staged = await page.request.post('/api/staging', {
    data: { kind: 'code-review', title: `Review the ${word} exporter`, summary: 'Made overnight.' },
  });
  expect(staged.status(), await staged.text()).toBe(201);
  const { id } = (await staged.json()) as { id: string };
  const memory = await page.request.post('/api/memory', {
    data: { content: `The ${word} exporter writes its files to the archive bucket every night.`, category: 'fact' },
  });
  expect(memory.status(), await memory.text()).toBe(201);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/today');
  await openPalette(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Type a command or search' });
  await input.fill(word);
  const stagedHit = palette.getByRole('option', { name: new RegExp(`Review the ${word} exporter`) });
  const memoryHit = palette.getByRole('option', { name: new RegExp(`The ${word} exporter writes its files`) });
  await expect(stagedHit).toBeVisible();
  await expect(memoryHit).toBeVisible();
  await expect(palette.getByText('Waiting for review', { exact: true })).toBeVisible();
  await expect(palette.getByText('Memory', { exact: true })).toBeVisible();

  // The staged hit opens the queue focused on that item.
  await stagedHit.click();
  await expect(page).toHaveURL(new RegExp(`/staging\\?item=${id}$`));
  await expect(page.getByRole('heading', { name: `Review the ${word} exporter` })).toBeVisible();

  // The memory hit opens Memory searching for those words.
  await openPalette(page);
  await input.fill(word);
  await memoryHit.click();
  await expect(page).toHaveURL(new RegExp(`/memory\\?q=${word}$`));
  // In the list of entries (the duplicates panel may show it too, beside an entry another run left).
  await expect(
    page
      .getByTestId('entry-content')
      .filter({ hasText: `The ${word} exporter writes its files to the archive bucket` }),
  ).toBeVisible();
});

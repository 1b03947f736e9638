import { expect, test } from '@playwright/test';
import { createMemory, snap, stageItem } from './helpers';

/**
 * Memory that catches rewording and contradiction (issue 17, item 7): the page's panel, the
 * composer's inline warning, and a memory proposal reviewed in staging with its approval choices.
 */
const stamp = Date.now().toString(36);
test.describe.configure({ timeout: 180_000 });

test('a pinned entry and a newer one that says otherwise are a possible contradiction; replace keeps the pin', async ({
  page,
}) => {
  const pinned = await createMemory(page.request, `Postgres on ${stamp}host listens on port 5432`, { pinned: true });
  await createMemory(page.request, `Postgres on ${stamp}host moved to 5433`);
  await page.goto('/memory');
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: `${stamp}host` });
  await expect(pair).toHaveAttribute('data-kind', 'contradiction');
  await expect(pair).toContainText('Possible contradiction: 5432 vs 5433');
  await expect(pair).toContainText('Pinned');
  await snap(page, 'memory-contradiction');
  await pair.getByRole('button', { name: 'Replace with the other' }).click();
  await expect(pair).toHaveCount(0);
  const entry = (await (await page.request.get(`/api/memory/${pinned.id}`)).json()) as {
    entry: { content: string; pinned: boolean };
  };
  expect(entry.entry).toMatchObject({ content: `Postgres on ${stamp}host moved to 5433`, pinned: true });
});

test('adding an entry warns inline about the entry it repeats in other words', async ({ page }) => {
  await createMemory(page.request, `The owner prefers dark mode in every ${stamp} editor.`);
  await page.goto('/memory');
  const box = page.getByRole('textbox', { name: 'New memory' });
  await box.fill(`Owner likes dark mode in ${stamp} editors`);
  const warning = page.getByTestId('related-warning');
  await expect(warning).toContainText('Memory may already hold this');
  await expect(warning).toContainText(`The owner prefers dark mode in every ${stamp} editor.`);
  await snap(page, 'memory-composer-warning', { fullPage: false });
  await box.fill(`The ${stamp} coffee machine is descaled on Fridays`);
  await expect(warning).toHaveCount(0);
});

test('a memory proposal in staging shows the entry it contradicts; replace approves it', async ({ page }) => {
  const pinned = await createMemory(page.request, `The ${stamp} sandbox API listens on port 9500`, { pinned: true });
  const content = `The ${stamp} sandbox API now runs on port 9600`;
  const { id } = await stageItem(page.request, {
    kind: 'memory-proposal',
    title: `Remember: ${content}`,
    body: content,
    sourceJob: 'feedback-synthesis',
    metadata: { content, category: 'infra', tags: ['sandbox'] },
  });

  // Approving without a choice is refused with the field at fault; the item stays pending.
  const plain = await page.request.post(`/api/staging/${id}/approve`, { data: {} });
  expect(plain.status()).toBe(400);
  expect(((await plain.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('resolution');

  await page.goto('/staging');
  await page.getByTestId('queue-row').filter({ hasText: content }).click();
  const review = page.getByTestId('proposal-review');
  const related = review
    .getByTestId('related-entry')
    .filter({ hasText: `The ${stamp} sandbox API listens on port 9500` });
  await expect(related).toContainText('Contradicts (number 9500 → 9600)');
  await expect(related).toContainText('pinned');
  await snap(page, 'staging-memory-proposal');
  await related.getByRole('button', { name: 'Replace this' }).click();
  await expect(page.getByTestId('queue-row').filter({ hasText: content })).toHaveCount(0);
  const entry = (await (await page.request.get(`/api/memory/${pinned.id}`)).json()) as {
    entry: { content: string; pinned: boolean; tags: string[] };
  };
  expect(entry.entry).toMatchObject({ content, pinned: true, tags: ['sandbox'] });
});

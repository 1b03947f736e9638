import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { E2E_WORKSPACE, snap, stageItem } from './helpers';

const workspace = E2E_WORKSPACE;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const APP_BEFORE = 'export function retry(fn) {\n  return fn();\n}\n\nexport const attempts = 1;\n';
const APP_AFTER =
  'export async function retry(fn, attempts = 3) {\n  for (let i = 1; ; i++) {\n    try {\n      return await fn();\n    } catch (error) {\n      if (i >= attempts) throw error;\n    }\n  }\n}\n\nexport const attempts = 3;\n';

const stage = (api: APIRequestContext, item: Record<string, unknown>) =>
  stageItem(api, { summary: 'Made overnight.', sourceJob: 'deep-code-analysis', ...item });

async function clearQueue(api: APIRequestContext) {
  const { items } = await (await api.get('/api/staging?status=pending&limit=200')).json();
  if (items.length)
    await api.post('/api/staging/bulk', {
      data: { action: 'reject', ids: items.map((i: { id: string }) => i.id), reason: 'e2e reset' },
    });
}

const rows = (page: Page) => page.getByTestId('queue-row');
const focusedTitle = (page: Page) => page.locator('[data-testid=queue-row][aria-current=true]');

test('the morning triage: ten items by keyboard, a conflict refused, a new item arrives live', async ({ page }) => {
  // Many steps and eight full-page screenshots on a shared two-core machine.
  test.setTimeout(240_000);
  const api = page.request;
  await clearQueue(api);
  mkdirSync(path.join(workspace, '_active'), { recursive: true });
  writeFileSync(path.join(workspace, '_active/app.ts'), APP_BEFORE);
  writeFileSync(path.join(workspace, '_active/CLAUDE.md'), '# Rules\n\nEdited by hand this morning.\n');

  await stage(api, {
    kind: 'claude-md',
    title: 'Stale CLAUDE.md proposal',
    body: 'Adds a rule.',
    files: [{ targetPath: '_active/CLAUDE.md', content: '# Rules\n\nNew rule.\n', baseHash: sha('# Rules\n') }],
  });
  await stage(api, {
    kind: 'code-review',
    title: 'Tighten retry in app.ts',
    body: 'Retries **three** times.',
    files: [{ targetPath: '_active/app.ts', content: APP_AFTER, baseHash: sha(APP_BEFORE) }],
  });
  await stage(api, {
    kind: 'blog-post',
    title: 'Markdown with a script',
    body: '# Draft\n\n<script>window.__xss = 1</script>\n\n<img src=x onerror="window.__xss = 2">\n\n[click me](javascript:window.__xss=3) and [docs](https://example.com/docs)\n\n- a list item',
  });
  for (let i = 1; i <= 7; i++)
    await stage(api, { kind: i % 2 ? 'social-batch' : 'feature-proposal', title: `Batch item ${i}` });

  await page.goto('/staging');
  await expect(rows(page)).toHaveCount(10);
  await expect(focusedTitle(page)).toContainText('Batch item 7');
  await snap(page, 'staging-queue');

  // a: approve the focused item; for a few seconds u takes it back and nothing was decided.
  await page.keyboard.press('a');
  await expect(page.getByTestId('undo-bar')).toContainText('Approved 1 item');
  await expect(rows(page)).toHaveCount(9);
  await snap(page, 'staging-undo');
  await page.keyboard.press('u');
  await expect(rows(page)).toHaveCount(10);
  await expect(page.getByTestId('undo-bar')).toHaveCount(0);
  const seventh = (await (await api.get('/api/staging?status=pending&limit=200')).json()).items.find(
    (i: { title: string }) => i.title === 'Batch item 7',
  );
  expect(seventh?.status).toBe('pending');
  await expect(focusedTitle(page)).toContainText('Batch item 7');
  await page.keyboard.press('a');
  await expect(page.getByTestId('triage-message')).toHaveText('Approved 1 item.');
  await expect(rows(page)).toHaveCount(9);

  // r: reject with a reason typed in the dialog.
  await expect(focusedTitle(page)).toContainText('Batch item 6');
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: 'Reject this item' })).toBeVisible();
  await page.getByLabel('Reason').fill('Wrong tone for the project blog');
  await snap(page, 'staging-reject-dialog');
  await page.getByLabel('Reason').press('Enter');
  await expect(page.getByTestId('triage-message')).toHaveText('Rejected 1 item.');
  await expect(rows(page)).toHaveCount(8);

  // x + j: select three, a approves them together.
  for (const key of ['x', 'j', 'x', 'j', 'x']) await page.keyboard.press(key);
  await expect(page.getByTestId('selection-count')).toContainText('3 selected');
  await page.keyboard.press('a');
  await expect(page.getByTestId('triage-message')).toHaveText('Approved 3 items.');
  await expect(rows(page)).toHaveCount(5);

  // Bulk reject with a one-click reason.
  for (const key of ['k', 'k', 'k', 'k', 'x', 'j', 'x']) await page.keyboard.press(key);
  await expect(page.getByTestId('selection-count')).toContainText('2 selected');
  await page.keyboard.press('r');
  await page.getByRole('dialog', { name: 'Reject 2 items' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('triage-message')).toHaveText('Rejected 2 items.');
  await expect(rows(page)).toHaveCount(3);

  // Untrusted markdown renders as text: no script runs, no javascript: link survives.
  await page.keyboard.press('k');
  await expect(focusedTitle(page)).toContainText('Markdown with a script');
  const markdown = page.getByTestId('staged-markdown');
  await expect(markdown.getByRole('heading', { name: 'Draft' })).toBeVisible();
  await expect(markdown.locator('script, img')).toHaveCount(0);
  await expect(markdown.getByText('click me')).toBeVisible();
  await expect(markdown.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(markdown.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://example.com/docs');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await snap(page, 'staging-markdown');
  await page.keyboard.press('r');
  await page.getByRole('dialog').getByRole('button', { name: 'Not useful' }).click();
  await expect(rows(page)).toHaveCount(2);

  // The proposed file as a diff against the workspace, side by side and unified; approving writes it.
  await expect(focusedTitle(page)).toContainText('Tighten retry in app.ts');
  const diff = page.getByTestId('file-diff');
  await expect(diff).toContainText('_active/app.ts');
  await expect(diff.locator('.hljs-keyword').first()).toBeVisible();
  await snap(page, 'staging-diff-split');
  await page.getByRole('button', { name: 'Unified' }).click();
  await snap(page, 'staging-diff-unified');
  await page.keyboard.press('a');
  await expect(page.getByTestId('triage-message')).toHaveText('Approved 1 item.');
  expect(readFileSync(path.join(workspace, '_active/app.ts'), 'utf8')).toBe(APP_AFTER);

  // The stale proposal: warned about, Approve is off with the reason, and `a` decides nothing.
  await expect(focusedTitle(page)).toContainText('Stale CLAUDE.md proposal');
  await expect(page.getByTestId('file-warning')).toContainText('changed since the job read it');
  await expect(page.getByRole('button', { name: /^Approve/ })).toBeDisabled();
  await expect(page.getByTestId('approve-blocked')).toContainText('_active/CLAUDE.md changed since the job read it');
  await page.keyboard.press('a');
  await expect(page.getByTestId('triage-message')).toContainText('Not approved: _active/CLAUDE.md changed');
  await expect(rows(page)).toHaveCount(1);
  await snap(page, 'staging-approve-blocked');
  expect(readFileSync(path.join(workspace, '_active/CLAUDE.md'), 'utf8')).toContain('Edited by hand');
  await page.keyboard.press('r');
  await page.getByRole('dialog').getByRole('button', { name: 'Not useful' }).click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  // The rejection reason is kept with the item.
  const rejected = await (await api.get('/api/staging?status=rejected&limit=200')).json();
  expect(rejected.items.map((i: { title: string; decisionNote: string }) => [i.title, i.decisionNote])).toContainEqual([
    'Batch item 6',
    'Wrong tone for the project blog',
  ]);

  // A new item made by a job while the page is open appears without reload.
  await page.getByRole('button', { name: /^pending/ }).click();
  await expect(page.getByTestId('queue-empty')).toBeVisible();
  await stage(api, { kind: 'drift-report', title: 'Drift: gateway port differs' });
  await expect(focusedTitle(page)).toContainText('Drift: gateway port differs');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard triage' })).toBeVisible();
  await snap(page, 'staging-help');
});

test('bad input through the API is refused with clear messages', async ({ page }) => {
  const api = page.request;
  const traversal = await api.post('/api/staging', {
    data: { kind: 'test-file', title: 'x', files: [{ targetPath: '../../etc/passwd', content: 'x' }] },
  });
  expect(traversal.status()).toBe(400);
  const unknown = await api.post('/api/staging', { data: { kind: 'horoscope', title: 'x' } });
  expect((await unknown.json()).errors.kind).toBeDefined();
  const governance = await stage(api, {
    kind: 'architecture-change',
    title: 'Edit policy',
    files: [{ targetPath: '_governance/policy.yaml', content: 'x', baseHash: null }],
  });
  const refused = await api.post(`/api/staging/${governance.id}/approve`, { data: {} });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).detail).toMatch(/_governance is human-only/);
  const again = await api.post(`/api/staging/${governance.id}/approve`, { data: {} });
  expect((await again.json()).detail).toMatch(/already conflict/);
});

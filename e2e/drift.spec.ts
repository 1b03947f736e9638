import { mkdirSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_WORKSPACE, snap } from './helpers';

/**
 * The Drift page against the real (fresh) environment the E2E app runs in: the repo's architecture
 * page declares containers, jobs and folders this test environment does not have, so there is drift.
 * Rejecting keeps it open; new drift (an undeclared workspace layer) approved as "the documentation is
 * wrong" proposes an architecture change: the page and a changelog entry under the next version, shown
 * in staging before either decision.
 */
const workspace = E2E_WORKSPACE;
const extraLayer = `${workspace}/_scratch`;

test.afterAll(() => rmSync(extraLayer, { recursive: true, force: true }));

test('check now, reject (drift stays open), then approve (a documentation change is proposed)', async ({ page }) => {
  test.setTimeout(180_000); // several real checks (Docker, Redis, folders) on a shared 2-core machine
  await page.goto('/drift');
  await expect(page.getByRole('heading', { name: 'Drift', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByTestId('check-result')).toContainText('staged for review');
  await expect(page.getByTestId('drift-group').first()).toBeVisible();
  await expect(page.getByTestId('drift-report')).toHaveCount(1);
  await snap(page, 'drift-after-check');

  // Reject: "the environment is wrong". The drift stays open and is not reported again.
  await page.getByRole('button', { name: 'Environment is wrong' }).click();
  await expect(page.getByTestId('drift-report').first()).toContainText('rejected');
  await expect(page.getByText('report rejected').first()).toBeVisible();
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByTestId('check-result')).toContainText('already reported');
  const current = await (await page.request.get('/api/drift')).json();
  expect(current.summary.open).toBeGreaterThan(0);

  // New drift: a workspace layer the document does not declare.
  mkdirSync(extraLayer, { recursive: true });
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByTestId('check-result')).toContainText('1 new drift item(s) staged');
  await expect(page.getByText('workspace._scratch')).toBeVisible();

  // Before deciding, the report in staging says what approving it will propose: the next version and the changelog entry.
  const pending = (await (await page.request.get('/api/drift/history')).json()).reports.find(
    (r: { status: string }) => r.status === 'pending',
  );
  await page.goto(`/staging?kind=drift-report&item=${pending.stagedItemId}`);
  await expect(page.getByTestId('item-detail')).toContainText(
    'the architecture page at v1.9 and this changelog entry:',
  );
  await expect(page.getByTestId('item-detail')).toContainText('Added workspace layer _scratch.');
  await snap(page, 'drift-report-in-staging');
  await page.goto('/drift');

  await page.getByRole('button', { name: 'Documentation is wrong' }).click();
  await expect(page.getByTestId('architecture-change')).toContainText('pending');

  const history = await (await page.request.get('/api/drift/history')).json();
  const approved = history.reports.find((r: { status: string }) => r.status === 'approved');
  expect(approved.changeItemId).toEqual(expect.any(String));

  // What approval produced, in staging: the changelog entry to insert and the block's diff, under the next version.
  // (Not approved here: that would write the repository's own governance/ files.)
  await page.goto(`/staging?kind=architecture-change&item=${approved.changeItemId}`);
  const change = page.getByTestId('item-detail');
  await expect(change).toContainText('Update the architecture page and changelog to v1.9');
  await expect(change).toContainText('governance/CHANGELOG.md');
  await expect(change).toContainText('- Added workspace layer `_scratch`.');
  await expect(change).toContainText('+version: v1.9');
  await snap(page, 'drift-architecture-change-in-staging');
  await page.goto('/drift');
  expect(history.reports.find((r: { status: string }) => r.status === 'rejected')).toBeTruthy();
  await expect(page.getByTestId('ignore-rule').first()).toBeVisible();
  await snap(page, 'drift-decided');

  // Bad input: an unknown decision is refused with a field error.
  const bad = await page.request.post(`/api/drift/reports/${approved.stagedItemId}/decision`, {
    data: { decision: 'maybe' },
  });
  expect(bad.status()).toBe(400);
});

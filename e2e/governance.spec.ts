import { expect, test } from '@playwright/test';
import { snap } from './helpers';

test('issue a grant, see its use in the audit log, re-authorize and revoke', async ({ page, playwright, baseURL }) => {
  // Many steps on a shared 2-core machine: the default 60 s budget is for one page, not this flow.
  test.setTimeout(240_000);
  const subject = `e2e-agent-${Date.now().toString(36)}`;
  await page.goto('/governance');
  await expect(page.getByRole('heading', { name: 'Governance' })).toBeVisible();

  // A bad request is explained, and nothing is lost.
  await page.getByLabel('Name').fill(subject);
  await page.getByRole('button', { name: 'Issue grant' }).click();
  await expect(page.getByText('choose at least one scope')).toBeVisible();

  await page.getByLabel('staging:write').check();
  await page.getByLabel('memory:read').check();
  await page.getByLabel('Resource patterns (optional, space separated globs)').fill('_active/**');
  await page.getByRole('button', { name: 'Issue grant' }).click();
  const token = (await page.getByTestId('grant-token').textContent())?.trim() ?? '';
  expect(token).toMatch(/^bdy_/);
  await snap(page, 'governance-grant-issued');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('grant-token')).toHaveCount(0);

  // The agent uses its token (no cookie): one allowed call, one refused call.
  const agent = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const allowed = await agent.post('/api/governance/check-path', {
    headers: { authorization: `Bearer ${token}` },
    data: { path: '_active/shop/app.ts' },
  });
  expect(allowed.status()).toBe(200);
  const refused = await agent.post('/api/governance/check-path', {
    headers: { authorization: `Bearer ${token}` },
    data: { path: '_governance/policy.md' },
  });
  expect(refused.status()).toBe(403);

  await page.goto('/governance/audit');
  await page.getByLabel('Actor').fill(`agent:${subject}`);
  await expect(page.getByTestId('audit-row').filter({ hasText: 'grants.use' })).toHaveCount(1);
  await expect(page.getByTestId('audit-row').filter({ hasText: 'grants.deny' })).toHaveCount(1);
  await expect(page.getByText('chain intact')).toBeVisible();
  await snap(page, 'governance-audit-log');

  // Re-authorize: the unused scope is pointed out and can be dropped.
  await page.goto('/governance');
  const row = page.getByTestId(`grant-${subject}`).filter({ hasText: 'active' }).first();
  await row.getByRole('button', { name: 'Re-authorize' }).click();
  await expect(row.getByText('Never used: memory:read')).toBeVisible();
  await snap(page, 'governance-reauthorize');
  await row.getByRole('checkbox', { name: 'memory:read' }).uncheck();
  await row.getByRole('button', { name: 'Issue 90-day grant' }).click();
  const renewed = (await page.getByTestId('grant-token').textContent())?.trim() ?? '';
  expect(renewed).not.toBe(token);
  await page.getByRole('button', { name: 'Done' }).click();
  const old = await agent.post('/api/governance/check-path', {
    headers: { authorization: `Bearer ${token}` },
    data: { path: '_active/a.ts' },
  });
  expect(old.status()).toBe(401);

  // Revoke the new grant with a reason.
  const live = page.getByTestId(`grant-${subject}`).filter({ has: page.getByRole('button', { name: 'Revoke' }) });
  await live.getByRole('button', { name: 'Revoke' }).click();
  await live.getByLabel('Reason for revoking').fill('e2e finished');
  await live.getByRole('button', { name: 'Confirm revoke' }).click();
  await expect(page.getByText('e2e finished')).toBeVisible();
  const after = await agent.post('/api/governance/check-path', {
    headers: { authorization: `Bearer ${renewed}` },
    data: { path: '_active/a.ts' },
  });
  expect(after.status()).toBe(401);
  await snap(page, 'governance-grants');

  await page.goto('/governance/secrets');
  await expect(page.getByRole('heading', { name: 'Encrypted secrets' })).toBeVisible();
  await snap(page, 'governance-secrets');
  await page.goto('/governance/layers');
  await expect(page.getByRole('heading', { name: 'Workspace layers' })).toBeVisible();
  await expect(page.getByText('_experiments', { exact: true })).toBeVisible();
  await snap(page, 'governance-layers');
  await agent.dispose();
});

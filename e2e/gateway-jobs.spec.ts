import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { snap } from './helpers';

/**
 * The gateway's cron-circuit-breaker plugin reports with an agent grant (scope jobs:report), exactly
 * as it would from the gateway container; the owner sees the gateway jobs on the Jobs page, live.
 */
test('gateway cron jobs reported by the breaker plugin appear on the Jobs page, live', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  const issued = await page.request.post('/api/governance/grants', {
    data: { subjectKind: 'agent', subject: 'openclaw-gateway', scopes: ['jobs:report'], note: 'e2e breaker' },
  });
  expect(issued.status()).toBe(201);
  const { token } = (await issued.json()) as { token: string };
  // The plugin's own HTTP client: no session cookie, only the bearer token.
  const gateway = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const report = (jobId: string, body: Record<string, unknown>) =>
    gateway.post(`/api/jobs/gateway/${jobId}/circuit`, {
      headers: { authorization: `Bearer ${token}` },
      data: {
        consecutiveFailures: 0,
        threshold: 3,
        lastError: null,
        source: 'openclaw-gateway',
        changedAt: new Date().toISOString(),
        ...body,
      },
    });

  expect(
    (
      await report('newsletter-send', {
        state: 'open',
        consecutiveFailures: 3,
        lastError: 'SMTP 421: too many connections',
        changedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await report('inbox-sweep', { state: 'closed', changedAt: new Date(Date.now() - 3 * 3600_000).toISOString() })
    ).status(),
  ).toBe(200);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/jobs');
  const section = page.getByRole('region', { name: 'Gateway jobs' });
  await expect(section.getByRole('heading', { name: 'Gateway jobs' })).toBeVisible();
  const open = section.getByTestId('gateway-job-newsletter-send');
  await expect(open).toHaveAttribute('data-circuit', 'open');
  await expect(open).toContainText('circuit open');
  await expect(open).toContainText('3/3');
  await expect(open).toContainText('SMTP 421: too many connections');
  await expect(open).toContainText('20 minutes ago');
  await expect(section.getByTestId('gateway-job-inbox-sweep')).toContainText('closed');
  // Tripped breakers first.
  await expect(section.locator('tbody tr').first()).toHaveAttribute('data-testid', 'gateway-job-newsletter-send');
  await section.scrollIntoViewIfNeeded();
  await snap(page, 'jobs-gateway-section');

  // The cooldown ends and the gateway half-opens the job: the page follows without a reload.
  expect(
    (
      await report('newsletter-send', {
        state: 'half-open',
        consecutiveFailures: 3,
        lastError: 'SMTP 421: too many connections',
      })
    ).status(),
  ).toBe(200);
  await expect(open).toHaveAttribute('data-circuit', 'half-open');
  await expect(open).toContainText('just now');

  // A token without the scope is refused, and nothing changes on the page.
  const reader = (await (
    await page.request.post('/api/governance/grants', {
      data: { subjectKind: 'agent', subject: 'reader', scopes: ['jobs:read'] },
    })
  ).json()) as { token: string };
  const refused = await gateway.post('/api/jobs/gateway/newsletter-send/circuit', {
    headers: { authorization: `Bearer ${reader.token}` },
    data: {
      state: 'closed',
      consecutiveFailures: 0,
      threshold: 3,
      lastError: null,
      source: 'openclaw-gateway',
      changedAt: new Date().toISOString(),
    },
  });
  expect(refused.status()).toBe(403);
  expect((await (await page.request.get('/api/jobs/gateway')).json()).jobs[0]).toMatchObject({
    jobId: 'newsletter-send',
    state: 'half-open',
  });
  await gateway.dispose();
});

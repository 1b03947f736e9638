import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { startGatewayStandIn } from './gateway-stand-in';
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
  await expect(open).toContainText('stopped after 3 failures');
  await expect(open).toContainText('SMTP 421: too many connections');
  await expect(open).toContainText('20 minutes ago');
  await expect(section.getByTestId('gateway-job-inbox-sweep')).toContainText('healthy');
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
  await expect(open).toContainText('test run allowed');
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

/**
 * The whole loop with Buddy's real breaker plugin in a stand-in gateway (playwright.config.ts points
 * BUDDY_GATEWAY_URL at E2E_PORT + 1000): three failed runs stop the job, the page shows when the
 * cooldown ends, and the owner's Re-enable makes the gateway enable the job and close the breaker.
 */
test('a stopped gateway job shows when its cooldown ends and is re-enabled from the Jobs page', async ({ page }) => {
  test.setTimeout(120_000);
  const issued = await page.request.post('/api/governance/grants', {
    data: { subjectKind: 'agent', subject: 'openclaw-gateway', scopes: ['jobs:report'], note: 'e2e stand-in' },
  });
  expect(issued.status()).toBe(201);
  const gateway = await startGatewayStandIn({
    port: Number(new URL(baseURL).port) + 1000,
    gatewayToken: 'e2e-gateway-token',
    buddyUrl: baseURL,
    buddyToken: ((await issued.json()) as { token: string }).token,
  });
  try {
    for (let i = 0; i < 3; i++)
      await gateway.fire({ action: 'finished', jobId: 'weekly-report', status: 'error', error: 'model overloaded' });
    expect(gateway.adminRpc.at(-1)).toEqual({
      method: 'cron.update',
      params: { jobId: 'weekly-report', patch: { enabled: false } },
    });

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/jobs');
    const section = page.getByRole('region', { name: 'Gateway jobs' });
    const row = section.getByTestId('gateway-job-weekly-report');
    await expect(row).toHaveAttribute('data-circuit', 'open');
    await expect(row).toContainText('stopped after 3 failures');
    await expect(row).toContainText('model overloaded');
    // 15 minutes of cooldown from the gateway's clock, as a time of day and as a distance.
    await expect(row.getByTestId('cooldown-ends')).toHaveText(/^at \d{2}:\d{2} \(in 1[45] minutes\)$/);
    // A stopped gateway job needs the owner: its section comes before Buddy's own job list.
    const firstBuddyJob = page.locator('li[data-testid^="job-"]').first();
    await expect(firstBuddyJob).toBeVisible();
    const [gatewayTop, buddyTop] = [(await section.boundingBox())?.y ?? 0, (await firstBuddyJob.boundingBox())?.y ?? 0];
    expect(gatewayTop).toBeLessThan(buddyTop);
    await snap(page, 'jobs-gateway-stopped', { fullPage: false });

    await row.getByRole('button', { name: 'Re-enable weekly-report' }).click();
    await expect(row).toHaveAttribute('data-circuit', 'closed');
    await expect(row).toContainText('healthy');
    await expect(row.getByRole('button', { name: 'Re-enable weekly-report' })).toHaveCount(0);
    expect(gateway.adminRpc.at(-1)).toEqual({
      method: 'cron.update',
      params: { jobId: 'weekly-report', patch: { enabled: true } },
    });
    // The streak starts from zero again: one more failure leaves the job running.
    await gateway.fire({ action: 'finished', jobId: 'weekly-report', status: 'error', error: 'once' });
    expect(gateway.adminRpc.filter((c) => c.params.patch.enabled === false)).toHaveLength(1);
    const audit = (await (await page.request.get('/api/governance/audit?action=jobs.gateway-reset')).json()) as {
      events?: { target: string }[];
    };
    expect(JSON.stringify(audit)).toContain('gateway:weekly-report');
  } finally {
    await gateway.close();
  }
});

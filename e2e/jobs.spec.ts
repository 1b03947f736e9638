import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type FakeProvider, startFakeProvider } from '../test/providers/fake-provider-server';
import { E2E_PORT, E2E_WORKSPACE, snap } from './helpers';

/**
 * The circuit breaker as the owner lives it, against the local stand-in for the OpenClaw gateway
 * (playwright.config.ts points the worker at port E2E_PORT + 1000 with BUDDY_AI_PROVIDER=gateway).
 */
const JOB = 'content-generation';
let fake: FakeProvider;

test.beforeAll(async () => {
  fake = await startFakeProvider({ port: E2E_PORT + 1000, token: 'e2e-gateway-token' });
  // The job drafts from the owner's topics, read from the workspace the worker was given.
  const workspace = path.join(E2E_WORKSPACE, '_owner');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(path.join(workspace, 'topics.md'), '- Calm mornings with agents\n');
});
test.afterAll(() => fake?.close());

test('the Jobs page shows the whole catalog', async ({ page }) => {
  await page.goto('/jobs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobs');
  await expect(page.locator('[data-testid^="job-"]')).toHaveCount(14); // 11 nightly + 3 intelligence pipelines
  await expect(page.getByTestId('job-infra-health')).toContainText('Daily at 22:00');
  await expect(page.getByTestId('job-content-generation-weekday')).toContainText('Weekdays at 06:00');
  await expect(page.getByTestId('job-staging-cleanup')).toContainText('no model');
  await expect(page.getByText('Model provider: gateway')).toBeVisible();
  await snap(page, 'jobs-catalog');
});

test('breaker: three failures open it, the owner tries once (half-open), success closes it', async ({ page }) => {
  fake.script([], '500');
  await page.goto('/jobs');
  const card = page.getByTestId(`job-${JOB}`);
  for (let i = 1; i <= 3; i++) {
    await card.getByRole('button', { name: 'Run now' }).click();
    // Live: the worker's run-finished event reaches the page over SSE; no reload.
    await expect(card).toContainText(i < 3 ? `${i} of 3 failures` : 'stopped after 3 failures', { timeout: 30_000 });
  }
  await expect(card).toHaveAttribute('data-circuit', 'open');
  await expect(card.getByTestId('attention-reason')).toContainText('Stopped after 3 failures in a row');
  // Open breakers come first on the page.
  await expect(page.locator('[data-testid^="job-"][data-circuit]').first()).toHaveAttribute('data-circuit', 'open');
  await expect(card.getByTestId('result-bars')).toHaveAttribute('aria-label', /^Last 3 runs: failed, failed, failed$/);
  await expect(card.getByRole('button', { name: 'Run now' })).toHaveCount(0);
  const requestsWhenOpen = fake.requests.length;
  const refused = await page.request.post(`/api/jobs/${JOB}/run`, { data: {} });
  expect(refused.status()).toBe(409);
  expect(fake.requests.length).toBe(requestsWhenOpen);
  // Every call carried the run's own gateway session and the model override.
  expect(fake.requests.every((r) => String(r.headers['x-openclaw-session-key']).startsWith('buddy:run:'))).toBe(true);
  expect(fake.requests[0]?.body.model).toBe('openclaw/main');
  await snap(page, 'jobs-circuit-open');

  fake.script([], 'ok');
  await card.getByRole('button', { name: 'Re-enable' }).click();
  await expect(card).toHaveAttribute('data-circuit', 'closed');
  await expect(card).toContainText('healthy');
  await card.getByRole('button', { name: 'Run now' }).click();
  await expect(card.getByTestId('result-bars')).toHaveAttribute('aria-label', /succeeded$/, { timeout: 30_000 });

  await card.getByRole('button', { name: /Content generation/ }).click();
  const runs = card.getByTestId('run-row');
  await expect(runs).toHaveCount(4);
  await expect(runs.first()).toHaveAttribute('data-status', 'succeeded');
  await expect(runs.first()).toContainText('draft:');
  await expect(card.locator('[data-testid="run-row"][data-status="failed"]')).toHaveCount(3);
  await snap(page, 'jobs-circuit-closed');
});

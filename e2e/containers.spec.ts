import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import Docker from 'dockerode';
import { snap } from './helpers';

/**
 * The Containers page against the real engine: a labelled, hardened test container created here
 * (and removed afterwards) is listed, restarted from the page, and its logs, stats and audit open.
 */
const engine = new Docker({ socketPath: '/var/run/docker.sock' });
const scope = process.env.BUDDY_DOCKER_SCOPE ?? `buddy-e2e-${randomBytes(4).toString('hex')}`;
const name = `${scope}-worker`;
const NETWORK = process.env.BUDDY_DOCKER_NETWORK ?? 'buddy-net';
let createdNetwork = false;

test.beforeAll(async () => {
  try {
    await engine.getNetwork(NETWORK).inspect();
  } catch {
    await engine.createNetwork({ Name: NETWORK, Driver: 'bridge', Labels: { 'buddy.scope': scope } });
    createdNetwork = true;
  }
  const container = await engine.createContainer({
    name,
    Image: process.env.BUDDY_TEST_BASE_IMAGE ?? 'buddy-ct-base:local',
    Cmd: [
      'sh',
      '-c',
      'echo "worker $HOSTNAME starting"; i=0; while true; do echo "tick $i"; i=$((i+1)); sleep 1; done',
    ],
    User: '65534:65534',
    Labels: { 'buddy.component': 'worker', 'buddy.scope': scope },
    HostConfig: {
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges:true'],
      Memory: 64 * 1024 * 1024,
      PidsLimit: 32,
      ReadonlyRootfs: true,
      NetworkMode: NETWORK,
      Init: true,
      // The rest of what the audit asks of a Buddy container (CIS 5.12, 5.15), so the card reads "hardened".
      CpuShares: 512,
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 },
    },
    Healthcheck: { Test: ['CMD', 'true'], Interval: 5_000_000_000, Timeout: 2_000_000_000, Retries: 3 },
  });
  await container.start();
});

test.afterAll(async () => {
  await engine
    .getContainer(name)
    .remove({ force: true })
    .catch(() => undefined);
  if (createdNetwork) {
    await engine
      .getNetwork(NETWORK)
      .remove()
      .catch(() => undefined);
  }
});

test('the Containers page lists, audits, follows and restarts a container', async ({ page }) => {
  // Stop and restart wait on the engine, which is slow on a busy shared machine.
  test.setTimeout(180_000);
  await page.goto('/containers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Containers');
  const card = page.locator(`[data-testid="container-card"][data-name="${name}"]`);
  await expect(card).toBeVisible();
  // "running", then " · starting" / " · healthy" from its health check, which the page shows beside it.
  await expect(card.getByTestId('container-state')).toHaveText(/^running/);
  await expect(card.getByText('hardened', { exact: true })).toBeVisible();
  await expect(page.getByTestId('compose-audit')).toContainText('dashboard');

  const before = await (await page.request.get(`/api/containers/${name}`)).json();
  await card.getByRole('button', { name: `Restart ${name}` }).click();
  // The button may still read "Restart" before the click's request is under way, so wait for the
  // engine's own start time to move rather than for the label.
  await expect
    .poll(async () => Date.parse((await (await page.request.get(`/api/containers/${name}`)).json()).startedAt), {
      timeout: 30_000,
    })
    .toBeGreaterThan(Date.parse(before.startedAt));
  await expect(card.getByRole('button', { name: `Restart ${name}` })).toHaveText('Restart', { timeout: 30_000 });
  await expect(card.getByTestId('container-state')).toHaveText(/^running/);

  await card.getByRole('button', { name: 'Logs' }).click();
  await expect(card.getByTestId('logs-panel')).toContainText(/tick \d+/);
  await card.getByRole('button', { name: 'Live stats' }).click();
  await expect(card.getByTestId('stats-panel')).toContainText('of 64 MiB limit');
  await expect(card.getByTestId('stats-panel')).toContainText('of 32 allowed');
  await snap(page, 'containers');

  await card.getByRole('button', { name: /Hardening/ }).click();
  await expect(card.locator('[data-check="capabilities"]')).toHaveAttribute('data-status', 'pass');
  await expect(card.locator('[data-check="capabilities"]')).toContainText('drop: ALL; add: none');

  await card.getByRole('button', { name: `Stop ${name}` }).click();
  await expect(card.getByTestId('container-state')).toHaveText(/^exited/, { timeout: 30_000 });
  await expect(card.getByRole('button', { name: `Start ${name}`, exact: true })).toBeEnabled();
  await snap(page, 'containers-stopped');
  await card.getByRole('button', { name: `Start ${name}`, exact: true }).click();
  await expect(card.getByTestId('container-state')).toHaveText(/^running/);
});

test('an unknown container is a clear 404', async ({ page }) => {
  const response = await page.request.post('/api/containers/not-a-buddy-container/restart', { data: {} });
  expect(response.status()).toBe(404);
  expect((await response.json()).detail).toBe('No Buddy container named "not-a-buddy-container".');
});

import { expect, request as playwrightRequest, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { OWNER, snap } from './helpers';

const SECTIONS = [
  'Today',
  'Staging',
  'Jobs',
  'Memory',
  'Containers',
  'Drift',
  'Governance',
  'Skills',
  'Intelligence',
  'Settings',
];

test('every section is reachable from the navigation', async ({ page }) => {
  await page.goto('/today');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of SECTIONS) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      name === 'Today' ? /Good (morning|afternoon|evening|night)/ : name,
    );
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    await snap(page, `section-${name.toLowerCase()}`);
  }
});

test('a worker checks in and the Today page updates live', async ({ page }) => {
  await page.goto('/today');
  const row = page.getByTestId('worker-row').first();
  await expect(row).toBeVisible();
  const checkIns = async () => Number((await row.textContent())?.match(/(\d+) check-ins/)?.[1]);
  const before = await checkIns();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Check in now' }).click();
  // No reload: the worker's event travels Redis -> server-sent events -> React Query. The scheduled
  // per-minute heartbeat may land in the same moments, so the count grows by at least one.
  await expect.poll(checkIns).toBeGreaterThan(before);
  await expect(page.getByTestId('workers-summary')).toContainText('alive');
  await snap(page, 'today');
});

test('the theme follows the system by default; a light or dark choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  await expect(page.locator('html')).toHaveClass(/light/);
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('radio', { name: 'Light' }).check({ force: true });
  await expect(page.locator('html')).toHaveClass(/light/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/light/);
  await snap(page, 'settings-light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).first().click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('radio', { name: 'System' }).check({ force: true });
});

test('on a phone-width screen the navigation is a menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/today');
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jobs');
  await snap(page, 'phone-jobs');
});

test.describe('without a session', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('pages send you to sign in and the API answers 401 problem+json', async ({ page }) => {
    await page.goto('/staging');
    await expect(page).toHaveURL(/\/login/);
    const api = await playwrightRequest.newContext({ baseURL });
    for (const path of ['/api/workers', '/api/events', '/api/staging', '/api/does-not-exist']) {
      const response = await api.get(path);
      expect(response.status(), path).toBe(401);
      expect(response.headers()['content-type']).toContain('application/problem+json');
      expect((await response.json()).detail).toMatch(/Sign in/);
    }
    expect((await api.post('/api/workers/heartbeat')).status()).toBe(401);
    const health = await api.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ database: { status: 'ok' }, redis: { status: 'ok' } });
    await api.dispose();
  });

  test('pages carry the security headers of next.config.ts, served from the build (scripts/start-web.mjs)', async () => {
    const api = await playwrightRequest.newContext({ baseURL });
    for (const path of ['/login', '/api/health', '/does-not-exist']) {
      const headers = (await api.get(path)).headers();
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
      expect(headers['x-powered-by'], path).toBeUndefined();
    }
    await api.dispose();
  });

  test('a forged session cookie is not a session', async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await context.addCookies([
      {
        name: 'next-auth.session-token',
        value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged',
        url: baseURL,
      },
    ]);
    const response = await context.request.get('/api/workers');
    expect(response.status()).toBe(401);
    const page = await context.newPage();
    await page.goto('/today');
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });

  test('a 2 MB login body is refused with 413 before anything is parsed', async () => {
    const api = await playwrightRequest.newContext({ baseURL });
    const response = await api.post('/api/auth/callback/credentials', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: `email=${'a'.repeat(2 * 1024 * 1024)}&password=x`,
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).detail).toMatch(/larger than the limit/);
    await api.dispose();
  });

  test('sign in: empty fields, wrong password, then the right one', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your email.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('form [role=alert]')).toHaveText('Wrong email or password.');
    await snap(page, 'login-wrong-password');
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/today$/);
  });
});

test('sign out ends the session', async ({ browser }) => {
  // Its own sign-in, so signing out does not touch the session other specs reuse.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/memory');
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});

import { expect, test } from '@playwright/test';
import { OWNER, snap } from './helpers';

// Runs once before every other spec: the first visit of a fresh install, ending signed in.
test('first run: setup creates the owner, then the owner is signed in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Buddy' })).toBeVisible();

  // Bad input first: a short password is refused with a field message and nothing is created.
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await snap(page, 'setup-error');

  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Repeat password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('navigation', { name: 'Sections' }).first()).toBeVisible();
  await page.context().storageState({ path: 'e2e/.artifacts/owner.json' });

  // Setup is closed for good once an owner exists.
  const again = await page.request.post('/api/setup', {
    data: { email: 'intruder@buddy.test', password: 'another long password' },
  });
  expect(again.status()).toBe(409);
});

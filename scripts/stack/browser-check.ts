/**
 * The owner's morning on the rehearsal stack, in Chromium: sign in with the decrypted owner password,
 * open the Containers page, wait for every container card and the compose audit, and save a screenshot;
 * then the Jobs page lists the catalog.
 *   tsx scripts/stack/browser-check.ts BASE_URL EMAIL PASSWORD_FILE SCREENSHOT
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../test/chromium';

const [base, email, passwordFile, screenshot] = process.argv.slice(2);
if (!base || !email || !passwordFile || !screenshot)
  throw new Error('usage: browser-check.ts BASE EMAIL PASSWORD_FILE PNG');
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.setDefaultTimeout(60_000);
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(readFileSync(passwordFile, 'utf8').trim());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/today/);
  console.log('signed in');
  await page.goto(`${base}/containers`);
  const cards = page.getByTestId('container-card');
  await cards.nth(6).waitFor();
  await page.getByTestId('compose-audit').waitFor();
  const count = await cards.count();
  const summary = await page.getByTestId('containers-summary').textContent();
  console.log(`containers page: ${count} cards; ${summary}`);
  await page.screenshot({ path: screenshot, fullPage: true });
  if (count !== 7) throw new Error(`expected 7 container cards, saw ${count}`);
  if (!summary?.includes('all hardened')) throw new Error(`hardening findings on the page: ${summary}`);
  await page.goto(`${base}/jobs`);
  const jobs = page.locator('[data-testid^="job-"]');
  await jobs.first().waitFor();
  console.log(`jobs page: ${await jobs.count()} jobs of the catalog`);
} finally {
  await browser.close();
}

import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const OWNER = { email: 'owner@buddy.test', password: 'correct horse battery staple' };
export const SCREENSHOTS = 'e2e/.artifacts/screenshots';

/** Full-page screenshot kept for people to look at (also uploaded as a CI artifact if wanted). */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const OWNER = { email: 'owner@buddy.test', password: 'correct horse battery staple' };
export const SCREENSHOTS = 'e2e/.artifacts/screenshots';

/** Screenshot (the full page unless told otherwise) kept for people to look at (also uploaded as a CI artifact if wanted). */
export async function snap(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true });
}

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const OWNER = { email: 'owner@buddy.test', password: 'correct horse battery staple' };
export const SCREENSHOTS = 'e2e/.artifacts/screenshots';

/** Screenshot (the full page unless told otherwise) kept for people to look at (also uploaded as a CI artifact if wanted). */
export async function snap(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: options.fullPage ?? true });
}

/** The app under test writes here (scripts/e2e-app.sh): its data folder and the workspace jobs read. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5050);
export const E2E_WORKSPACE = path.resolve(`e2e/.artifacts/data-${E2E_PORT}/workspace`);

/** A memory entry made through the API, as the owner would. */
export async function createMemory(api: APIRequestContext, content: string, extra: Record<string, unknown> = {}) {
  const res = await api.post('/api/memory', { data: { content, ...extra } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { entry: { id: string } }).entry;
}

/** A staged item made through the API, as a job would. */
export async function stageItem(api: APIRequestContext, item: Record<string, unknown>) {
  const res = await api.post('/api/staging', { data: item });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

/**
 * Opens the command palette with Ctrl+K and returns it. Pressed again until it shows: right after a
 * page load the keystroke can land before hydration attaches the shortcut, and is then lost.
 */
export async function openPalette(page: Page) {
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(async () => {
    if (!(await palette.isVisible())) await page.keyboard.press('Control+k');
    await expect(palette).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return palette;
}

/** Resolves once the page's keyboard shortcuts answer (the palette opened and closed again). */
export async function shortcutsReady(page: Page) {
  const palette = await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
}

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ROUTES } from './routes';

/**
 * WCAG AA contrast (axe-core's color-contrast rule: 4.5:1 for text, 3:1 for large text) on every
 * page in both themes, with a staged item, a failed run's badges and the briefing on screen.
 */
test.describe('text and badges meet WCAG AA contrast', () => {
  test.beforeAll(async ({ request }) => {
    await request.post('/api/staging', { data: { kind: 'code-review', title: 'Contrast check item', summary: 's' } });
    await request.post('/api/briefings');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every route in the ${scheme} theme`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const failures: string[] = [];
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.locator('h1').first()).toBeVisible();
        // Measured once the page's data is in, not on its loading placeholders.
        await expect(page.getByText('Loading…')).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
        for (const v of violations)
          for (const node of v.nodes)
            failures.push(`${route}: ${node.target.join(' ')} — ${node.any[0]?.message ?? v.help}`);
      }
      expect(failures).toEqual([]);
    });
  }
});

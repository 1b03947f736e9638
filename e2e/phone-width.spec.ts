import { expect, type Page, test } from '@playwright/test';
import { snap } from './helpers';
import { ROUTES } from './routes';

const LONG = 'A-very-long-title-without-any-spaces-that-a-job-might-produce-from-a-file-path/'.repeat(4);

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; width: number; culprit: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The widest element that sticks out names the culprit when the check fails.
    let culprit = '';
    let widest = width;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const right = el.getBoundingClientRect().right;
      if (right > widest + 1) {
        widest = right;
        culprit = `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)}`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprit };
  });
}

test.describe('at phone width (390 px) no page scrolls sideways', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test.beforeAll(async ({ request }) => {
    // Long unbroken text is what pushes a page wide: a staged item and a memory entry carry some.
    await request.post('/api/staging', {
      data: { kind: 'code-review', title: LONG, summary: LONG, body: `${LONG}\n\n\`${LONG}\`` },
    });
    await request.post('/api/memory', { data: { content: LONG, category: 'fact', tags: [] } });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`every route in the ${scheme} theme`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const route of ROUTES) {
        await page.goto(route);
        await expect(page.locator('h1').first()).toBeVisible();
        await expect(page.locator('html')).toHaveClass(new RegExp(scheme));
        if (route === '/staging') {
          // The item's body renders when it comes on screen (under the queue on a phone): bring it
          // there, so its markdown is measured too.
          const detail = page.getByTestId('item-detail');
          await detail.scrollIntoViewIfNeeded();
          await expect(detail.getByTestId('below-fold')).toHaveCount(0);
          await expect(detail.getByText('Loading…')).toHaveCount(0);
        }
        const o = await horizontalOverflow(page);
        expect(
          o.scrollWidth,
          `${route} (${scheme}) is ${o.scrollWidth}px wide; widest: ${o.culprit}`,
        ).toBeLessThanOrEqual(o.width);
        if (['/today', '/staging', '/jobs'].includes(route))
          await snap(page, `phone-${scheme}${route.replace('/', '-')}`);
      }
    });
  }
});

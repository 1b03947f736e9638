import { expect, test } from '@playwright/test';
import { snap } from './helpers';

test('Today: read the briefing, rebuild it, see its history and go to the queue', async ({ page }) => {
  test.setTimeout(120_000);
  await page.request.post('/api/staging', { data: { kind: 'code-review', title: 'Review for the briefing' } });
  await page.goto('/today');
  const headline = page.getByTestId('briefing-headline');
  // Counted from the API: the page's list may still be loading, and the worker's catch-up may have
  // built the morning's briefing already.
  const before = ((await (await page.request.get('/api/briefings')).json()) as { history: unknown[] }).history.length;
  await expect(page.getByTestId('briefing-history').locator('li')).toHaveCount(before);
  await page.getByRole('button', { name: 'Rebuild now' }).click();
  // The headline is about the night's expected runs, whatever other specs left behind: missed, failed or all well.
  await expect(headline).toContainText(/expected runs? succeeded|No job was due|^Needs you: /);
  await expect(page.getByTestId('briefing-window')).toContainText(/^The night from \w{3} \d+ \w{3}, \d\d:\d\d to /);
  await expect(page.getByTestId('briefing-history').locator('li')).toHaveCount(before + 1);
  const review = page.getByRole('region', { name: 'Waiting for review', exact: true });
  await expect(review).toContainText(/Code reviews?: \d+ pending/);
  await expect(review.getByRole('link', { name: /Code reviews?: \d+ pending/ })).toHaveAttribute(
    'href',
    '/staging?kind=code-review',
  );
  // Every expected slot is accounted for: failed, missed, skipped, ran (or "Job runs" when none was due).
  const runs = page.getByRole('region', { name: /^(Failed|Missed|Skipped|Frequent jobs|Ran|Job runs)$/ }).first();
  await expect(runs).toBeVisible();
  await expect(runs).not.toContainText('not connected');
  await expect(page.getByRole('region', { name: 'Drift', exact: true })).not.toContainText('not connected');
  await expect(page.getByTestId('worker-row').first()).toBeVisible();
  await expect(page.getByText('Database')).toBeVisible();
  await snap(page, 'today-briefing');

  await page.getByRole('button', { name: 'Rebuild now' }).click();
  await expect(page.getByTestId('briefing-history').locator('li')).toHaveCount(before + 2);
  await page.getByTestId('briefing-history').locator('li').last().getByRole('button').click();
  await expect(page.getByText('Earlier briefing')).toBeVisible();
  await snap(page, 'today-history');

  await page.getByTestId('queue-link').click();
  await expect(page).toHaveURL(/\/staging$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staging');
});

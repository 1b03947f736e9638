import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { SCREENSHOTS, snap } from './helpers';

const FIXTURES = 'lib/intelligence/sentinel/fixtures';

test.describe('intelligence', () => {
  let feedServer: Server;
  let base = '';
  test.beforeAll(async () => {
    // Feeds are served from 127.0.0.1 by the spec itself: no test touches the network.
    const rssA = readFileSync(`${FIXTURES}/rss20-relative-guid-no-link.xml`);
    const atom = readFileSync(`${FIXTURES}/atom10-spec-full-xmlbase.xml`);
    feedServer = createServer((req, res) => {
      const body = req.url === '/a.xml' ? rssA : req.url === '/b.xml' ? atom : null;
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/xml', etag: `"${req.url}"` }).end(body);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => feedServer.close(() => resolve())));

  test('models: seeded catalog, change timeline with before/after, price and context charts', async ({ page }) => {
    const manual = (input: string) => ({
      models: [
        {
          modelId: 'buddy-test-1',
          provider: 'anthropic',
          name: 'Buddy Test 1',
          inputPerMTok: input,
          outputPerMTok: '15',
          contextWindow: 200000,
        },
      ],
    });
    expect((await page.request.post('/api/intelligence/models/manual', { data: manual('3') })).status()).toBe(201);
    expect((await page.request.post('/api/intelligence/models/manual', { data: manual('2.5') })).status()).toBe(201);
    await page.goto('/intelligence/models');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Models');
    await expect(page.getByText(/Offline seed as of \d{4}-\d{2}-\d{2}/)).toBeVisible();
    const priceBars = page.getByTestId('price-chart').getByTestId('chart-bar');
    await expect(priceBars.filter({ hasText: 'Buddy Test 1' })).toContainText('$2.5 / $15');
    // The most expensive model's figures are on screen, not scrolled out of a narrow card.
    await priceBars.first().scrollIntoViewIfNeeded();
    await expect(priceBars.first().locator('span').last()).toBeInViewport();
    await expect(page.getByTestId('context-chart').getByTestId('chart-bar').first()).toContainText(/\d/);
    await page.getByRole('button', { name: /price-changed buddy-test-1/ }).click();
    const detail = page.getByTestId('change-detail');
    await expect(detail).toContainText('"inputPerMTok": "3"');
    await expect(detail).toContainText('"inputPerMTok": "2.5"');
    await snap(page, 'intelligence-models');
  });

  test('predictions: bad input is refused, scores are named, calibration and sparklines drawn', async ({ page }) => {
    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
    const made: string[] = [];
    for (const [statement, probability] of [
      ['An open-weights model tops the arena', 0.3],
      ['A frontier lab ships a 10M context model', 0.7],
      ['Price of the cheapest frontier model halves', 0.85],
      ['A new lab enters the top five', 0.2],
    ] as const) {
      const r = await page.request.post('/api/intelligence/predictions', {
        data: { statement, probability, deadline: inDays(60), tags: ['models'] },
      });
      expect(r.status()).toBe(201);
      made.push((await r.json()).id);
    }
    await page.request.post(`/api/intelligence/predictions/${made[0]}/updates`, {
      data: { probability: 0.45, reason: 'Strong benchmark results' },
    });
    await page.request.post(`/api/intelligence/predictions/${made[1]}/resolve`, { data: { outcome: 'yes' } });
    await page.request.post(`/api/intelligence/predictions/${made[2]}/resolve`, { data: { outcome: 'no' } });
    const late = await page.request.post(`/api/intelligence/predictions/${made[2]}/updates`, {
      data: { probability: 0.5, reason: 'after resolution' },
    });
    expect(late.status()).toBe(409);

    await page.goto('/intelligence/predictions');
    await page.getByLabel('Statement').fill('Certain things are not forecasts');
    await page.getByLabel('Probability %', { exact: true }).fill('100');
    await page.getByLabel('Deadline').fill('2020-01-01');
    await page.getByRole('button', { name: 'Predict' }).click();
    await expect(page.getByText(/between 0\.01 and 0\.99/)).toBeVisible();
    await expect(page.getByTestId('scores')).toContainText('Brier score');
    await expect(page.getByTestId('scores')).toContainText('Brier skill vs always 50%');
    await expect(page.getByTestId('calibration-bin')).toHaveCount(2);
    await expect(page.getByTestId('sparkline').first()).toBeVisible();
    await expect(page.getByTestId('prediction-row')).toHaveCount(4);
    await snap(page, 'intelligence-predictions');
  });

  test('news: feeds from 127.0.0.1, stories with sources, chart, digest and keyboard triage', async ({ page }) => {
    for (const path of ['/a.xml', '/b.xml']) {
      const r = await page.request.post('/api/intelligence/feeds', { data: { url: `${base}${path}` } });
      expect(r.status()).toBe(201);
      const poll = await page.request.post(`/api/intelligence/feeds/${(await r.json()).id}/poll`, { data: {} });
      expect((await poll.json()).status).toBe('ok');
    }
    expect((await page.request.post('/api/intelligence/digests', { data: {} })).status()).toBe(201);
    const bad = await page.request.post('/api/intelligence/rules', {
      data: { action: 'block', field: 'title', pattern: '(oops' },
    });
    expect(bad.status()).toBe(400);
    await page.goto('/intelligence/news');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByTestId('source-chart').getByTestId('chart-bar')).toHaveCount(2);
    await expect(page.getByTestId('feed')).toHaveCount(2);
    const stories = page.getByTestId('story');
    await expect(stories.first()).toBeVisible();
    await page.keyboard.press('j');
    await expect(stories.nth(1)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('s');
    await expect(stories.nth(1)).toHaveAttribute('data-triage', 'saved');
    await page.keyboard.press('k');
    await page.keyboard.press('m');
    await expect(stories.nth(0)).toHaveAttribute('data-triage', 'muted');
    await page.keyboard.press('?');
    await expect(page.getByTestId('keyboard-help')).toBeVisible();
    await snap(page, 'intelligence-news');
    await page.goto('/intelligence');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Intelligence');
    await snap(page, 'intelligence-overview');
  });

  test('news: block and keep rules are listed, added with readable field errors, and deleted', async ({ page }) => {
    await page.goto('/intelligence/news');
    const panel = page.getByTestId('rules');
    await expect(panel.getByText('No rules: every item is shown.')).toBeVisible();
    // A pattern that is not a regular expression is refused next to the field, in words.
    const pattern = panel.getByLabel(/^Pattern/);
    await pattern.fill('(oops');
    await panel.getByRole('button', { name: 'Add rule' }).click();
    await expect(panel.getByText('Not a valid regular expression: unterminated group.')).toBeVisible();
    await expect(pattern).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByTestId('rule')).toHaveCount(0);
    await panel.screenshot({ path: `${SCREENSHOTS}/intelligence-rules-error.png` });

    await pattern.fill('sponsored|webinar');
    await panel.getByRole('button', { name: 'Add rule' }).click();
    await expect(panel.getByTestId('rule')).toHaveCount(1);
    await expect(panel.getByTestId('rule')).toContainText('block');
    await expect(panel.getByTestId('rule')).toContainText('sponsored|webinar');
    await expect(pattern).toHaveValue('');
    await expect(pattern).not.toHaveAttribute('aria-invalid', 'true');

    // A keep rule on the author, then a date rule in a form the API does not know.
    await panel.getByLabel('Action', { exact: true }).selectOption('keep');
    await panel.getByLabel('Field', { exact: true }).selectOption('author');
    await pattern.fill('^Jane Doe$');
    await panel.getByRole('button', { name: 'Add rule' }).click();
    await expect(panel.getByTestId('rule')).toHaveCount(2);
    await panel.getByLabel('Action', { exact: true }).selectOption('block');
    await panel.getByLabel('Field', { exact: true }).selectOption('date');
    const dateRule = panel.getByLabel('Date rule');
    await dateRule.fill('yesterday');
    await panel.getByRole('button', { name: 'Add rule' }).click();
    await expect(panel.getByText('Write a date rule as older-than:30 (days) or before:2026-01-01.')).toBeVisible();
    await expect(panel.getByTestId('rule')).toHaveCount(2);
    // The page is long (every story); the panel alone is what a person needs to see here.
    await panel.screenshot({ path: `${SCREENSHOTS}/intelligence-rules.png` });

    await panel.getByRole('button', { name: 'Delete the block rule on title "sponsored|webinar"' }).click();
    await expect(panel.getByTestId('rule')).toHaveCount(1);
    await expect(panel.getByTestId('rule')).toContainText('^Jane Doe$');
    const stored = await (await page.request.get('/api/intelligence/rules')).json();
    expect(stored.rules.map((r: { pattern: string }) => r.pattern)).toEqual(['^Jane Doe$']);
    await page.reload();
    await expect(page.getByTestId('rules').getByTestId('rule')).toHaveCount(1);
  });
});

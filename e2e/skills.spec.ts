import { expect, test } from '@playwright/test';
import { openPalette, snap } from './helpers';

test('the Skills page lists, filters and renders the validated library', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/skills');
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  await expect(page.getByText('25 of 25 skills · all valid')).toBeVisible();
  const list = page.getByRole('list', { name: 'Skills' });
  await expect(list.getByRole('listitem')).toHaveCount(25);
  await expect(page.getByText('Gateway extensions')).toBeVisible();
  await expect(page.getByText('governance-enforcement@0.1.0')).toBeVisible();

  await page.getByRole('button', { name: 'video', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByText('4 of 25 skills · all valid')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search skills' }).fill('subtitles');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /video-burn-subtitles/ }).click();
  await expect(page).toHaveURL(/\/skills\?skill=video-burn-subtitles$/);

  const detail = page.getByTestId('skill-detail');
  await expect(detail.getByRole('heading', { name: 'Burn in subtitles' })).toBeVisible();
  await expect(detail.getByText('Grant scopes needed')).toBeVisible();
  await expect(detail.getByRole('list', { name: 'Grant scopes' }).getByRole('listitem')).toHaveText(['sandbox:exec']);
  await expect(detail.getByRole('heading', { name: 'Done when' })).toBeVisible();
  await expect(detail.locator('pre')).toContainText('ffmpeg -hide_banner');
  await snap(page, 'skills-page');

  await page.getByRole('searchbox', { name: 'Search skills' }).fill('no such skill at all');
  await expect(page.getByText('No skill matches these filters.')).toBeVisible();
});

test('an owner-only deploy skill shows its badge and grants', async ({ page }) => {
  await page.goto('/skills?skill=deploy-rolling-restart');
  const detail = page.getByTestId('skill-detail');
  await expect(detail.getByText('Owner-only')).toBeVisible();
  await expect(detail.getByRole('list', { name: 'Grant scopes' })).toHaveText(
    ['containers:read', 'containers:restart'].join(''),
  );
  await expect(detail.getByText('/deploy_rolling_restart')).toBeVisible();
});

test('the command palette opens with Ctrl+K, filters, and runs actions', async ({ page }) => {
  test.setTimeout(180_000); // several navigations; the shared CI machine is slow
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/today');
  await openPalette(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox', { name: 'Type a command or search' });
  await expect(input).toBeFocused();
  await expect(palette.getByRole('option', { name: /\/video_transcode/ })).toBeVisible();
  await snap(page, 'command-palette-open');
  // A modal dialog: Tab never reaches the page behind, which is inert while it is open (past the
  // dialog's last control focus goes to the browser itself, where nothing in the page has it).
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    const inPageBehind = await page.evaluate(() => {
      const at = document.activeElement;
      return at !== null && at !== document.body && at.closest('dialog') === null;
    });
    expect(inPageBehind).toBe(false);
  }
  await input.focus();

  await input.fill('drift');
  await expect(palette.getByRole('option').first()).toContainText('Check architecture drift now');
  await expect(palette.getByRole('option', { name: /\/drift_check/ })).toBeVisible();
  await snap(page, 'command-palette-filtered');
  await input.fill('go drift');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/drift$/);
  await expect(palette).toBeHidden();

  await openPalette(page);
  await input.fill('validate skills');
  await page.keyboard.press('Enter');
  await expect(palette.getByRole('status')).toHaveText('All 25 skills are valid.');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await page.getByRole('button', { name: /Search or run/ }).click();
  await input.fill('transcode');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/skills\?skill=video-transcode$/);
  await expect(page.getByTestId('skill-detail').getByRole('heading', { name: 'Transcode a video' })).toBeVisible();

  await openPalette(page);
  await input.fill('zzzz nothing');
  await expect(palette.getByText('Nothing matches “zzzz nothing”.')).toBeVisible();
});

test('palette operations call the backends and say how it went', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/today');
  const latestBriefing = async () =>
    (await (await page.request.get('/api/briefings')).json()).latest as { id: string; headline: string } | null;
  const before = await latestBriefing();
  await openPalette(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Type a command or search' });
  const status = palette.getByRole('status');

  // Rebuild the briefing: POST /api/briefings, the new headline is the answer.
  await input.fill('rebuild briefing');
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-tone', 'ok');
  await expect(status).toContainText('Briefing rebuilt: ');
  const rebuilt = await latestBriefing();
  expect(rebuilt?.id).not.toBe(before?.id);
  await expect(status).toHaveText(`Briefing rebuilt: ${rebuilt?.headline}`);
  await snap(page, 'command-palette-briefing');

  // Run a job: POST /api/jobs/:id/run queues it, and the worker really runs it.
  await input.fill('run staging cleanup');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-tone', 'ok');
  await expect(status).toContainText(/^Queued Staging cleanup \(run [0-9a-f]{8}\)/);
  await snap(page, 'command-palette-run-job');
  await expect
    .poll(
      async () => (await (await page.request.get('/api/jobs/staging-cleanup/runs?limit=1')).json()).runs[0]?.status,
      { timeout: 60_000 },
    )
    .toBe('succeeded');

  // A refusal is shown as the server put it: here the session is gone.
  await context.clearCookies();
  await input.fill('rebuild briefing');
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-tone', 'bad');
  await expect(status).toHaveText(
    'Rebuild the morning briefing: Sign in, or send a valid agent token, to use this API.',
  );
  await snap(page, 'command-palette-error');
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './test/chromium';

/**
 * End-to-end tests in Debian's Chromium against the built app (next start) plus a real worker,
 * on a fresh SQLite database and its own Redis prefix. E2E_PORT moves it off 5050.
 */
const port = Number(process.env.E2E_PORT ?? 5050);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/.artifacts/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // Scripted API calls (page.request) carry the dashboard's origin as its own fetches do: the API
    // refuses cookie-authenticated mutations from any other origin (CSRF defence).
    extraHTTPHeaders: { origin: baseURL },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'first-run', testMatch: /first-run\.setup\.ts/ },
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      dependencies: ['first-run'],
      use: { storageState: 'e2e/.artifacts/owner.json' },
    },
  ],
  webServer: {
    command: 'bash scripts/e2e-app.sh',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // The Jobs spec runs a local stand-in for the OpenClaw gateway on port + 1000 (e2e/jobs.spec.ts).
    env: {
      E2E_PORT: String(port),
      BUDDY_AI_PROVIDER: 'gateway',
      BUDDY_GATEWAY_URL: `http://127.0.0.1:${port + 1000}`,
      BUDDY_GATEWAY_TOKEN: 'e2e-gateway-token',
      // The Intelligence spec serves its feeds from 127.0.0.1; the owner allows that host for fetches.
      BUDDY_FETCH_ALLOW_HOSTS: '127.0.0.1',
    },
  },
});

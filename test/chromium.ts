/**
 * Debian's Chromium as every browser run launches it (Playwright, the red-team CSRF test, the stack's
 * browser check, the night screenshots): headless, no sandbox (containers and CI run as root), and
 * nothing that reaches the network on its own. CHROMIUM_PATH moves it.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

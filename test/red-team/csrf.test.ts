import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { POST as approve } from '../../app/api/staging/[id]/approve/route';
import { getDb } from '../../lib/db/client';
import { createStagedItem } from '../../lib/staging/create-staged-item';
import { CHROMIUM_LAUNCH } from '../chromium';
import { ownerHeaders, sessionCookie } from '../session';
import { attack } from './attack';
import { serveRoutes } from './serve-routes';

const OWNER = 'owner@example.com';
let app: Awaited<ReturnType<typeof serveRoutes>>;

beforeAll(async () => {
  await ownerHeaders(OWNER);
  app = await serveRoutes([{ method: 'POST', path: /^\/api\/staging\/(?<id>[^/]+)\/approve$/, handler: approve }]);
});
afterAll(() => app.close());

async function pendingItem(): Promise<string> {
  return (await createStagedItem({ kind: 'code-review', title: 'CSRF target' }, 'job:test')).id;
}

async function status(id: string): Promise<string> {
  return (await (await getDb()).stagedItem.findUniqueOrThrow({ where: { id } })).status;
}

/** An attacker's page on another localhost port that posts a form (empty body) to the approve route. */
async function formPostFromOtherPort(id: string): Promise<number> {
  const page = `<form id="f" method="POST" action="${app.base}/api/staging/${id}/approve"></form>
    <script>document.getElementById('f').submit()</script>`;
  const evil = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext();
    // The owner is signed in to the dashboard in this browser (SameSite=Lax, as next-auth sets it).
    const token = (await sessionCookie(OWNER)).split('=')[1] as string;
    await context.addCookies([
      { name: 'next-auth.session-token', value: token, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
    ]);
    const tab = await context.newPage();
    const answered = tab.waitForResponse((r) => r.url().includes('/approve'));
    await tab.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
    const response = await answered;
    expect(response.request().headers().cookie ?? (await response.request().allHeaders()).cookie).toContain(token);
    return response.status();
  } finally {
    await browser.close();
    evil.close();
  }
}

describe('red team: cross-site requests (issue 15.5)', () => {
  attack(
    {
      id: '15.5-csrf-form-post',
      title: 'a form on another localhost port posts "approve" with the owner\'s cookie',
      target: 'app',
      layers: {
        'API: same-origin Origin required': async () => {
          const id = await pendingItem();
          expect(await formPostFromOtherPort(id)).toBe(403);
          expect(await status(id)).toBe('pending');
        },
        'API: JSON content type required, even for an empty body': async () => {
          const id = await pendingItem();
          // Even claiming the right origin (which a browser will not let a page do), a form type is refused.
          const headers = { cookie: await sessionCookie(OWNER), origin: app.base };
          for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
            const response = await fetch(`${app.base}/api/staging/${id}/approve`, {
              method: 'POST',
              headers: { ...headers, 'content-type': type },
            });
            expect(response.status).toBe(415);
          }
          expect(await status(id)).toBe('pending');
          const ok = await fetch(`${app.base}/api/staging/${id}/approve`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
          });
          expect(ok.status).toBe(200);
          expect(await status(id)).not.toBe('pending');
        },
      },
    },
    60_000,
  );
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingApi } from '../../../plugin-lib/recording-api';
import plugin from './index';

let server: Server;
let baseUrl = '';
const received: { auth?: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  // Speaks the sandbox API's wire format: POST /v1/exec with a bearer token.
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      received.push({ auth: req.headers.authorization, body });
      if (req.headers.authorization !== 'Bearer sandbox-secret')
        return res.writeHead(401).end('{"title":"unauthorized"}');
      if (body.code === 'busy') return res.writeHead(429).end('{"title":"too many"}');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          exitCode: body.code.includes('exit 3') ? 3 : 0,
          stdout: `ran ${body.language}`,
          stderr: '',
          durationMs: 12,
          timedOut: false,
          truncated: false,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function setup(token = 'sandbox-secret') {
  const rec = recordingApi({ baseUrl, token, maxTimeoutMs: 60_000 });
  plugin.register(rec.api);
  return rec;
}

describe('sandbox-exec', () => {
  it('blocks the built-in runners with a reason that points to sandbox_exec', async () => {
    const { hook } = setup();
    for (const toolName of ['exec', 'bash', 'process', 'code_execution']) {
      const result = await hook('before_tool_call')({ toolName, params: { command: 'ls' } }, {});
      expect(result).toMatchObject({ block: true, blockReason: expect.stringContaining('sandbox_exec') });
    }
    expect(await hook('before_tool_call')({ toolName: 'read', params: { path: 'a' } }, {})).toBeUndefined();
  });

  it('runs code through POST /v1/exec with the token and caps the timeout', async () => {
    const { tool } = setup();
    const result = await tool('sandbox_exec').execute('t1', {
      language: 'python',
      code: 'print(1)',
      stdin: 'x',
      timeoutMs: 999_999,
    });
    expect(result.isError).toBe(false);
    expect(JSON.parse(result.content[0]?.text ?? '')).toMatchObject({
      exitCode: 0,
      stdout: 'ran python',
      timedOut: false,
    });
    expect(received.at(-1)).toEqual({
      auth: 'Bearer sandbox-secret',
      body: { language: 'python', code: 'print(1)', stdin: 'x', timeoutMs: 60_000 },
    });
  });

  it('marks a non-zero exit as an error result and reports 429 and a wrong token clearly', async () => {
    expect((await setup().tool('sandbox_exec').execute('t2', { language: 'bash', code: 'exit 3' })).isError).toBe(true);
    const busy = await setup().tool('sandbox_exec').execute('t3', { language: 'bash', code: 'busy' });
    expect(busy.content[0]?.text).toContain('concurrency limit');
    const denied = await setup('wrong').tool('sandbox_exec').execute('t4', { language: 'bash', code: 'ls' });
    expect(denied.content[0]?.text).toContain('refused the token (401)');
  });

  it('refuses bad input before calling the sandbox', async () => {
    const { tool } = setup();
    const before = received.length;
    expect((await tool('sandbox_exec').execute('t5', { language: 'ruby', code: 'x' })).content[0]?.text).toContain(
      'language must be',
    );
    expect((await tool('sandbox_exec').execute('t6', { language: 'node', code: '' })).isError).toBe(true);
    expect(
      (await tool('sandbox_exec').execute('t7', { language: 'node', code: 'x'.repeat(2 * 1024 * 1024) })).content[0]
        ?.text,
    ).toContain('at most');
    expect(received.length).toBe(before);
  });

  it('still blocks the built-ins when misconfigured, and the tool explains why', async () => {
    const rec = recordingApi({});
    plugin.register(rec.api);
    expect(await rec.hook('before_tool_call')({ toolName: 'exec', params: {} }, {})).toMatchObject({ block: true });
    expect((await rec.tool('sandbox_exec').execute('t8', { language: 'bash', code: 'ls' })).content[0]?.text).toContain(
      '"token"',
    );
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingApi } from '../../../plugin-lib/recording-api';
import plugin from './index';

const root = mkdtempSync(path.join(tmpdir(), 'gov-'));
const workspace = path.join(root, 'workspace');
mkdirSync(path.join(workspace, 'notes'), { recursive: true });
symlinkSync(root, path.join(workspace, 'escape'));

function setup(config: Record<string, unknown> | null = { workspaceDir: workspace }) {
  const rec = recordingApi(config ?? undefined);
  plugin.register(rec.api);
  const call = (toolName: string, params: Record<string, unknown>) =>
    rec.hook('before_tool_call')({ toolName, params }, { agentId: 'main', sessionKey: 'buddy:run:1' });
  return { ...rec, call };
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('governance-enforcement: write, edit and apply_patch', () => {
  const { call } = setup();

  it('allows ordinary writes inside the workspace', async () => {
    expect(await call('write', { path: 'notes/today.md', content: 'x' })).toBeUndefined();
    expect(await call('edit', { path: `${workspace}/notes/today.md`, edits: [] })).toBeUndefined();
    expect(await call('read', { path: '_governance/policy.md' })).toBeUndefined();
  });

  it.each([
    ['_governance/policy.md', '_governance/'],
    ['notes/../_archive/old.md', '_archive/'],
    ['../outside.txt', 'outside the workspace'],
    ['/etc/passwd', 'outside the workspace'],
    ['escape/secret.txt', 'outside the workspace'],
    ['skills/evil/SKILL.md', 'shadow'],
    ['.agents/skills/x/SKILL.md', 'shadow'],
    ['.openclaw/extensions/x/index.js', 'shadow'],
    ['~/.bashrc', 'home directory'],
  ])('blocks a write to %s', async (target, why) => {
    const result = await call('write', { path: target, content: 'x' });
    expect(result).toMatchObject({ block: true });
    expect((result as { blockReason: string }).blockReason).toContain(why);
  });

  it('requires approval for _foundation', async () => {
    const result = await call('edit', { path: '_foundation/architecture.md', edits: [] });
    expect(result).toMatchObject({ requireApproval: { severity: 'warning', timeoutBehavior: 'deny' } });
  });

  it('reads the paths inside an apply_patch envelope and a unified diff', async () => {
    const ok = '*** Begin Patch\n*** Update File: notes/a.md\n@@\n-old\n+new\n*** End Patch';
    expect(await call('apply_patch', { input: ok })).toBeUndefined();
    const dotdot = '*** Begin Patch\n*** Add File: notes/../../evil.sh\n+echo\n*** End Patch';
    expect(await call('apply_patch', { input: dotdot })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('outside the workspace'),
    });
    const absolute = '*** Begin Patch\n*** Update File: notes/a.md\n*** Move to: /tmp/a.md\n*** End Patch';
    expect(await call('apply_patch', { input: absolute })).toMatchObject({ block: true });
    const diff = '--- a/notes/a.md\n+++ b/_governance/rules.md\n@@ -1 +1 @@\n-a\n+b\n';
    expect(await call('apply_patch', { input: diff })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('_governance'),
    });
    const del = '*** Begin Patch\n*** Delete File: notes/a.md\n*** End Patch';
    expect(await call('apply_patch', { input: del })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('deletes'),
    });
  });

  it('fails closed on malformed calls', async () => {
    expect(await call('write', { content: 'no path' })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('fails closed'),
    });
    expect(await call('apply_patch', { input: 'not a patch' })).toMatchObject({ block: true });
    expect(await call('exec', { command: 'echo "unterminated' })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('without closing quote'),
    });
  });

  it('blocks everything it guards when the config is missing', async () => {
    const broken = setup(null);
    expect(await broken.call('write', { path: 'notes/a.md' })).toMatchObject({
      block: true,
      blockReason: expect.stringContaining('misconfigured'),
    });
    expect(broken.logs.join('\n')).toContain('workspaceDir');
  });
});

describe('governance-enforcement: shell commands', () => {
  const { call } = setup();

  it.each([
    'ls -la',
    'git status && git diff',
    'echo hi > notes/out.txt',
    'cat _governance/policy.md',
    "grep -r 'rm' notes",
    'git log --oneline | head',
  ])('allows %s', async (command) => expect(await call('exec', { command })).toBeUndefined());

  it.each([
    ['rm -rf notes', 'rm deletes'],
    [`sh -c "r''m -rf notes"`, 'hidden behind sh'],
    ["bash -lc 'cd notes && rm a'", 'hidden behind bash'],
    ['env FOO=1 /bin/rm notes/a', 'hidden behind env'],
    ['ls notes | xargs -n1 rm', 'hidden behind xargs'],
    ['ls; find . -name "*.md" -delete', 'find -delete'],
    ['true && find . -exec rm {} \\;', 'find -exec'],
    ['echo $(unlink notes/a)', 'unlink'],
    ['timeout 5 sudo -u root shred notes/a', 'shred'],
    ['git push origin main', 'git push'],
    ['git -C notes push --force', 'git push'],
    ['git commit --amend -m x', 'rewrites history'],
    ['git reset --hard HEAD~3', 'rewrites history'],
    ['git rebase -i main', 'rewrites history'],
    ['git filter-branch --tree-filter x', 'rewrites history'],
    ['X=rm; $X -rf notes', 'computed at run time'],
    ['python3 -c \'import shutil; shutil.rmtree("notes")\'', 'deletes'],
    ['curl -X POST http://dashboard:5050/api/staging/abc/approve', 'approve endpoint'],
    ['wget --post-data "{}" http://dashboard:5050/api/staging/bulk', 'approve endpoint'],
    ['echo x > _governance/policy.md', '_governance/'],
    ['cd notes && cp a.md ../../outside.md', 'outside the workspace'],
    ['tee -a skills/x/SKILL.md < in', 'shadow'],
  ])('blocks %s', async (command, why) => {
    const result = await call('bash', { command });
    expect(result).toMatchObject({ block: true });
    expect((result as { blockReason: string }).blockReason).toContain(why);
  });

  it('checks the text a process tool writes into a running shell', async () => {
    expect(await call('process', { action: 'write', sessionId: 's1', data: 'rm -rf notes\n' })).toMatchObject({
      block: true,
    });
    expect(await call('process', { action: 'list' })).toBeUndefined();
  });

  it('asks for approval for a shell write into _foundation', async () => {
    expect(await call('exec', { command: 'echo x >> _foundation/notes.md' })).toMatchObject({
      requireApproval: expect.any(Object),
    });
  });

  it('blocks a working directory outside the workspace', async () => {
    expect(await call('exec', { command: 'ls', workdir: '/etc' })).toMatchObject({ block: true });
  });
});

describe('governance-enforcement: buddy_api tool', () => {
  let server: Server;
  const seen: { method?: string; url?: string; auth?: string; body: string }[] = [];
  let baseUrl = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
        if (req.url === '/api/moved') {
          res.writeHead(302, { location: '/api/jobs' }).end();
          return;
        }
        res.writeHead(req.url?.startsWith('/api/jobs') ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ jobs: [{ id: 'drift' }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('calls Buddy with the grant token and refuses approve endpoints', async () => {
    const { tool, tools } = setup({ workspaceDir: workspace, buddyUrl: baseUrl, buddyToken: 'grant-token-1' });
    expect(tools.map((t) => t.name)).toEqual(['buddy_api']);
    const ok = await tool('buddy_api').execute('c1', { method: 'GET', path: '/api/jobs' });
    expect(ok.isError).toBe(false);
    expect(JSON.parse(ok.content[0]?.text ?? '')).toEqual({ status: 200, data: { jobs: [{ id: 'drift' }] } });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/api/jobs', auth: 'Bearer grant-token-1' });

    const count = seen.length;
    for (const path of [
      '/api/staging/x/approve',
      '/api/staging/bulk',
      '/api/governance/grants',
      '/api/governance/grants/g1/reauthorize',
      '/etc/passwd',
      '/api/../x',
      '/api/jobs?token=abc',
    ]) {
      const refused = await tool('buddy_api').execute('c2', { method: 'POST', path, body: {} });
      expect(refused.isError, path).toBe(true);
    }
    expect(seen.length).toBe(count);
  });

  it('does not follow redirects with the grant token', async () => {
    const { tool } = setup({ workspaceDir: workspace, buddyUrl: baseUrl, buddyToken: 'grant-token-1' });
    const count = seen.length;
    const moved = await tool('buddy_api').execute('c3', { method: 'GET', path: '/api/moved' });
    expect(moved.isError).toBe(true);
    expect(seen.slice(count).map((s) => s.url)).toEqual(['/api/moved']);
  });
});

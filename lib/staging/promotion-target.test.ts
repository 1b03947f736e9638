import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPromotionTarget } from './promotion-target';

let workspace: string;
let outside: string;

beforeAll(() => {
  workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'buddy-ws-')));
  outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'buddy-outside-')));
  mkdirSync(path.join(workspace, '_active', 'app'), { recursive: true });
  mkdirSync(path.join(workspace, '_experiments'), { recursive: true });
  symlinkSync(outside, path.join(workspace, '_active', 'escape'));
  writeFileSync(path.join(outside, 'secret.txt'), 'x');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(workspace, '_active', 'link.txt'));
  symlinkSync(path.join(workspace, '_active', 'app'), path.join(workspace, '_active', 'inside-link'));
  mkdirSync(path.join(workspace, '_governance'), { recursive: true });
  symlinkSync('../_governance', path.join(workspace, '_active', 'gov'));
  writeFileSync(path.join(workspace, '_active', 'app.ts'), 'x');
});

describe('checkPromotionTarget', () => {
  it('resolves files in _active and _experiments, including folders that do not exist yet', async () => {
    expect(await checkPromotionTarget(workspace, '_active/app/main.ts')).toEqual({
      ok: true,
      absPath: path.join(workspace, '_active/app/main.ts'),
    });
    expect(await checkPromotionTarget(workspace, '_experiments/new/deep/file.md')).toMatchObject({ ok: true });
  });

  it.each([
    ['_active/../../etc/passwd', /"\.\." segments/],
    ['../outside.txt', /"\.\." segments/],
    ['/etc/passwd', /relative/],
    ['C:/Windows/x', /relative/],
    ['_active/a\0b', /NUL/],
    ['_governance/policy.yaml', /human-only/],
    ['_foundation/base.md', /reviewed commit/],
    ['_archive/old.md', /read-only/],
    ['README.md', /outside the five governance layers/],
    ['_active', /names a layer/],
    ['_active/escape/evil.sh', /_active\/escape is a symlink/],
    // Even a link that stays inside the workspace: the layer is decided on the path as written.
    ['_active/inside-link/x.ts', /_active\/inside-link is a symlink/],
    ['_active/gov/policy.md', /_active\/gov is a symlink/],
    ['_experiments/x/.git/config', /\.git segment/],
    ['_experiments/x/.GIT/config', /\.git segment/],
    ['_experiments/x/.Git./hooks/pre-commit', /\.git segment/],
    ['_active/app.ts/x', /_active\/app.ts is not a folder/],
    ['_active/link.txt', /target is a symlink/],
    ['_active/app', /folder/],
  ])('refuses %s', async (relPath, reason) => {
    const result = await checkPromotionTarget(workspace, relPath);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses when the workspace folder is missing', async () => {
    expect(await checkPromotionTarget(path.join(workspace, 'nope'), '_active/x')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not exist/),
    });
  });
});

import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from './file-hash';
import { planPromotion, promoteFiles, writeTarget } from './promote-files';

let ws: string;
beforeEach(() => {
  ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'buddy-promote-')));
  mkdirSync(path.join(ws, '_active'), { recursive: true });
  writeFileSync(path.join(ws, '_active', 'a.ts'), 'export const a = 1;\n');
});

describe('promoteFiles', () => {
  it('writes new and changed files when the hashes match, leaving no temp files', async () => {
    const result = await promoteFiles(ws, [
      { targetPath: '_active/a.ts', content: 'export const a = 2;\n', baseHash: sha256('export const a = 1;\n') },
      { targetPath: '_active/new/b.ts', content: 'b', baseHash: null },
    ]);
    expect(result).toEqual({ ok: true, written: ['_active/a.ts', '_active/new/b.ts'] });
    expect(readFileSync(path.join(ws, '_active/a.ts'), 'utf8')).toBe('export const a = 2;\n');
    expect(readFileSync(path.join(ws, '_active/new/b.ts'), 'utf8')).toBe('b');
    expect(readdirSync(path.join(ws, '_active')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing at all when one target changed since the job read it', async () => {
    const result = await promoteFiles(ws, [
      { targetPath: '_active/first.ts', content: 'first', baseHash: null },
      { targetPath: '_active/a.ts', content: 'x', baseHash: sha256('something else') },
    ]);
    expect(result).toMatchObject({
      ok: false,
      targetPath: '_active/a.ts',
      reason: expect.stringMatching(/changed in the workspace/),
    });
    expect(readdirSync(path.join(ws, '_active'))).toEqual(['a.ts']);
  });

  it('refuses a "new" file that appeared meanwhile, and a file that disappeared', async () => {
    expect(await promoteFiles(ws, [{ targetPath: '_active/a.ts', content: 'x', baseHash: null }])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/now exists/),
    });
    expect(
      await promoteFiles(ws, [{ targetPath: '_active/gone.ts', content: 'x', baseHash: sha256('y') }]),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/removed/) });
  });

  it('refuses targets outside the writable layers before writing anything', async () => {
    const result = await promoteFiles(ws, [
      { targetPath: '_active/ok.ts', content: 'x', baseHash: null },
      { targetPath: '_governance/policy.yaml', content: 'x', baseHash: null },
    ]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/_governance is human-only/) });
    expect(readdirSync(ws).sort()).toEqual(['_active']);
    expect(readdirSync(path.join(ws, '_active'))).toEqual(['a.ts']);
  });
});

describe('promoteFiles and links', () => {
  it('never writes through a folder that became a symlink after the job read it', async () => {
    mkdirSync(path.join(ws, '_governance'));
    mkdirSync(path.join(ws, '_active', 'x'));
    const files = [{ targetPath: '_active/x/policy.md', content: 'pwned', baseHash: null }];
    const plan = planPromotion(ws, files);
    expect(plan.ok).toBe(true);
    // Swap the checked folder for a link into _governance between the plan and the write.
    rmSync(path.join(ws, '_active', 'x'), { recursive: true });
    symlinkSync('../_governance', path.join(ws, '_active', 'x'));
    expect(() => writeTarget(ws, '_active/x/policy.md', null, 'pwned')).toThrow(/_active\/x is a symlink/);
    expect(existsSync(path.join(ws, '_governance', 'policy.md'))).toBe(false);
  });

  it('replaces a hard-linked target instead of writing into the inode it shares', async () => {
    mkdirSync(path.join(ws, '_governance'));
    writeFileSync(path.join(ws, '_governance', 'rules.md'), 'rules');
    linkSync(path.join(ws, '_governance', 'rules.md'), path.join(ws, '_active', 'rules.md'));
    const result = await promoteFiles(ws, [
      { targetPath: '_active/rules.md', content: 'new', baseHash: sha256('rules') },
    ]);
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(ws, '_active', 'rules.md'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(ws, '_governance', 'rules.md'), 'utf8')).toBe('rules');
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateSecret } from './read-or-create-secret';
import { writeFileAtomic } from './write-file-atomic';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'buddy-fs-'));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', () => {
    const dir = scratch();
    const file = path.join(dir, 'page.md');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['page.md']);
  });

  it('replaces a link at the target instead of writing through it', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'elsewhere'), 'kept');
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'page.md'));
    writeFileAtomic(path.join(dir, 'page.md'), 'new');
    expect(readFileSync(path.join(dir, 'elsewhere'), 'utf8')).toBe('kept');
    expect(readFileSync(path.join(dir, 'page.md'), 'utf8')).toBe('new');
  });

  it('removes its temp file when the rename fails (a folder where the file belongs)', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'page.md'));
    expect(() => writeFileAtomic(path.join(dir, 'page.md'), 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['page.md']);
  });
});

describe('readOrCreateSecret', () => {
  it('creates an owner-only secret once and returns the same one afterwards', () => {
    const file = path.join(scratch(), 'data', '.secret');
    const first = readOrCreateSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(file)).toBe(first);
  });
});

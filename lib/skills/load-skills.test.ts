import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSkills } from './load-skills';
import { SKILL_CATEGORIES } from './schemas';

const repoSkills = path.resolve(import.meta.dirname, '../../skills');
const tmp = mkdtempSync(path.join(tmpdir(), 'skills-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("Buddy's skill library", () => {
  let library: Awaited<ReturnType<typeof loadSkills>>;
  beforeAll(async () => {
    library = await loadSkills(repoSkills);
  });

  it('has 25 skills and every one validates', () => {
    expect(library.skills.filter((s) => !s.valid).map((s) => [s.folder, s.issues])).toEqual([]);
    expect(library.skills).toHaveLength(25);
  });

  it('covers every category, and each skill names the API endpoints or sandbox calls it uses', () => {
    const categories = new Set(library.skills.map((s) => s.frontMatter?.metadata.buddy.category));
    expect([...categories].sort()).toEqual([...SKILL_CATEGORIES].sort());
    for (const s of library.skills) expect(s.body, s.name).toMatch(/\/api\/[a-z]|sandbox_exec/);
  });

  it('keeps deploys owner-only and never needs an approve scope', () => {
    for (const s of library.skills.filter((k) => k.frontMatter?.metadata.buddy.category === 'deploy')) {
      expect(s.frontMatter?.['disable-model-invocation'], s.name).toBe(true);
    }
    expect(
      library.skills.flatMap((s) => s.frontMatter?.metadata.buddy.scopes ?? []).filter((x) => x.includes('approve')),
    ).toEqual([]);
    expect(library.skills.map((s) => s.body).join('\n')).not.toMatch(/POST \/api\/staging\/[^ ]*\/approve/);
  });
});

describe('loadSkills on a broken library', () => {
  const dir = path.join(tmp, 'broken');
  mkdirSync(dir);
  cpSync(path.join(repoSkills, 'memory-search'), path.join(dir, 'memory-search'), { recursive: true });
  cpSync(path.join(repoSkills, 'memory-search'), path.join(dir, 'memory-search-copy'), { recursive: true });
  mkdirSync(path.join(dir, 'empty-folder'));

  it('flags duplicates, name/folder mismatch and folders without SKILL.md', async () => {
    const library = await loadSkills(dir);
    expect(library.valid).toBe(false);
    const byFolder = Object.fromEntries(library.skills.map((s) => [s.folder, s.issues.map((i) => i.message)]));
    expect(byFolder['memory-search']).toContain('duplicate skill name "memory-search" (also in memory-search-copy)');
    expect(byFolder['memory-search-copy']).toContain('"memory-search" does not match its folder "memory-search-copy"');
    expect(byFolder['empty-folder']).toEqual(['folder has no SKILL.md']);
  });

  it('npm run skills -- check exits non-zero with the reasons', async () => {
    writeFileSync(path.join(dir, 'empty-folder', 'SKILL.md'), '---\nname: empty-folder\n---\n');
    const search = path.join(dir, 'memory-search', 'SKILL.md');
    writeFileSync(
      search,
      `${readFileSync(search, 'utf8')}\nAlso \`GET /api/secrets\` and \`GET /api/memory?q=x&sort=new\`.\n`,
    );
    const run = promisify(execFile)('npm', ['run', '-s', 'skills', '--', 'check', '--dir', dir], {
      cwd: path.resolve(import.meta.dirname, '../..'),
    });
    const failure = await run.then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('description: ');
    expect(failure?.stderr).toContain('duplicate skill name "memory-search"');
    // Calls to the API are checked against the real routes, with the line to fix.
    expect(failure?.stderr).toMatch(/memory-search\/SKILL\.md:\d+: GET \/api\/secrets: no API route matches this path/);
    expect(failure?.stderr).toContain('GET /api/memory?q=x&sort=new: has no query parameter sort');
  }, 120_000);
});

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { AGE_KEY_HOOK, hooksConfig, renderHooksConfig, TWELVE_HOOKS } from './hooks-config';
import { promotionDecision } from './layers';
import { createTestRepo, type TestRepo, TWO_BRANDS } from './testing/workspace-repo';

const BUDDY = process.cwd();
const TSX = `${process.execPath} ${path.join(BUDDY, 'node_modules/tsx/dist/cli.mjs')}`;
const PREK = path.join(BUDDY, 'node_modules/.bin/prek');
const hookIds = (config: { repos: Array<{ hooks: Array<{ id: string }> }> }) =>
  config.repos.flatMap((r) => r.hooks.map((h) => h.id));

describe('.pre-commit-config.yaml', () => {
  it('is exactly what the generator writes, with the twelve hooks in order plus the age-key rule', () => {
    const text = readFileSync(path.join(BUDDY, '.pre-commit-config.yaml'), 'utf8');
    expect(text).toBe(renderHooksConfig({ checker: 'npm run --silent governance --' }));
    const config = parse(text);
    expect(hookIds(config)).toEqual([
      ...TWELVE_HOOKS.slice(0, 10),
      'governance-tests',
      'check-cross-brand-imports',
      AGE_KEY_HOOK,
    ]);
    const hooks = config.repos.flatMap((r: { hooks: object[] }) => r.hooks) as Array<{
      id: string;
      args?: string[];
      entry?: string;
    }>;
    expect(hooks.find((h) => h.id === 'ruff')?.args).toEqual(['--fix']);
    expect(hooks.find((h) => h.id === 'check-added-large-files')?.args).toEqual(['--maxkb=500']);
    expect(hooks.find((h) => h.id === 'check-cross-brand-imports')?.entry).toContain(
      'check --staged --only references',
    );
    const ci = hookIds(hooksConfig({ checker: 'x', repoFlavour: 'builtin', ci: { checkArgs: '' } }) as never);
    expect(ci).not.toContain('ruff');
    expect(JSON.stringify(hooksConfig({ checker: 'x', ci: { checkArgs: '' } }))).toContain('--enforce-all');
  });
});

let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** A workspace with Buddy's hooks installed by prek (offline: the standard hooks are prek built-ins). */
function workspaceWithHooks(): TestRepo {
  repo = createTestRepo();
  const configFile = path.join(repo.dir, 'governance-rules.yaml');
  repo.write('governance-rules.yaml', readFileSync(path.join(BUDDY, 'lib/governance/testing/two-brands.yaml'), 'utf8'));
  const checker = `${TSX} ${path.join(BUDDY, 'scripts/governance.ts')}`;
  repo.write(
    '.pre-commit-config.yaml',
    renderHooksConfig({ checker, repoFlavour: 'builtin' }).replaceAll(
      ' check --staged',
      ` check --config ${configFile} --staged`,
    ),
  );
  repo.write('_active/acme-shop/index.ts', 'export const shop = 1;\n');
  repo.write('_governance/policy.md', 'rules\n');
  repo.commit('base');
  execFileSync(PREK, ['install'], { cwd: repo.dir, stdio: 'pipe' });
  return repo;
}
const commit = (r: TestRepo, ...extra: string[]) =>
  spawnSync('git', ['commit', '-q', '-m', 'change', ...extra], { cwd: r.dir, encoding: 'utf8' });
const ci = (r: TestRepo) =>
  spawnSync('bash', [path.join(BUDDY, 'scripts/governance-ci.sh'), r.dir], { encoding: 'utf8' });

describe('the hooks in a real git repository', () => {
  it('refuse an age secret key at commit time; a --no-verify commit still fails CI', () => {
    const r = workspaceWithHooks();
    r.write(
      '_active/acme-shop/.env',
      `KEY=${['AGE', 'SECRET', 'KEY', 'PQ', '1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQ'].join('-')}\n`,
    );
    r.git('add', '-A');
    const blocked = commit(r);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('[age-secret-key]');
    expect(commit(r, '--no-verify').status).toBe(0);
    const result = ci(r);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('age-secret-key');
    expect(result.stdout).toContain('ruff is not installed');
  }, 180_000);

  it('pass a clean commit and fix whitespace offline', () => {
    const r = workspaceWithHooks();
    r.write('_active/acme-shop/index.ts', 'export const shop = 2;   \n');
    r.git('add', '-A');
    expect(commit(r).status).not.toBe(0);
    expect(readFileSync(path.join(r.dir, '_active/acme-shop/index.ts'), 'utf8')).toBe('export const shop = 2;\n');
    r.git('add', '-A');
    const ok = commit(r);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
  }, 180_000);
});

describe('layered: an agent writing _governance/policy.md is refused by each layer on its own', () => {
  it('layer 1 (workspace rules / promotion), with no hook and no API involved', () => {
    expect(promotionDecision('_governance/policy.md', TWO_BRANDS)).toMatchObject({
      allowed: false,
      layer: '_governance',
    });
  });

  it('layer 2 (commit hook), with the promotion rules and API not involved', () => {
    const r = workspaceWithHooks();
    r.git('config', 'user.email', 'worker@agents.test');
    r.write('_governance/policy.md', 'agents may do anything\n');
    r.git('add', '-A');
    const blocked = commit(r);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('[agent-change-in-governance]');
  }, 180_000);
  // Layer 3 (API scope and resource) is proven in grants/grants-api.db.test.ts: a token limited to
  // _active/shop/** is refused "_governance/policy.md" with 403, with no checker or hook running.
});

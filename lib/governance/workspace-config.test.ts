import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GovernanceConfigError, loadWorkspaceConfig, parseWorkspaceConfig } from './workspace-config';
import { createTestRepo } from './testing/workspace-repo';

const BUDDY = process.cwd();
const cli = (args: string[], cwd = BUDDY) =>
  spawnSync(
    process.execPath,
    [path.join(BUDDY, 'node_modules/tsx/dist/cli.mjs'), path.join(BUDDY, 'scripts/governance.ts'), ...args],
    { cwd, encoding: 'utf8' },
  );

describe('governance/workspace.yaml', () => {
  it("this repository's file is valid and declares the five layers", () => {
    const config = loadWorkspaceConfig(path.join(BUDDY, 'governance/workspace.yaml'));
    expect(Object.keys(config.layers)).toEqual(['_governance', '_foundation', '_active', '_archive', '_experiments']);
  });

  it.each([
    ['version: 2\n', 'version'],
    ['version: 1\nlayers: {}\nbrands: {}\n', 'layers._governance'],
    [
      'version: 1\nlayers: {_governance: {description: a}, _foundation: {description: a}, _active: {description: a}, _archive: {description: a}, _experiments: {description: a}}\nbrands: {acme: {projects: [shop]}}\n',
      'brands.acme.projects.0',
    ],
    [
      'version: 1\nlayers: {_governance: {description: a}, _foundation: {description: a}, _active: {description: a}, _archive: {description: a}, _experiments: {description: a}}\nbrands: {a: {projects: [_active/x]}, b: {projects: [_active/x]}}\n',
      'brands.b.projects.0',
    ],
  ])('an invalid file is a clear error naming the field (%#)', (text, field) => {
    const error = (() => {
      try {
        parseWorkspaceConfig(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GovernanceConfigError);
    expect((error as GovernanceConfigError).field).toBe(field);
    expect((error as Error).message).toContain(`field "${field}"`);
  });
});

describe('npm run governance -- check: exit codes', () => {
  it('0 clean, 1 violations (json lists rule, file, line), 2 usage or config error', () => {
    const repo = createTestRepo();
    try {
      const config = path.join(repo.dir, 'rules.yaml');
      writeFileSync(config, readFileSync(path.join(BUDDY, 'lib/governance/testing/two-brands.yaml')));
      repo.write('_active/acme-shop/a.py', 'x = 1\n');
      repo.commit('base');
      expect(cli(['check', '--root', repo.dir, '--config', config]).status).toBe(0);
      repo.write('_active/acme-shop/b.py', 'from globex_core import db\n');
      repo.write('_foundation/globex_core/globex_core/__init__.py', '');
      repo.commit('leak');
      const bad = cli(['check', '--root', repo.dir, '--config', config, '--base', 'HEAD~1', '--format', 'json']);
      expect(bad.status).toBe(1);
      expect(JSON.parse(bad.stdout).violations).toEqual([
        expect.objectContaining({ rule: 'cross-brand-reference', file: '_active/acme-shop/b.py', line: 1 }),
      ]);
      expect(cli(['check', '--staged', '--base', 'HEAD', '--root', repo.dir, '--config', config]).status).toBe(2);
      writeFileSync(config, 'version: 1\n');
      const invalid = cli(['check', '--root', repo.dir, '--config', config]);
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toContain('field "layers"');
    } finally {
      repo.cleanup();
    }
  }, 120_000);
});

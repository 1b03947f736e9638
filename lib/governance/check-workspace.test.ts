import { symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWorkspace } from './check-workspace';
import { createTestRepo, type TestRepo, TWO_BRANDS } from './testing/workspace-repo';

let repo: TestRepo;
const rules = async (mode: Parameters<typeof checkWorkspace>[1]) =>
  (await checkWorkspace(repo.dir, mode, TWO_BRANDS)).violations;

beforeEach(() => {
  repo = createTestRepo();
  repo.write(
    '_active/acme-shop/src/index.ts',
    "import { button } from '../../../_foundation/acme-ui/button';\nexport const shop = button;\n",
  );
  repo.write('_foundation/acme-ui/button.ts', 'export const button = 1;\n');
  repo.write('_active/globex-api/app.py', 'from globex_core import db\nimport os\n');
  repo.write('_foundation/globex_core/globex_core/__init__.py', 'db = 1\n');
  repo.write('_archive/old/readme.md', 'old\n');
  repo.write('_governance/policy.md', 'rules\n');
  repo.write('_experiments/acme-lab/idea.ts', 'export const idea = 1;\n');
  repo.commit('base');
});
afterEach(() => repo.cleanup());

describe('governance checker: reference rules on the whole tree', () => {
  it('passes a clean workspace of two brands in two languages', async () => {
    expect(await rules({ kind: 'tree' })).toEqual([]);
  });

  it('finds a TypeScript import into another brand (dependency-cruiser) with its line, once', async () => {
    repo.write(
      '_active/acme-shop/src/leak.ts',
      "// reaches into globex\nimport * as g from '../../globex-api/client';\nexport default g;\n",
    );
    repo.write('_active/globex-api/client.ts', 'export const x = 1;\n');
    repo.commit('leak');
    const found = (await rules({ kind: 'tree' })).filter((v) => v.rule === 'cross-brand-reference');
    expect(found).toEqual([expect.objectContaining({ file: '_active/acme-shop/src/leak.ts', line: 2 })]);
    expect(found[0]?.message).toContain('_active/globex-api of brand globex');
  });

  it('finds a Python import of another brand and a compose path literal', async () => {
    repo.write('_active/acme-shop/tools/report.py', 'import json\nfrom globex_core.db import connect\n');
    repo.write(
      '_active/acme-shop/compose.yaml',
      'services:\n  shop:\n    volumes:\n      - ../globex-api/data:/data:ro\n',
    );
    repo.commit('python + compose');
    const found = await rules({ kind: 'tree' });
    expect(found.map((v) => [v.rule, v.file, v.line])).toEqual([
      ['cross-brand-reference', '_active/acme-shop/compose.yaml', 4],
      ['cross-brand-reference', '_active/acme-shop/tools/report.py', 2],
    ]);
  });

  it('refuses _active/_foundation referencing _experiments, but the sandbox may reference anything of its brand', async () => {
    repo.write(
      '_active/acme-shop/src/use-lab.ts',
      "import { idea } from '../../../_experiments/acme-lab/idea';\nexport { idea };\n",
    );
    repo.write(
      '_experiments/acme-lab/uses-shop.ts',
      "import { shop } from '../../_active/acme-shop/src/index';\nexport { shop };\n",
    );
    repo.commit('lab');
    expect((await rules({ kind: 'tree' })).map((v) => [v.rule, v.file])).toEqual([
      ['references-experiments', '_active/acme-shop/src/use-lab.ts'],
    ]);
  });

  it('fails closed on a symlink loop and on a 2 GB file, without reading it', async () => {
    symlinkSync('loop-b', path.join(repo.dir, '_active/acme-shop/loop-a'));
    symlinkSync('loop-a', path.join(repo.dir, '_active/acme-shop/loop-b'));
    repo.write('_active/acme-shop/huge.bin', '');
    truncateSync(path.join(repo.dir, '_active/acme-shop/huge.bin'), 2 * 1024 ** 3);
    // --intent-to-add tracks the paths without hashing 2 GB.
    repo.git('add', '--intent-to-add', '_active/acme-shop');
    const found = await rules({ kind: 'tree' });
    expect(found.map((v) => v.rule).sort()).toEqual(['file-too-large', 'symlink-loop', 'symlink-loop']);
    expect(found.find((v) => v.rule === 'file-too-large')?.message).toContain('2097152 KB');
  });
});

describe('governance checker: change rules over base..HEAD and staged changes', () => {
  it('flags an agent change in _governance, every _archive change, and an experiment moved into _active', async () => {
    repo.write('_governance/policy.md', 'rules, loosened\n');
    repo.commit('loosen', 'Bot <bot@agents.test>');
    repo.git('rm', '-q', '_archive/old/readme.md');
    repo.commit('tidy archive');
    repo.git('mv', '_experiments/acme-lab/idea.ts', '_active/acme-shop/src/idea.ts');
    repo.commit('ship the idea');
    const found = await rules({ kind: 'base', ref: 'HEAD~3' });
    expect(found.map((v) => [v.rule, v.file, v.line])).toEqual([
      ['experiment-promoted', '_active/acme-shop/src/idea.ts', 1],
      ['archive-is-read-only', '_archive/old/readme.md', 1],
      ['agent-change-in-governance', '_governance/policy.md', 1],
    ]);
  });

  it('an agent change in _foundation needs a Reviewed-by trailer; the Agent trailer marks agents too', async () => {
    repo.write('_foundation/acme-ui/button.ts', 'export const button = 2;\n');
    repo.commit('tweak\n\nAgent: nightly-refactor');
    repo.write('_foundation/acme-ui/button.ts', 'export const button = 3;\n');
    repo.commit('tweak again\n\nAgent: nightly-refactor\nReviewed-by: Owner <owner@example.com>');
    const found = await rules({ kind: 'base', ref: 'HEAD~2' });
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'unreviewed-agent-change-in-foundation',
        file: '_foundation/acme-ui/button.ts',
        line: 1,
      }),
    ]);
  });

  it('the owner may change _governance; staged agent changes are judged by the committing identity', async () => {
    repo.write('_governance/policy.md', 'owner edit\n');
    repo.git('add', '-A');
    expect(await rules({ kind: 'staged' })).toEqual([]);
    repo.git('config', 'user.email', 'worker@agents.test');
    expect((await rules({ kind: 'staged' })).map((v) => v.rule)).toEqual(['agent-change-in-governance']);
  });

  it('an unknown base ref is a usage error, not a pass', async () => {
    await expect(checkWorkspace(repo.dir, { kind: 'base', ref: 'no-such-ref' }, TWO_BRANDS)).rejects.toThrow(
      /git rev-parse failed/,
    );
  });
});

import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();

describe('test-ci-generation: first tests and a CI workflow for repositories that lack them', () => {
  it('nothing to report without repositories under _active', async () => {
    const run = await h.run('test-ci-generation');
    expect(run).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: no git repositories under _active' });
  });

  it('stages new files only where tests or CI are missing, per detected stack', async () => {
    commit(h.path('_active', 'web'), { 'package.json': '{"name":"web"}', 'index.js': 'module.exports = 1;\n' }, 'web');
    commit(
      h.path('_active', 'tool'),
      {
        'pyproject.toml': '[project]\nname = "tool"\n',
        'tests/test_tool.py': 'def test_x(): pass\n',
        '.github/workflows/ci.yml': 'on: push\n',
      },
      'tool',
    );
    commit(h.path('_active', 'service'), { 'go.mod': 'module service\n', 'main_test.go': 'package main\n' }, 'service');
    commit(h.path('_active', 'notes'), { 'ideas.txt': 'no build file\n' }, 'notes');
    h.fake().setReply("const test = require('node:test');\ntest('loads', () => require('..'));\n");

    const run = await h.run('test-ci-generation');
    expect(run).toMatchObject({ status: 'succeeded', summary: '3 proposal(s) across 4 repositories', outputs: 3 });
    // Repositories in name order: notes (no stack), service (tests, no CI), tool (both), web (neither).
    expect(run.staged.map((s) => [s.kind, s.title, s.files.map((f) => [f.targetPath, f.baseHash])])).toEqual([
      ['ci-workflow', 'CI workflow for service', [['_active/service/.github/workflows/ci.yml', null]]],
      ['test-file', 'First tests for web', [['_active/web/test/smoke.test.js', null]]],
      ['ci-workflow', 'CI workflow for web', [['_active/web/.github/workflows/ci.yml', null]]],
    ]);
    expect(run.staged[0]?.files[0]?.content).toContain('go test ./...');
    expect(run.staged[1]?.files[0]?.content).toContain("require('node:test')");
    expect(run.staged[2]?.files[0]?.content).toContain('npm test');
    // One model call: the test file of the only repository without tests; CI files are templates.
    expect(run.requests).toHaveLength(1);
    expect(run.prompts[0]).toContain('JavaScript/TypeScript');
    expect(run.log).toContain('_active/notes: no recognised build file, skipped');
  });

  it('nothing to report, with the reason, once every repository has tests and CI', async () => {
    rmSync(h.path('_active', 'web'), { recursive: true });
    rmSync(h.path('_active', 'service'), { recursive: true });
    const run = await h.run('test-ci-generation');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary:
        'Nothing to report: all 2 repositories have tests and CI, no recognised stack, or only proposals already queued or rejected',
      outputs: 0,
    });
    expect(run.requests).toHaveLength(0);
  });
});

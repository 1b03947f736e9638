import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogHarness, commit } from '../../../test/jobs/catalog-harness';
import { sandboxHarness } from '../../../test/jobs/sandbox-harness';

const h = catalogHarness();
// The sandbox run a staged test file carries in its metadata.
const testMeta = (item: { metadata: unknown } | undefined) =>
  (item?.metadata ?? {}) as { test: { output: string } & Record<string, unknown> };
sandboxHarness();
const PASSING = "const test = require('node:test');\ntest('loads', () => require('..'));\n";
const FAILING =
  "const test = require('node:test');\nconst assert = require('node:assert');\ntest('is two', () => assert.equal(require('..'), 2));\n";

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
    h.fake().setReply(PASSING);

    const run = await h.run('test-ci-generation');
    expect(run).toMatchObject({ status: 'succeeded', summary: '3 proposal(s) across 4 repositories', outputs: 3 });
    // Repositories in name order: notes (no stack), service (tests, no CI), tool (both), web (neither).
    expect(run.staged.map((s) => [s.kind, s.title, s.files.map((f) => [f.targetPath, f.baseHash])])).toEqual([
      ['ci-workflow', 'CI workflow for service', [['_active/service/.github/workflows/ci.yml', null]]],
      ['test-file', 'First tests for web (pass in the sandbox)', [['_active/web/test/smoke.test.js', null]]],
      ['ci-workflow', 'CI workflow for web', [['_active/web/.github/workflows/ci.yml', null]]],
    ]);
    expect(run.staged[0]?.files[0]?.content).toContain('go test ./...');
    expect(run.staged[1]?.files[0]?.content).toBe(PASSING);
    // It ran in the real sandbox, through the job context: command, exit code and output staged with it.
    expect(testMeta(run.staged[1]).test).toMatchObject({
      status: 'passed',
      command: 'node --test test/smoke.test.js',
      exitCode: 0,
    });
    expect(testMeta(run.staged[1]).test.output).toMatch(/# pass 1/);
    expect(run.staged[1]?.body).toContain('Ran in the sandbox and passed.');
    expect(run.staged[2]?.files[0]?.content).toContain('npm test');
    // One model call: the test file of the only repository without tests; CI files are templates.
    expect(run.requests).toHaveLength(1);
    expect(run.prompts[0]).toContain('JavaScript/TypeScript');
    expect(run.log).toContain('_active/notes: no recognised build file, skipped');
  });

  it('a test that fails in the sandbox is staged for reference only: its output, and no file to land', async () => {
    commit(
      h.path('_active', 'calc'),
      { 'package.json': '{"name":"calc"}', 'index.js': 'module.exports = 1;\n' },
      'calc',
    );
    commit(h.path('_active', 'calc'), { '.github/workflows/ci.yml': 'on: push\n' }, 'ci');
    h.fake().setReply(FAILING);
    const run = await h.run('test-ci-generation');
    // web already has its test proposed from the same input: not asked for again.
    expect(run.staged.map((s) => [s.title, s.files.length])).toEqual([['Failing test for calc (for reference)', 0]]);
    const test = testMeta(run.staged[0]).test;
    expect(test).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(test.output).toMatch(/# fail 1/);
    expect(run.staged[0]?.body).toContain('FAILED: staged for reference only');
    expect(run.staged[0]?.body).toContain(FAILING.trim());
    expect(run.requests).toHaveLength(1);
    rmSync(h.path('_active', 'calc'), { recursive: true });
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

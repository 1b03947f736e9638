import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { inputHash, priorFeedback } from './prior-feedback';
import { runProposedTest, testRunReport } from './test-proposal';
import { repoSnapshot } from './repo-snapshot';

/** `command`: how the sandbox runs the proposed test (null: it has no runtime for the stack). */
type Stack = { language: string; testPath: string; ci: string; command: string | null };

const NODE_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci\n      - run: npm test\n`;
const PYTHON_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -e . pytest\n      - run: pytest\n`;
const GO_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with:\n          go-version: stable\n      - run: go test ./...\n`;

function detectStack(names: Set<string>): Stack | null {
  if (names.has('package.json'))
    return {
      language: 'JavaScript/TypeScript (node:test or the project runner)',
      testPath: 'test/smoke.test.js',
      ci: NODE_CI,
      command: 'node --test test/smoke.test.js',
    };
  if (names.has('pyproject.toml') || names.has('setup.py') || names.has('requirements.txt'))
    return {
      language: 'Python (pytest-compatible, plain assert functions)',
      testPath: 'tests/test_smoke.py',
      ci: PYTHON_CI,
      command:
        "if python3 -c \"import pytest\" 2>/dev/null; then python3 -m pytest -q tests/test_smoke.py; else python3 -c \"import sys; sys.path.insert(0, '.'); sys.path.insert(0, 'tests'); import test_smoke as t; [f() for n, f in vars(t).items() if n.startswith('test') and callable(f)]; print('ok')\"; fi",
    };
  if (names.has('go.mod')) return { language: 'Go (testing)', testPath: 'smoke_test.go', ci: GO_CI, command: null };
  return null;
}

const TEST_DIRS = ['test', 'tests', '__tests__', 'spec'];

/** Repositories lacking tests or CI get a first test file and a CI workflow, as proposed new files. */
export async function testCiGeneration(ctx: JobContext): Promise<JobResult> {
  const repos = await ctx.workspace.activeRepos();
  if (repos.length === 0) return { kind: 'nothing-to-report', reason: 'no git repositories under _active' };
  let staged = 0;
  for (const repo of repos) {
    const snap = await repoSnapshot(ctx, repo, null);
    const names = new Set(snap.entries.map((e) => e.name));
    const stack = detectStack(names);
    if (!stack) {
      ctx.log.info(`${repo}: no recognised build file, skipped`);
      continue;
    }
    const hasTests =
      TEST_DIRS.some((d) => names.has(d)) || snap.entries.some((e) => /[._]test\.|_test\.go$|^test_/.test(e.name));
    const hasCi = await ctx.workspace.exists(`${repo}/.github/workflows`);
    const testPath = `${repo}/${stack.testPath}`;
    const hash = inputHash(stack.language, snap.tree, snap.readme);
    const prior = hasTests ? null : await priorFeedback(ctx, 'test-file', testPath, hash);
    if (prior && !prior.unchanged && (await ctx.cursors.get(`tested:${testPath}`)) !== hash) {
      const content = await ctx.ai.complete({
        prompt: ctx.prompts.render('test-generation', 2, {
          repo,
          tree: snap.tree,
          readme: snap.readme,
          language: stack.language,
          feedback: prior.feedback,
        }),
      });
      const ran = await runProposedTest(ctx, repo, { path: stack.testPath, content }, stack.command);
      ctx.log.info(`${testPath}: ${ran.status}${ran.exitCode === null ? '' : ` (exit ${ran.exitCode})`}`);
      // Only a test that passed proposes a file; any other is staged for reference, so approving it lands nothing.
      const passed = ran.status === 'passed';
      const result = await ctx.staging.create({
        kind: 'test-file',
        title: passed
          ? `First tests for ${snap.name} (pass in the sandbox)`
          : `${ran.status === 'failed' ? 'Failing' : 'Unrun'} test for ${snap.name} (for reference)`,
        summary: `${stack.language}: ${ran.status}`,
        body: `${testRunReport(ran)}\n\nThe test (${stack.testPath}):\n\n\`\`\`\n${content.trimEnd()}\n\`\`\``,
        target: testPath,
        inputHash: hash,
        files: passed ? [{ targetPath: testPath, content, baseHash: null }] : [],
        metadata: { test: { status: ran.status, command: ran.command, exitCode: ran.exitCode, output: ran.output } },
      });
      await ctx.cursors.set(`tested:${testPath}`, hash);
      if (result.outcome !== 'suppressed') staged++;
    }
    const ciPath = `${repo}/.github/workflows/ci.yml`;
    const ciHash = inputHash(stack.ci);
    // A template proposed once from the same input is not touched again (pending, approved or rejected).
    if (!hasCi && (await ctx.cursors.get(`proposed:${ciPath}`)) !== ciHash) {
      const result = await ctx.staging.create({
        inputHash: ciHash,
        kind: 'ci-workflow',
        title: `CI workflow for ${snap.name}`,
        summary: `Runs the ${stack.language} tests on push`,
        body: `\`\`\`yaml\n${stack.ci}\`\`\``,
        files: [{ targetPath: ciPath, content: stack.ci, baseHash: null }],
      });
      await ctx.cursors.set(`proposed:${ciPath}`, ciHash);
      if (result.outcome !== 'suppressed') staged++;
    }
  }
  if (staged === 0)
    return {
      kind: 'nothing-to-report',
      reason: `all ${repos.length} repositories have tests and CI, no recognised stack, or only proposals already queued or rejected`,
    };
  return { kind: 'produced', summary: `${staged} proposal(s) across ${repos.length} repositories` };
}

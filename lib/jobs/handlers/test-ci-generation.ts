import type { JobContext } from '../job-context';
import type { JobResult } from '../types';
import { inputHash, priorFeedback } from './prior-feedback';
import { repoSnapshot } from './repo-snapshot';

type Stack = { language: string; testPath: string; ci: string };

const NODE_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci\n      - run: npm test\n`;
const PYTHON_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install -e . pytest\n      - run: pytest\n`;
const GO_CI = `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with:\n          go-version: stable\n      - run: go test ./...\n`;

function detectStack(names: Set<string>): Stack | null {
  if (names.has('package.json'))
    return {
      language: 'JavaScript/TypeScript (node:test or the project runner)',
      testPath: 'test/smoke.test.js',
      ci: NODE_CI,
    };
  if (names.has('pyproject.toml') || names.has('setup.py') || names.has('requirements.txt'))
    return { language: 'Python (pytest)', testPath: 'tests/test_smoke.py', ci: PYTHON_CI };
  if (names.has('go.mod')) return { language: 'Go (testing)', testPath: 'smoke_test.go', ci: GO_CI };
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
    if (prior && !prior.unchanged) {
      const content = await ctx.ai.complete({
        prompt: ctx.prompts.render('test-generation', 2, {
          repo,
          tree: snap.tree,
          readme: snap.readme,
          language: stack.language,
          feedback: prior.feedback,
        }),
      });
      const result = await ctx.staging.create({
        kind: 'test-file',
        inputHash: hash,
        title: `First tests for ${snap.name}`,
        summary: stack.language,
        body: content,
        files: [{ targetPath: testPath, content, baseHash: null }],
      });
      if (result.outcome !== 'suppressed') staged++;
    }
    if (!hasCi) {
      const result = await ctx.staging.create({
        inputHash: inputHash(stack.ci),
        kind: 'ci-workflow',
        title: `CI workflow for ${snap.name}`,
        summary: `Runs the ${stack.language} tests on push`,
        body: `\`\`\`yaml\n${stack.ci}\`\`\``,
        files: [{ targetPath: `${repo}/.github/workflows/ci.yml`, content: stack.ci, baseHash: null }],
      });
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

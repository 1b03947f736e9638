import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RULE = 'job-handlers-import-only-context-and-pure-helpers';
const LIST_RULE = 'contributed-job-lists-hold-only-schedules-and-handlers';
const depcruise = path.resolve('node_modules/.bin/depcruise');

type Violation = { rule: { name: string }; from: string; to: string };

async function cruise(cwd: string, config: string): Promise<Violation[]> {
  const { stdout } = await run(depcruise, ['--config', config, '--max-depth', '1', '--output-type', 'json', 'lib'], {
    cwd,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('dependency rule: job handlers import only the job context and pure helpers', () => {
  it('holds for every core handler and every contributed job list and handler', async () => {
    const violations = await cruise(process.cwd(), path.resolve('.dependency-cruiser.cjs'));
    expect(violations.filter((v) => v.rule.name === RULE || v.rule.name === LIST_RULE)).toEqual([]);
  }, 60_000);

  it('the catalog takes contributed jobs only from lib/<domain>/jobs.ts, the lists the rule covers', () => {
    const source = readFileSync('lib/jobs/catalog.ts', 'utf8');
    const imports = [...source.matchAll(/^import (?!type ).*from '([^']+)';$/gm)].map((m) => m[1] ?? '');
    const outside = imports.filter((i) => !i.startsWith('./handlers/'));
    expect(outside).toEqual(['../intelligence/jobs']);
    for (const i of outside) expect(i).toMatch(/^\.\.\/[a-z-]+\/jobs$/);
  });

  it('catches a handler that imports the database (the rule is not vacuous)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'buddy-depcruise-'));
    try {
      const file = (relative: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
        writeFileSync(path.join(dir, relative), text);
      };
      file('tsconfig.json', '{"compilerOptions":{"module":"esnext","moduleResolution":"bundler"}}');
      file('lib/db/client.ts', 'export const getDb = () => 1;\n');
      file('lib/jobs/job-context.ts', 'export const deepFreeze = <T>(v: T) => v;\n');
      file('lib/jobs/handlers/sneaky.ts', "import { getDb } from '../../db/client';\nexport const x = getDb();\n");
      file(
        'lib/jobs/handlers/fine.ts',
        "import { deepFreeze } from '../job-context';\nexport const y = deepFreeze(1);\n",
      );
      file('lib/env.ts', 'export const env = () => ({ at: "05:00" });\n');
      // A domain's contributed jobs: its handlers and its list are held to the same rule.
      file('lib/news/job-handlers.ts', "import { getDb } from '../db/client';\nexport const h = () => getDb();\n");
      file('lib/news/poll.ts', "import { getDb } from '../db/client';\nexport const poll = () => getDb();\n");
      file(
        'lib/news/jobs.ts',
        "import { env } from '../env';\nimport { h } from './job-handlers';\nimport { poll } from './poll';\nexport const JOBS = [env, h, poll];\n",
      );
      copyFileSync('.dependency-cruiser.cjs', path.join(dir, '.dependency-cruiser.cjs'));
      const violations = await cruise(dir, '.dependency-cruiser.cjs');
      expect(
        violations
          .filter((v) => v.rule.name === RULE || v.rule.name === LIST_RULE)
          .map((v) => [v.rule.name, v.from, v.to])
          .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      ).toEqual([
        [RULE, 'lib/jobs/handlers/sneaky.ts', 'lib/db/client.ts'],
        [RULE, 'lib/news/job-handlers.ts', 'lib/db/client.ts'],
        [LIST_RULE, 'lib/news/jobs.ts', 'lib/news/poll.ts'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RULE = 'job-handlers-import-only-context-and-pure-helpers';
const depcruise = path.resolve('node_modules/.bin/depcruise');

type Violation = { rule: { name: string }; from: string; to: string };

async function cruise(cwd: string, config: string): Promise<Violation[]> {
  const { stdout } = await run(
    depcruise,
    ['--config', config, '--max-depth', '1', '--output-type', 'json', 'lib/jobs/handlers'],
    {
      cwd,
      maxBuffer: 32 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('dependency rule: job handlers import only the job context and pure helpers', () => {
  it('holds for every handler in lib/jobs/handlers', async () => {
    const violations = await cruise(process.cwd(), path.resolve('.dependency-cruiser.cjs'));
    expect(violations.filter((v) => v.rule.name === RULE)).toEqual([]);
  }, 60_000);

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
      copyFileSync('.dependency-cruiser.cjs', path.join(dir, '.dependency-cruiser.cjs'));
      const violations = await cruise(dir, '.dependency-cruiser.cjs');
      expect(violations.map((v) => [v.rule.name, v.from, v.to])).toEqual([
        [RULE, 'lib/jobs/handlers/sneaky.ts', 'lib/db/client.ts'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

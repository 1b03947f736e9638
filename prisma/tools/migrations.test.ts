import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// The migrate command runs in plain Node (see test/global-setup.ts for why not in-process).
function migrateCheck() {
  return spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'check'], { encoding: 'utf8' });
}

// Each check migrates scratch databases of both providers in a child process: seconds on a quiet machine,
// much longer on a loaded one, so these two get a generous timeout of their own.
const SLOW = 180_000;

it('both migration histories produce exactly the schema', { timeout: SLOW }, () => {
  const result = migrateCheck();
  expect(result.stdout).toContain('sqlite: migrations match the schema');
  expect(result.stdout).toContain('postgresql: migrations match the schema');
  expect(result.status).toBe(0);
});

it('a schema change without a migration fails the check for both providers', { timeout: SLOW }, () => {
  const file = path.resolve('prisma/schema/zz-check-probe.prisma');
  writeFileSync(file, 'model CheckProbe {\n  id String @id\n}\n');
  try {
    const result = migrateCheck();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('sqlite: migrations are behind the schema');
    expect(result.stderr).toContain('postgresql: migrations are behind the schema');
    expect(result.stderr).toContain('CheckProbe');
  } finally {
    rmSync(file);
  }
});

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { filtersFor, openSchemaEngine } from './schema-engine';
import { migrationsDir, type Provider } from './schema-files';

export function readMigrationList(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  mkdirSync(baseDir, { recursive: true });
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const migrationDirectories = readdirSync(baseDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const file = path.join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? ({ tag: 'ok', value: readFileSync(file, 'utf8') } as const)
            : ({ tag: 'error', value: `missing ${file}` } as const),
        },
      };
    });
  return {
    baseDir,
    // A brand-new history has no lock file yet; the engine still needs to know the connector.
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : `provider = "${provider}"\n`,
    },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies every pending migration; a second call applies nothing. */
export async function applyMigrations(provider: Provider, url: string): Promise<string[]> {
  const { engine, explain } = await openSchemaEngine(provider, url);
  try {
    const out = await engine.applyMigrations({
      migrationsList: readMigrationList(provider),
      filters: filtersFor(provider),
    });
    return out.appliedMigrationNames;
  } catch (error) {
    throw explain(error);
  } finally {
    engine.free();
  }
}

/**
 * SQL that would bring the migration history up to the schema; empty when they agree.
 * The engine replays the history into the database behind `scratchUrl` as its shadow, so for
 * PostgreSQL that must be an empty scratch database; for SQLite an in-memory one does.
 */
export async function pendingSchemaChange(provider: Provider, scratchUrl: string): Promise<string> {
  const { engine, files, explain } = await openSchemaEngine(provider, scratchUrl);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationList(provider) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: filtersFor(provider),
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } catch (error) {
    throw explain(error);
  } finally {
    engine.free();
  }
}

export function writeMigration(provider: Provider, name: string, sql: string): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
  const lock = path.join(migrationsDir(provider), 'migration_lock.toml');
  if (!existsSync(lock)) {
    writeFileSync(lock, `# Written by Buddy's migrate tool; same format as Prisma's.\nprovider = "${provider}"\n`);
  }
  return dir;
}

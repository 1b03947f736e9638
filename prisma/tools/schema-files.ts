import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export const PRISMA_DIR = path.resolve(import.meta.dirname, '..');
export const SCHEMA_DIR = path.join(PRISMA_DIR, 'schema');

export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, 'migrations', provider);
}

/**
 * The schema is written once, for SQLite. PostgreSQL gets the same models with its own provider and
 * client output, so both databases always share one data model and one set of TypeScript types.
 */
export function loadSchemaFiles(provider: Provider): { path: string; content: string }[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.prisma'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(SCHEMA_DIR, name), 'utf8');
      const content =
        provider === 'sqlite'
          ? text
          : text
              .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
              .replace('lib/db/generated/sqlite', 'lib/db/generated/postgresql');
      return { path: path.join(SCHEMA_DIR, name), content };
    });
}

export function providerOf(url: string): Provider {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(':')[0]}:")`);
}

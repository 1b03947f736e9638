/**
 * Buddy's migrate command. Works offline through Prisma's WebAssembly schema engine:
 *   deploy            apply pending migrations to DATABASE_URL (SQLite file or PostgreSQL)
 *   create <name>     write a migration for both providers from the schema change
 *   check             exit 1 when the schema and either migration history disagree
 * Creating PostgreSQL migrations needs a server for a scratch database: BUDDY_PG_SCRATCH_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { env } from '../../lib/env';
import { applyMigrations, pendingSchemaChange, writeMigration } from './migrations';
import { providerOf, type Provider } from './schema-files';
import { withScratchPostgres } from './scratch-postgres';

async function pending(provider: Provider): Promise<string> {
  return provider === 'sqlite'
    ? pendingSchemaChange('sqlite', ':memory:')
    : withScratchPostgres(env().BUDDY_PG_SCRATCH_URL, (url) => pendingSchemaChange('postgresql', url));
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (command === 'deploy') {
    const url = env().DATABASE_URL;
    const provider = providerOf(url);
    if (provider === 'sqlite') mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true });
    const applied = await applyMigrations(provider, url);
    console.log(applied.length ? `applied ${applied.join(', ')}` : `${provider}: database is up to date`);
    return 0;
  }
  if (command === 'create') {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      console.error('usage: npm run db:migration:create -- <name in snake_case>');
      return 2;
    }
    for (const provider of ['sqlite', 'postgresql'] as const) {
      const sql = await pending(provider);
      console.log(sql ? `${provider}: wrote ${writeMigration(provider, name, sql)}` : `${provider}: no change`);
    }
    return 0;
  }
  if (command === 'check') {
    let failed = false;
    for (const provider of ['sqlite', 'postgresql'] as const) {
      const sql = await pending(provider);
      if (sql) {
        failed = true;
        console.error(`${provider}: migrations are behind the schema:\n${sql}`);
      } else console.log(`${provider}: migrations match the schema`);
    }
    return failed ? 1 : 0;
  }
  console.error('usage: migrate.ts deploy | create <name> | check');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

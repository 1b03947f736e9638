/**
 * Generates the Prisma client for both providers. The PostgreSQL schema is derived from the SQLite
 * source (see schema-files.ts) into prisma/.postgresql/, a sibling of prisma/schema/ so the
 * generator's relative output path lands in lib/db/generated/postgresql.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSchemaFiles, PRISMA_DIR, SCHEMA_DIR } from './schema-files';

const pgDir = path.join(PRISMA_DIR, '.postgresql');
rmSync(pgDir, { recursive: true, force: true });
mkdirSync(pgDir, { recursive: true });
for (const file of loadSchemaFiles('postgresql')) {
  writeFileSync(path.join(pgDir, path.basename(file.path)), file.content);
}

// Generating needs no schema engine; pointing the CLI at any executable stops it from downloading one.
const cliEnv = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/true' };
const prismaBin = path.join(PRISMA_DIR, '..', 'node_modules', '.bin', 'prisma');
for (const schema of [SCHEMA_DIR, pgDir]) {
  execFileSync(prismaBin, ['generate', '--schema', schema], { stdio: 'inherit', env: cliEnv });
}

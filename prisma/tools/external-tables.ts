/**
 * Tables that migrations create with hand-written SQL because Prisma's schema cannot describe them
 * (SQLite FTS5 virtual tables, PostgreSQL search tables maintained by triggers, ...). The schema
 * engine ignores them when it compares the migration history with the schema.
 */
export const EXTERNAL_TABLES: string[] = [];

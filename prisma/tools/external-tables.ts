/**
 * Tables that migrations create with hand-written SQL because Prisma's schema cannot describe them
 * (SQLite FTS5 virtual tables, PostgreSQL search tables maintained by triggers, ...). The schema
 * engine ignores them when it compares the migration history with the schema.
 *
 * The engine wants PostgreSQL tables schema-qualified ("public.name") and SQLite tables bare, and
 * refuses a list that mixes both, so each provider gets only its own names (see externalTablesFor).
 */
export const EXTERNAL_TABLES: string[] = [
  // memory (SQLite): FTS5 index, its shadow tables and the content table it indexes
  'memory_search_doc',
  'memory_fts',
  'memory_fts_data',
  'memory_fts_idx',
  'memory_fts_docsize',
  'memory_fts_config',
  // memory (PostgreSQL): tsvector search table with its GIN index
  'public.memory_search',
];

/** The names for one provider: qualified ones for PostgreSQL, bare ones for SQLite. */
export function externalTablesFor(provider: 'sqlite' | 'postgresql'): string[] {
  return EXTERNAL_TABLES.filter((name) => name.includes('.') === (provider === 'postgresql'));
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { externalTablesFor } from './external-tables';
import { loadSchemaFiles, type Provider } from './schema-files';

/**
 * Prisma's native schema engine is downloaded at run time, which fails offline. Its official
 * WebAssembly build works through the same driver adapters, so migrations run anywhere Node runs.
 * Node 20 cannot import a .wasm module directly, so it is instantiated by hand.
 */
let wasmReady: Promise<void> | undefined;
let lastPanic: string | undefined;
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The wasm build reports a Rust panic's message here before throwing; keep it for the error.
    (globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const wasmPath = path.join(pkgDir, 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start: () => void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
let pgPatched = false;

/**
 * The schema engine describes a PostgreSQL database through catalog queries that return the
 * internal one-byte `"char"` type, which @prisma/adapter-pg 7.10 cannot map and rejects. Its text
 * form is a plain one-character string, so the migration tooling (and only it: this module is never
 * loaded by the app) reports it as text. The adapter opens its own pools for shadow databases, so
 * the patch has to sit on pg's Client.
 */
function reportPgCharAsText(): void {
  if (pgPatched) return;
  pgPatched = true;
  for (const target of [pg.Client.prototype, pg.Pool.prototype] as unknown as {
    query: (...a: unknown[]) => unknown;
  }[]) {
    const original = target.query;
    target.query = function patched(this: unknown, ...args: unknown[]) {
      const out = original.apply(this, args);
      if (!(out instanceof Promise)) return out;
      return out.then((result: pg.QueryResult | undefined) => {
        for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
        return result;
      });
    };
  }
}

type RawQuery = { sql: string; args: unknown[] };
type ShadowAdapter = { executeRaw(q: RawQuery): Promise<number>; executeScript(sql: string): Promise<void> };

/**
 * When replaying migrations into its SQLite shadow, the engine sends each migration file as one
 * executeRaw, which better-sqlite3 refuses ("more than one statement"). The adapter's own
 * executeScript runs such a file, so the shadow connection falls back to it.
 */
function sqliteWithScriptReplay(url: string): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3({ url });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = (await connectToShadowDb()) as unknown as ShadowAdapter;
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !/more than one statement/.test(String(error))) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter as unknown as Awaited<ReturnType<typeof connectToShadowDb>>;
  };
  return factory;
}

export function adapterFactoryFor(provider: Provider, url: string) {
  if (provider === 'sqlite') return sqliteWithScriptReplay(url.replace(/^file:/, ''));
  reportPgCharAsText();
  return new PrismaPg({ connectionString: url });
}

export async function openSchemaEngine(provider: Provider, url: string, log: (line: string) => void = () => {}) {
  await loadWasm();
  const files = loadSchemaFiles(provider);
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactoryFor(provider, url));
  const engine: SchemaEngine = await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    (message: string) => log(message),
    factory,
  );
  // The engine reports adapter failures as "External error id#N"; the registry holds the real one.
  const explain = (error: unknown): Error => {
    const match = /External error id#(\d+)/.exec(String((error as Error)?.message ?? error));
    const registry = (
      factory as unknown as { errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } }
    ).errorRegistry;
    const cause = match ? registry?.consumeError(Number(match[1]))?.error : undefined;
    if (lastPanic) {
      const panic = lastPanic;
      lastPanic = undefined;
      return new Error(`schema engine panicked: ${panic}`);
    }
    if (!cause) return error as Error;
    return new Error(
      `${(error as Error).message.split('\n')[0]}\n${cause instanceof Error ? cause.stack : JSON.stringify(cause)}`,
    );
  };
  return { engine, files, explain };
}

export const filtersFor = (provider: Provider) => ({ externalTables: externalTablesFor(provider), externalEnums: [] });

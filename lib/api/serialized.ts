import type { z } from 'zod';

/** A value as the browser receives it from the API (JSON.stringify, then JSON.parse): dates become ISO strings. */
export type Serialized<T> = T extends Date
  ? string
  : T extends Array<infer U>
    ? Serialized<U>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;

/** What a server component hands a client component: the same shape the API would send. */
export function serialize<T>(value: T): Serialized<T> {
  return JSON.parse(JSON.stringify(value)) as Serialized<T>;
}

/** What an endpoint's reply is in the browser: its output schema (lib/<domain>/reply-schemas.ts), serialised. */
export type Reply<S extends z.ZodType> = Serialized<z.output<S>>;

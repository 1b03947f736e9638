import { Prisma } from './generated/sqlite/client';

/**
 * What a nullable Json column is written with. Prisma refuses a bare null there because it could mean
 * SQL NULL or the JSON value null; Buddy's columns never need the JSON null, so null is SQL NULL.
 */
export function jsonOrNull(
  value: Prisma.InputJsonValue | null | undefined,
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value ?? Prisma.DbNull;
}

/** A value as it may be written to a Json column (what Prisma accepts there). */
export type JsonInput = Prisma.InputJsonValue;

/** A Json column's value as Prisma reads it. */
export type JsonValue = Prisma.JsonValue;

/** Import bodies: big enough for a real memory (tens of thousands of notes), small enough to parse safely. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 50_000;
export const MAX_IMPORT_FILES = 400;
// An import is all-or-nothing, so it runs in one transaction that may take a while.
export const IMPORT_TX = { timeout: 180_000, maxWait: 15_000 };

import { readFile } from 'node:fs/promises';
import { getDb } from '../db/client';
import { applyIgnoreRules, parseIgnoreRules } from './ignore-rules';
import { driftRoots } from './roots';
import type { DriftFinding } from './types';

/** The ignore file's rules, each with how much open drift it matches now (0 = unused). */
export async function listIgnoreRules() {
  const file = driftRoots().ignoreFile;
  const text = await readFile(file, 'utf8').catch(() => '');
  const db = await getDb();
  const open = await db.driftItem.findMany({
    where: { state: 'open' },
    select: { id: true, resource: true, fieldPath: true, kind: true },
  });
  const { rules } = applyIgnoreRules(open as unknown as DriftFinding[], parseIgnoreRules(text));
  return { file: 'governance/.driftignore', rules };
}
export type IgnoreRulesView = Awaited<ReturnType<typeof listIgnoreRules>>;

import { createHash } from 'node:crypto';
import type { DriftFinding, Finding } from './types';

/**
 * The same drift on two nights must be recognised as the same item, so the id depends only on
 * where the difference is and what kind it is, never on the values (which may keep moving).
 */
export function fingerprint(f: Pick<Finding, 'resource' | 'fieldPath' | 'kind'>): string {
  return createHash('sha256').update(`${f.resource}\u0000${f.fieldPath}\u0000${f.kind}`).digest('hex').slice(0, 20);
}

export function withIds(findings: Finding[]): DriftFinding[] {
  const seen = new Map<string, DriftFinding>();
  for (const f of findings) {
    const id = fingerprint(f);
    if (!seen.has(id)) seen.set(id, { ...f, id });
  }
  return [...seen.values()];
}

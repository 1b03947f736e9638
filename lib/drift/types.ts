import { z } from 'zod';

export const DRIFT_KINDS = ['missing', 'unexpected', 'changed'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How accepting an item ("the documentation is wrong") edits the YAML block. */
export const patchSchema = z.object({
  op: z.enum(['set', 'delete', 'list-add', 'list-remove']),
  path: z.array(z.string()),
  value: z.unknown().optional(),
});
export type DocPatch = z.infer<typeof patchSchema>;

/** DriftReport.fingerprints as stored: the ids of the drift items the report covers. */
export const storedFingerprintsSchema = z.array(z.string());

/** One difference between the document and reality, before it gets a stable id. */
export type Finding = {
  resource: string; // "<type>.<id>", e.g. container.gateway
  fieldPath: string; // "" for the resource as a whole, else dotted, e.g. hardening.capAdd
  kind: DriftKind;
  severity: Severity;
  declared: unknown;
  actual: unknown;
  message?: string;
  line?: number;
  patch?: DocPatch;
};

export type DriftFinding = Finding & { id: string };

/** A collector either observed something or explains why it could not. */
export type Collected<T> = { ok: true; value: T } | { ok: false; error: string };

export function collectorError(resource: string, what: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  return {
    resource: `collector.${resource}`,
    fieldPath: 'reachable',
    kind: 'missing',
    severity: 'high',
    declared: true,
    actual: message,
    message: `${what}: ${message}`,
  };
}

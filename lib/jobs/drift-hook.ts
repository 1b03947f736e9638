import type { JobContext } from './job-context';

export type DriftFinding = { resource: string; field: string; declared: string; actual: string; severity: 'low' | 'medium' | 'high' };
type DriftDetector = (ctx: JobContext) => Promise<DriftFinding[]>;

let detector: DriftDetector = async () => [];

/**
 * HOOK POINT for architecture drift detection (drift issue): the 22:00 infra-health job calls
 * detectDrift; the drift module registers its detector here at worker start. Until then: no drift.
 */
export function registerDriftDetector(next: DriftDetector): void {
  detector = next;
}

export function detectDrift(ctx: JobContext): Promise<DriftFinding[]> {
  return detector(ctx);
}

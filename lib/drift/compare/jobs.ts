import type { ObservedScheduler } from '../collectors/job-schedulers';
import type { Declared } from '../declared/schema';
import type { Finding } from '../types';

type DeclaredJobs = NonNullable<Declared['jobs']>;

/**
 * Declared schedules against BullMQ's job schedulers. The model is not observable from a scheduler,
 * so it is documented but not compared.
 */
export function compareJobs(declared: DeclaredJobs, actual: ObservedScheduler[], defaultTz: string): Finding[] {
  const out: Finding[] = [];
  const byName = new Map(actual.map((s) => [s.name, s]));
  for (const [name, d] of Object.entries(declared)) {
    const a = byName.get(name);
    const resource = `job.${name}`;
    if (!a) {
      out.push({
        resource,
        fieldPath: '',
        kind: 'missing',
        severity: 'high',
        declared: d.schedule,
        actual: null,
        patch: { op: 'delete', path: ['jobs', name] },
      });
      continue;
    }
    if (a.pattern !== d.schedule) {
      out.push({
        resource,
        fieldPath: 'schedule',
        kind: 'changed',
        severity: 'medium',
        declared: d.schedule,
        actual: a.pattern,
        patch: { op: 'set', path: ['jobs', name, 'schedule'], value: a.pattern },
      });
    }
    const tz = d.tz ?? defaultTz;
    if (a.tz && a.tz !== tz) {
      out.push({
        resource,
        fieldPath: 'tz',
        kind: 'changed',
        severity: 'low',
        declared: tz,
        actual: a.tz,
        patch: { op: 'set', path: ['jobs', name, 'tz'], value: a.tz },
      });
    }
  }
  for (const a of actual) {
    if (declared[a.name]) continue;
    out.push({
      resource: `job.${a.name}`,
      fieldPath: '',
      kind: 'unexpected',
      severity: 'medium',
      declared: null,
      actual: a.pattern,
      patch: { op: 'set', path: ['jobs', a.name], value: { schedule: a.pattern, model: 'unknown' } },
    });
  }
  return out;
}

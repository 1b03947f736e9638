import type { ObservedContainer, ObservedHardening } from '../collectors/containers';
import type { DeclaredContainer } from '../declared/schema';
import type { Finding, Severity } from '../types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (list: string[]) => [...list].sort();

/** The observed container written the way the architecture page declares one. */
export function asDeclared(c: ObservedContainer): DeclaredContainer {
  const h: Partial<ObservedHardening> = { ...c.hardening };
  if (!h.user) delete h.user;
  if (h.memoryMb === null) delete h.memoryMb;
  if (h.pidsLimit === null) delete h.pidsLimit;
  return {
    image: c.image,
    role: c.name,
    ports: c.ports,
    running: c.running,
    hardening: h as DeclaredContainer['hardening'],
  };
}

function changed(name: string, fieldPath: string, declared: unknown, actual: unknown, severity: Severity): Finding {
  return {
    resource: `container.${name}`,
    fieldPath,
    kind: 'changed',
    severity,
    declared,
    actual,
    patch: { op: 'set', path: ['containers', name, ...fieldPath.split('.')], value: actual },
  };
}

function compareOne(name: string, d: DeclaredContainer, a: ObservedContainer): Finding[] {
  const out: Finding[] = [];
  if (d.image !== a.image) out.push(changed(name, 'image', d.image, a.image, 'medium'));
  if (
    !same(
      [...d.ports].sort((x, y) => x - y),
      a.ports,
    )
  )
    out.push(changed(name, 'ports', d.ports, a.ports, 'medium'));
  if (d.running !== a.running) out.push(changed(name, 'running', d.running, a.running, 'high'));
  for (const [field, declared] of Object.entries(d.hardening)) {
    if (declared === undefined) continue; // not declared, not compared
    const actual = a.hardening[field as keyof ObservedHardening];
    const norm = (v: unknown) => (Array.isArray(v) ? sorted(v as string[]) : v);
    if (!same(norm(declared), norm(actual)))
      out.push(changed(name, `hardening.${field}`, declared, actual ?? null, 'high'));
  }
  return out;
}

export function compareContainers(declared: Record<string, DeclaredContainer>, actual: ObservedContainer[]): Finding[] {
  const out: Finding[] = [];
  const byName = new Map(actual.map((c) => [c.name, c]));
  for (const [name, d] of Object.entries(declared)) {
    const a = byName.get(name);
    if (!a) {
      out.push({
        resource: `container.${name}`,
        fieldPath: '',
        kind: 'missing',
        severity: 'high',
        declared: d.image,
        actual: null,
        patch: { op: 'delete', path: ['containers', name] },
      });
      continue;
    }
    out.push(...compareOne(name, d, a));
  }
  for (const a of actual) {
    if (declared[a.name]) continue;
    out.push({
      resource: `container.${a.name}`,
      fieldPath: '',
      kind: 'unexpected',
      severity: 'medium',
      declared: null,
      actual: a.image,
      patch: { op: 'set', path: ['containers', a.name], value: asDeclared(a) },
    });
  }
  return out;
}

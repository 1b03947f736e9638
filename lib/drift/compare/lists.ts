import type { Finding, Severity } from '../types';

/**
 * Set comparison for named things (extensions, secrets, workspace layers): one item per name that is
 * declared but absent, or present but not declared.
 */
export function compareNames(opts: {
  type: string;
  listPath: string[];
  declared: string[];
  actual: string[];
  severity: Severity;
}): Finding[] {
  const { type, listPath, declared, actual, severity } = opts;
  const out: Finding[] = [];
  for (const name of declared) {
    if (actual.includes(name)) continue;
    out.push({
      resource: `${type}.${name}`,
      fieldPath: '',
      kind: 'missing',
      severity,
      declared: name,
      actual: null,
      patch: { op: 'list-remove', path: listPath, value: name },
    });
  }
  for (const name of actual) {
    if (declared.includes(name)) continue;
    out.push({
      resource: `${type}.${name}`,
      fieldPath: '',
      kind: 'unexpected',
      severity: severity === 'high' ? 'medium' : 'low',
      declared: null,
      actual: name,
      patch: { op: 'list-add', path: listPath, value: name },
    });
  }
  return out;
}

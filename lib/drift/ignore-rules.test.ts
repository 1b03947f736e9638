import { describe, expect, it } from 'vitest';
import { withIds } from './fingerprint';
import { applyIgnoreRules, parseIgnoreRules } from './ignore-rules';
import type { Finding } from './types';

const f = (resource: string, fieldPath = ''): Finding => ({
  resource,
  fieldPath,
  kind: 'changed',
  severity: 'low',
  declared: 1,
  actual: 2,
});
const findings = withIds([
  f('container.sandbox', 'image'),
  f('container.gateway', 'hardening.memoryMb'),
  f('container.gateway', 'ports'),
  f('secret.extra'),
]);

describe('ignore rules', () => {
  it('matches resources, field paths and wildcards; comments may follow a rule; ! re-includes', () => {
    const rules = parseIgnoreRules(
      [
        '# header',
        'container.sandbox.image   # tag moves',
        'container.gateway',
        '!container.gateway.ports',
        'secret.*',
        'job.never-there',
      ].join('\n'),
    );
    const { items, rules: uses } = applyIgnoreRules(findings, rules);
    expect(items.map((i) => [i.resource, i.fieldPath, i.ignored])).toEqual([
      ['container.sandbox', 'image', true],
      ['container.gateway', 'hardening.memoryMb', true],
      ['container.gateway', 'ports', false],
      ['secret.extra', '', true],
    ]);
    expect(uses.filter((u) => u.unused).map((u) => [u.line, u.text])).toEqual([[6, 'job.never-there']]);
    expect(uses[0]).toMatchObject({ line: 2, text: 'container.sandbox.image', matches: 1 });
  });

  it('gives the same drift the same id on two nights, whatever the values', () => {
    const [a] = withIds([{ ...f('container.web', 'ports'), actual: [1] }]);
    const [b] = withIds([{ ...f('container.web', 'ports'), actual: [2] }]);
    expect(a?.id).toBe(b?.id);
    expect(a?.id).not.toBe(withIds([f('container.web', 'image')])[0]?.id);
  });
});

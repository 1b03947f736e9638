import type { DriftFinding } from './types';

export type IgnoreRule = { line: number; text: string; negate: boolean; pattern: string; regex: RegExp };
export type RuleUse = { line: number; text: string; negate: boolean; matches: number; unused: boolean };

function globToRegex(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  // A rule for a resource (or a field) also covers everything below it.
  return new RegExp(`^${body}(\\..*)?$`);
}

/** `.driftignore`: one rule per line, `#` starts a comment anywhere, `!` re-includes. */
export function parseIgnoreRules(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.replace(/#.*$/, '').trim();
    if (!text) return;
    const negate = text.startsWith('!');
    const pattern = negate ? text.slice(1).trim() : text;
    if (!pattern) return;
    rules.push({ line: index + 1, text, negate, pattern, regex: globToRegex(pattern) });
  });
  return rules;
}

export const itemKey = (f: Pick<DriftFinding, 'resource' | 'fieldPath'>) =>
  f.fieldPath ? `${f.resource}.${f.fieldPath}` : f.resource;

/**
 * Marks findings as ignored (the last matching rule wins, as in .gitignore) and counts how often each
 * rule matched, so a rule that matches nothing can be reported as unused.
 */
export function applyIgnoreRules<T extends DriftFinding>(findings: T[], rules: IgnoreRule[]) {
  const uses = rules.map(() => 0);
  const items = findings.map((f) => {
    const key = itemKey(f);
    let ignored = false;
    rules.forEach((rule, i) => {
      if (!rule.regex.test(key)) return;
      uses[i] = (uses[i] ?? 0) + 1;
      ignored = !rule.negate;
    });
    return { ...f, ignored };
  });
  const ruleUses: RuleUse[] = rules.map((r, i) => ({
    line: r.line,
    text: r.text,
    negate: r.negate,
    matches: uses[i] ?? 0,
    unused: (uses[i] ?? 0) === 0,
  }));
  return { items, rules: ruleUses };
}

'use client';

import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { useIgnoreRules } from './use-drift';

export function IgnoreRulesCard() {
  const { data, error } = useIgnoreRules();
  const rules = data?.rules ?? [];
  return (
    <Card aria-labelledby="drift-ignore">
      <CardHeader
        title="Ignore rules"
        hint={`${data?.file ?? 'governance/.driftignore'} (human-only; ignored drift is counted, not hidden)`}
      />
      {error ? <p className="text-sm text-bad">Could not read the rules: {error.message}</p> : null}
      {rules.length === 0 ? <p className="text-sm text-muted">No rules.</p> : null}
      <ul className="space-y-1.5">
        {rules.map((r) => (
          <li key={r.line} data-testid="ignore-rule" className="flex items-center justify-between gap-2 text-sm">
            <code className="font-mono text-xs">
              <span className="text-muted">{r.line}:</span> {r.text}
            </code>
            {r.unused ? <Badge tone="warn">unused</Badge> : <Badge tone="ok">{r.matches} match(es)</Badge>}
          </li>
        ))}
      </ul>
    </Card>
  );
}

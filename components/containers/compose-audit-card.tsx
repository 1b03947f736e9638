'use client';

import { useState } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { Card, CardHeader } from '../ui/card';
import { AuditTable } from './audit-table';
import { useComposeAudit } from './use-containers';

/** The hardening audit of every service declared in docker-compose.yml. */
export function ComposeAuditCard() {
  const { data, error, isPending } = useComposeAudit();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card data-testid="compose-audit">
      <CardHeader
        title="docker-compose.yml"
        hint="What each service declares, judged by the same checks as the live containers."
      />
      {isPending ? <p className="text-sm text-muted">Reading the compose file…</p> : null}
      {error ? <p className="text-sm text-bad">{error.message}</p> : null}
      <ul className="divide-y divide-border">
        {data?.services.map((s) => (
          <li key={s.name} className="py-2">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span className="font-mono">{s.name}</span>
              <span className="flex items-center gap-2">
                {s.passed ? (
                  <Badge tone="ok">{s.checks.length} checks pass</Badge>
                ) : (
                  <Badge tone="bad">fails: {s.failed.join(', ')}</Badge>
                )}
                <Button
                  variant="ghost"
                  className="px-2 py-1 text-xs"
                  onClick={() => setOpen(open === s.name ? null : s.name)}
                >
                  {open === s.name ? 'Hide' : 'Details'}
                </Button>
              </span>
            </div>
            {open === s.name ? <AuditTable report={s} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

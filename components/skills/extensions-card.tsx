import { Puzzle } from 'lucide-react';
import type { ExtensionSummary } from '@/lib/skills/list-extensions';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';

export function ExtensionsCard({ extensions }: { extensions: ExtensionSummary[] }) {
  return (
    <Card>
      <CardHeader title="Gateway extensions" hint="OpenClaw plugins that enforce Buddy's rules at tool-call time." />
      <ul className="space-y-3">
        {extensions.map((e) => (
          <li key={e.id} className="flex gap-3">
            <Puzzle className="mt-0.5 size-4 shrink-0 text-accent" aria-hidden />
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                {e.name}{' '}
                <span className="font-mono text-xs text-muted">
                  {e.id}@{e.version}
                </span>
                {e.built ? null : <Badge tone="warn">not built</Badge>}
                {e.tools.map((t) => (
                  <Badge key={t} tone="accent">
                    tool {t}
                  </Badge>
                ))}
              </p>
              <p className="mt-0.5 text-xs text-muted">{e.description}</p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

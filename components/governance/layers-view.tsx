'use client';

import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { governanceKeys } from './keys';

type Layers =
  | {
      ok: true;
      layers: Array<{ name: string; description: string; promotion: { allowed: boolean } }>;
      brands: Array<{ name: string; projects: string[] }>;
    }
  | { ok: false; error: string };

export function LayersView() {
  const layers = useQuery({
    queryKey: governanceKeys.layers(),
    queryFn: () => apiFetch<Layers>('/api/governance/layers'),
  });
  const data = layers.data;
  if (data && !data.ok)
    return (
      <p role="alert" className="rounded-xl border border-bad/40 bg-bad/10 p-4 text-sm text-bad">
        {data.error}
      </p>
    );
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader
          title="Workspace layers"
          hint="governance/workspace.yaml: checked by the CLI, the commit hooks and staging promotion."
        />
        <ul className="space-y-3">
          {(data?.ok ? data.layers : []).map((l) => (
            <li key={l.name} className="flex items-start justify-between gap-3 text-sm">
              <div>
                <p className="font-mono">{l.name}</p>
                <p className="text-xs text-muted">{l.description}</p>
              </div>
              <Badge tone={l.promotion.allowed ? 'ok' : 'bad'}>
                {l.promotion.allowed ? 'promotable' : 'no agent writes'}
              </Badge>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <CardHeader title="Brands" hint="A brand's projects must not reference another brand's code." />
        <ul className="space-y-3 text-sm">
          {(data?.ok ? data.brands : []).map((b) => (
            <li key={b.name}>
              <p className="font-medium">{b.name}</p>
              <p className="font-mono text-xs text-muted">{b.projects.join('  ·  ')}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import type { SecretFileView } from '@/lib/secrets/list-secrets';
import { apiFetch } from '../api-client';
import { Badge } from '../ui/badge';
import { Card, CardHeader } from '../ui/card';
import { governanceKeys } from './keys';

export function SecretsView() {
  const secrets = useQuery({
    queryKey: governanceKeys.secrets(),
    queryFn: () =>
      apiFetch<{ sourceDir: string; targetDir: string; targetOnTmpfs: boolean; files: SecretFileView[] }>(
        '/api/governance/secrets',
      ),
  });
  const data = secrets.data;
  return (
    <Card>
      <CardHeader
        title="Encrypted secrets"
        hint={
          data
            ? `sops + age files in ${data.sourceDir}; decrypted at start to ${data.targetDir} ${data.targetOnTmpfs ? '(tmpfs)' : '(NOT tmpfs: decryption is refused there)'}. Values are never shown.`
            : 'Key names only; values are never shown.'
        }
      />
      {secrets.error ? <p className="text-sm text-bad">{secrets.error.message}</p> : null}
      {data && data.files.length === 0 ? (
        <p className="text-sm text-muted">
          No encrypted files yet. Add *.sops.yaml, .json, .env or binary files to secrets/.
        </p>
      ) : null}
      <ul className="space-y-3">
        {(data?.files ?? []).map((f) => (
          <li key={f.file} data-list-item className="rounded-lg border border-border bg-surface-2/40 p-4 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-mono">
                {f.file} <span className="text-xs text-muted">({f.format})</span>
              </p>
              <Badge tone={f.decrypted ? 'ok' : 'neutral'}>{f.decrypted ? 'decrypted now' : 'not decrypted'}</Badge>
            </div>
            {f.error ? <p className="mt-1 text-xs text-bad">{f.error}</p> : null}
            <dl className="mt-2 grid gap-1 text-xs sm:grid-cols-[8rem_1fr]">
              <dt className="text-muted">keys</dt>
              <dd className="font-mono">{f.keys.join(', ') || '—'}</dd>
              <dt className="text-muted">recipients</dt>
              <dd className="font-mono break-all">{f.recipients.join(', ') || '—'}</dd>
              <dt className="text-muted">last modified</dt>
              <dd>{f.lastModified ?? '—'}</dd>
              <dt className="text-muted">mounted by</dt>
              <dd>{f.mountedBy.join(', ') || 'no container'}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}

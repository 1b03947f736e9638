'use client';

import { Check, Copy, KeyRound } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../ui/button';

/** The bearer token, shown once: Buddy keeps only its hash. */
export function TokenReveal({ token, subject, onDone }: { token: string; subject: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="alert" className="rounded-xl border border-accent/40 bg-accent/5 p-4">
      <p className="flex items-center gap-2 text-sm font-medium">
        <KeyRound className="size-4 text-accent" /> Token for {subject}: copy it now, it will not be shown again.
      </p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="grant-token"
          className="flex-1 overflow-x-auto rounded-lg border border-border bg-surface-2 px-3 py-2 font-mono text-xs"
        >
          {token}
        </code>
        <Button
          onClick={async () => {
            await navigator.clipboard?.writeText(token).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? <Check className="size-4" /> : <Copy className="size-4" />} {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}

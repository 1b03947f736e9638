import type { GrantStatus } from '@/lib/governance/grants/schemas';
import { Badge, StatusDot, type Tone } from '../ui/badge';

const CHIPS: Record<GrantStatus, { tone: Tone; label: string }> = {
  active: { tone: 'ok', label: 'active' },
  expiring: { tone: 'warn', label: 'expiring' },
  expired: { tone: 'bad', label: 'expired' },
  revoked: { tone: 'neutral', label: 'revoked' },
};

export function GrantStatusChip({ status, daysLeft }: { status: GrantStatus; daysLeft: number }) {
  const chip = CHIPS[status];
  return (
    <Badge tone={chip.tone}>
      <StatusDot tone={chip.tone} />
      {chip.label}
      {status === 'expiring' || status === 'active' ? ` · ${daysLeft}d` : ''}
    </Badge>
  );
}

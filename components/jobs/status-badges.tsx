import { Badge, StatusDot, type Tone } from '../ui/badge';

const RUN_TONES: Record<string, Tone> = {
  succeeded: 'ok',
  failed: 'bad',
  'timed-out': 'bad',
  skipped: 'neutral',
  running: 'accent',
  queued: 'accent',
};

export function RunStatusBadge({ status }: { status: string }) {
  const tone = RUN_TONES[status] ?? 'neutral';
  return (
    <Badge tone={tone}>
      <StatusDot tone={tone} />
      {status}
    </Badge>
  );
}

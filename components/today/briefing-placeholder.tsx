import { Sunrise } from 'lucide-react';
import { Card, CardHeader } from '../ui/card';

export function BriefingPlaceholder() {
  return (
    <Card className="md:col-span-2">
      <CardHeader title="Briefing of the night" hint="Written at 05:30 from what actually ran." />
      <div className="flex items-start gap-3 text-sm text-muted">
        <Sunrise className="mt-0.5 size-5 shrink-0 text-warn" aria-hidden />
        <p>
          No briefing yet. Once the nightly jobs run, this is where you will read what ran, what failed and what
          waits for your approval — failures first.
        </p>
      </div>
    </Card>
  );
}

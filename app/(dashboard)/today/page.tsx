import { BriefingPlaceholder } from '@/components/today/briefing-placeholder';
import { HealthCard } from '@/components/today/health-card';
import { WorkersCard } from '@/components/today/workers-card';
import { PageHeader } from '@/components/ui/page-header';
import { env } from '@/lib/env';
import { greeting } from '@/lib/settings/greeting';

export const metadata = { title: 'Today' };

export default function TodayPage() {
  const { salutation, date } = greeting(env().BUDDY_TZ);
  return (
    <>
      <PageHeader title={salutation} description={`${date} · what happened overnight and what waits for you.`} />
      <div className="grid gap-5 md:grid-cols-3">
        <BriefingPlaceholder />
        <HealthCard />
        <div className="md:col-span-3">
          <WorkersCard />
        </div>
      </div>
    </>
  );
}

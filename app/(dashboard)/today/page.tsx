import { HealthCard } from '@/components/today/health-card';
import { TodayBriefing } from '@/components/today/today-briefing';
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
      <div className="grid grid-cols-1 gap-5 md:grid-cols-3">
        <TodayBriefing />
        <HealthCard />
        <div className="md:col-span-2">
          <WorkersCard />
        </div>
      </div>
    </>
  );
}

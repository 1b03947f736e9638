import { queryKeys } from '@/components/query-keys';
import { QuerySeed } from '@/components/query-seed';
import { briefingKeys } from '@/components/today/briefing-keys';
import { HealthCard } from '@/components/today/health-card';
import { TodayBriefing } from '@/components/today/today-briefing';
import { WorkersCard } from '@/components/today/workers-card';
import { PageHeader } from '@/components/ui/page-header';
import { serialize } from '@/lib/api/serialized';
import { listBriefings } from '@/lib/briefing/list-briefings';
import { env } from '@/lib/env';
import { listWorkers } from '@/lib/heartbeats/list-workers';
import { greeting } from '@/lib/settings/greeting';

export const metadata = { title: 'Today' };
export const dynamic = 'force-dynamic';

export default async function TodayPage() {
  const { salutation, date } = greeting(env().BUDDY_TZ);
  // The briefing (the page's largest content) and the workers come with the page. Health is asked
  // for by the browser: a slow Docker engine must not hold the whole page back.
  const [briefings, workers] = await Promise.all([listBriefings(), listWorkers()]);
  return (
    <QuerySeed
      seeds={[
        { key: briefingKeys.list(), data: serialize(briefings) },
        { key: queryKeys.workers(), data: { workers } },
      ]}
    >
      <PageHeader title={salutation} description={`${date} · what happened overnight and what waits for you.`} />
      <div className="grid grid-cols-1 gap-5 md:grid-cols-3">
        <TodayBriefing />
        <HealthCard />
        <div className="md:col-span-2">
          <WorkersCard />
        </div>
      </div>
    </QuerySeed>
  );
}

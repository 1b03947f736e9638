import type { ReactNode } from 'react';
import { jobsKeys } from '@/components/jobs/keys';
import { AppShell } from '@/components/layout/app-shell';
import { QuerySeed } from '@/components/query-seed';
import { stagingKeys } from '@/components/staging/keys';
import { serialize } from '@/lib/api/serialized';
import { requireOwnerPage } from '@/lib/auth/current-owner';
import { env } from '@/lib/env';
import { countJobsNeedingAttention } from '@/lib/jobs/count-jobs-needing-attention';
import { countStagedItems } from '@/lib/staging/count-staged-items';

export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const owner = await requireOwnerPage();
  // The sidebar's badges come with the page rather than two requests after it.
  const [counts, attention] = await Promise.all([countStagedItems(), countJobsNeedingAttention()]);
  return (
    <QuerySeed
      seeds={[
        { key: stagingKeys.counts(), data: serialize(counts) },
        { key: jobsKeys.attention(), data: attention },
      ]}
    >
      <AppShell ownerEmail={owner.email} timeZone={env().BUDDY_TZ}>
        {children}
      </AppShell>
    </QuerySeed>
  );
}

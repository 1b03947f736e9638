'use client';

import { useState } from 'react';
import { useCounts } from '../staging/use-staging';
import { BriefingCard } from './briefing-card';
import { BriefingHistory } from './briefing-history';
import { useBriefing, useBriefings } from './use-briefings';

/** The latest briefing (or a chosen earlier one) with the history beside it. */
export function TodayBriefing() {
  const { data, error } = useBriefings();
  const counts = useCounts();
  const [chosen, setChosen] = useState<string | null>(null);
  const earlier = useBriefing(chosen && chosen !== data?.latest?.id ? chosen : null);
  const shown = earlier.data ?? data?.latest ?? null;
  const pending = counts.data?.byStatus.pending ?? 0;
  return (
    <>
      {error ? <p className="text-sm text-bad md:col-span-3">Could not load the briefing: {error.message}</p> : null}
      <BriefingCard briefing={shown} isLatest={!earlier.data} pending={pending} />
      <BriefingHistory history={data?.history ?? []} shownId={shown?.id ?? null} onShow={setChosen} />
    </>
  );
}

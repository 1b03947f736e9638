import type { FactProvider, FactWindow, Facts, GatheredFacts } from './facts';

/** Asks every source at once; a failing source is recorded so the briefing can say so plainly. */
export async function gatherFacts(providers: FactProvider[], window: FactWindow): Promise<GatheredFacts> {
  const settled = await Promise.allSettled(providers.map((p) => p.gather(window)));
  const facts: Facts = {};
  const failures: GatheredFacts['failures'] = [];
  settled.forEach((outcome, i) => {
    const source = providers[i]?.name ?? `source ${i}`;
    if (outcome.status === 'fulfilled') Object.assign(facts, outcome.value);
    else
      failures.push({
        source,
        message: outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason),
      });
  });
  return { ...window, facts, failures };
}

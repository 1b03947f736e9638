import type { FactProvider, FactWindow, Facts, GatheredFacts } from './facts';

// Two sources may fill the same list (Buddy's breakers and the gateway's): their entries add up.
function merge(into: Facts, part: Partial<Facts>) {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(part)) {
    const existing = target[key];
    target[key] = Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value;
  }
}

/** Asks every source at once; a failing source is recorded so the briefing can say so plainly. */
export async function gatherFacts(providers: FactProvider[], window: FactWindow): Promise<GatheredFacts> {
  const settled = await Promise.allSettled(providers.map((p) => p.gather(window)));
  const facts: Facts = {};
  const failures: GatheredFacts['failures'] = [];
  settled.forEach((outcome, i) => {
    const source = providers[i]?.name ?? `source ${i}`;
    if (outcome.status === 'fulfilled') merge(facts, outcome.value);
    else
      failures.push({
        source,
        message: outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason),
      });
  });
  return { ...window, facts, failures };
}

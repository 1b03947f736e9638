import { randomUUID } from 'node:crypto';
import { NoProviderError } from '../ai/types';
import { selectProvider } from '../ai/select-provider';
import { completeWithRetries } from '../ai/with-retries';
import { CATALOG } from '../jobs/catalog';
import { effectiveSettings, getDefinition } from '../jobs/definitions';
import { buildBriefing } from './build-briefing';
import type { WriteProse } from './prose';

// The owner is waiting on the button: one short model call, not a night job's budget.
const PROSE_TIMEOUT_MS = 30_000;

/**
 * The morning-briefing job's own model, asked the way the job asks it (same provider, the model the
 * owner set for that job, its own session key), so a rebuild reads like the 05:30 briefing.
 */
async function proseWriter(): Promise<WriteProse> {
  const spec = CATALOG.get('morning-briefing');
  const model = spec ? effectiveSettings(spec, await getDefinition(spec.name)).model : null;
  const provider = selectProvider();
  return async ({ system, prompt }) => {
    if (!provider || !model) throw new NoProviderError();
    const signal = AbortSignal.timeout(PROSE_TIMEOUT_MS);
    const completion = await completeWithRetries(
      provider,
      {
        model,
        system,
        messages: [{ role: 'user', content: prompt }],
        maxTokens: 400,
        sessionKey: `buddy:rebuild:${randomUUID()}`,
        signal,
      },
      { deadline: Date.now() + PROSE_TIMEOUT_MS, maxAttempts: 2 },
    );
    return completion.text;
  };
}

/** "Rebuild now": the same night, the same facts, and the same prose as the scheduled briefing would have. */
export async function rebuildBriefing() {
  return buildBriefing({ trigger: 'manual', writeProse: await proseWriter() });
}

import type { CronChangedEvent, PluginLogger } from '../../../plugin-lib/openclaw-types';
import type { BreakerConfig } from './config';
import { type CircuitState, reportState, setJobEnabled } from './remote';

type JobCircuit = {
  state: CircuitState;
  failures: number;
  lastError: string | null;
  timer?: ReturnType<typeof setTimeout>;
};

const FAILED = new Set(['error', 'failed', 'failure', 'timeout', 'timed-out']);
const SUCCEEDED = new Set(['ok', 'success', 'succeeded', 'completed']);

/**
 * closed --N errors--> open (job disabled) --cooldown--> half-open (job enabled for one run)
 * half-open --success--> closed; half-open --error--> open again.
 */
export function createBreaker(config: BreakerConfig, logger: PluginLogger) {
  const jobs = new Map<string, JobCircuit>();

  async function transition(jobId: string, circuit: JobCircuit, state: CircuitState): Promise<void> {
    circuit.state = state;
    try {
      if (state === 'open') await setJobEnabled(config, jobId, false);
      if (state === 'half-open') await setJobEnabled(config, jobId, true);
    } catch (error) {
      logger.error(
        `cron-circuit-breaker: could not ${state === 'open' ? 'disable' : 'enable'} ${jobId}: ${String(error)}`,
      );
    }
    if (state === 'open') {
      clearTimeout(circuit.timer);
      circuit.timer = setTimeout(() => void transition(jobId, circuit, 'half-open'), config.cooldownMs);
      circuit.timer.unref?.();
    }
    const report = {
      state,
      consecutiveFailures: circuit.failures,
      threshold: config.threshold,
      lastError: circuit.lastError,
      changedAt: new Date().toISOString(),
      source: 'openclaw-gateway' as const,
    };
    await reportState(config, jobId, report).catch((error) => logger.warn(`cron-circuit-breaker: ${String(error)}`));
    logger.info(`cron-circuit-breaker: ${jobId} is ${state} after ${circuit.failures} consecutive error(s)`);
  }

  async function onCronChanged(event: CronChangedEvent): Promise<void> {
    if (!event?.jobId) return;
    if (event.action === 'removed') {
      clearTimeout(jobs.get(event.jobId)?.timer);
      jobs.delete(event.jobId);
      return;
    }
    const status = (event.status ?? '').toLowerCase();
    const failed = FAILED.has(status) || (Boolean(event.error) && !SUCCEEDED.has(status));
    if (!failed && !SUCCEEDED.has(status)) return; // scheduled, updated, started: not a run outcome
    const circuit = jobs.get(event.jobId) ?? { state: 'closed' as CircuitState, failures: 0, lastError: null };
    jobs.set(event.jobId, circuit);
    if (circuit.state === 'open') return; // a run that was already in flight when the breaker opened
    if (!failed) {
      const wasTripped = circuit.state === 'half-open' || circuit.failures > 0;
      circuit.failures = 0;
      circuit.lastError = null;
      if (wasTripped) await transition(event.jobId, circuit, 'closed');
      return;
    }
    circuit.failures++;
    circuit.lastError = (event.error ?? status).slice(0, 500);
    if (circuit.state === 'half-open' || circuit.failures >= config.threshold)
      await transition(event.jobId, circuit, 'open');
  }

  return {
    onCronChanged,
    state: (jobId: string) => jobs.get(jobId)?.state ?? 'closed',
    stop: () => {
      for (const circuit of jobs.values()) clearTimeout(circuit.timer);
    },
  };
}

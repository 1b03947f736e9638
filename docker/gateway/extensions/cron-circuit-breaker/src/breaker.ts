import type { CronChangedEvent, PluginLogger } from '../../../plugin-lib/openclaw-types';
import type { BreakerConfig } from './config';
import { type CircuitState, reportState, setJobEnabled } from './remote';

type JobCircuit = {
  state: CircuitState;
  failures: number;
  lastError: string | null;
  cooldownEndsAt: string | null;
  timer?: ReturnType<typeof setTimeout>;
};

const FAILED = new Set(['error', 'failed', 'failure', 'timeout', 'timed-out']);
const SUCCEEDED = new Set(['ok', 'success', 'succeeded', 'completed']);

const newCircuit = (): JobCircuit => ({ state: 'closed', failures: 0, lastError: null, cooldownEndsAt: null });

/**
 * closed --N errors--> open (job disabled) --cooldown--> half-open (job enabled for one run)
 * half-open --success--> closed; half-open --error--> open again.
 * The owner can close it at any time from Buddy's Jobs page (reset): the job is enabled and the streak cleared.
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
    clearTimeout(circuit.timer);
    circuit.cooldownEndsAt = null;
    if (state === 'open') {
      circuit.cooldownEndsAt = new Date(Date.now() + config.cooldownMs).toISOString();
      circuit.timer = setTimeout(() => void transition(jobId, circuit, 'half-open'), config.cooldownMs);
      circuit.timer.unref?.();
    }
    await report(jobId, circuit);
    logger.info(`cron-circuit-breaker: ${jobId} is ${state} after ${circuit.failures} consecutive error(s)`);
  }

  async function report(jobId: string, circuit: JobCircuit): Promise<void> {
    const body = {
      state: circuit.state,
      consecutiveFailures: circuit.failures,
      threshold: config.threshold,
      lastError: circuit.lastError,
      changedAt: new Date().toISOString(),
      cooldownEndsAt: circuit.cooldownEndsAt,
      source: 'openclaw-gateway' as const,
    };
    await reportState(config, jobId, body).catch((error) => logger.warn(`cron-circuit-breaker: ${String(error)}`));
  }

  /**
   * The owner's re-enable from Buddy: the job is enabled first, and only when the gateway accepted that is
   * the breaker closed and reported (a failed enable throws and leaves the breaker as it was). Works for a
   * job this process has not seen too (the gateway restarted while the job stayed disabled).
   */
  async function reset(jobId: string): Promise<JobCircuit> {
    await setJobEnabled(config, jobId, true);
    const circuit = jobs.get(jobId) ?? newCircuit();
    jobs.set(jobId, circuit);
    clearTimeout(circuit.timer);
    circuit.state = 'closed';
    circuit.failures = 0;
    circuit.lastError = null;
    circuit.cooldownEndsAt = null;
    await report(jobId, circuit);
    logger.info(`cron-circuit-breaker: ${jobId} re-enabled by the owner`);
    return circuit;
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
    const circuit = jobs.get(event.jobId) ?? newCircuit();
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
    reset,
    state: (jobId: string) => jobs.get(jobId)?.state ?? 'closed',
    stop: () => {
      for (const circuit of jobs.values()) clearTimeout(circuit.timer);
    },
  };
}

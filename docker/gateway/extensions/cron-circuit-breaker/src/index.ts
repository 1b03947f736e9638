import type { OpenClawPluginDefinition } from '../../../plugin-lib/openclaw-types';
import { createBreaker } from './breaker';
import { readConfig } from './config';
import { resetRoute } from './reset-route';

const plugin: OpenClawPluginDefinition = {
  id: 'cron-circuit-breaker',
  name: 'Cron circuit breaker',
  description: "Disables a gateway cron job after consecutive errors and reports it to Buddy's Jobs page.",
  register(api) {
    let breaker: ReturnType<typeof createBreaker>;
    try {
      breaker = createBreaker(readConfig(api.pluginConfig), api.logger);
    } catch (error) {
      // Without tokens it can neither disable jobs nor report; say so loudly and stay inert.
      api.logger.error(`cron-circuit-breaker disabled: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    api.on('cron_changed', (event) => breaker.onCronChanged(event));
    api.registerHttpRoute(resetRoute((jobId) => breaker.reset(jobId)));
    // OpenClaw requires a start function on every service (shared/OPENCLAW.md).
    api.registerService({ id: 'cron-circuit-breaker', start: () => {}, stop: () => breaker.stop() });
  },
};

export default plugin;

import { block, type BeforeToolCallResult, type OpenClawPluginDefinition } from '../../../plugin-lib/openclaw-types';
import { buddyApiTool } from './buddy-api-tool';
import { type GovernanceConfig, readConfig } from './config';
import { evaluateCall } from './evaluate-call';

const PLUGIN_ID = 'governance-enforcement';

/**
 * Enforces Buddy's workspace layers at run time: no writes into _governance, _archive, skill or
 * extension folders or outside the workspace; _foundation needs approval; no deletes, pushes,
 * history rewrites or approve calls from shell commands. Any doubt blocks the call.
 */
const plugin: OpenClawPluginDefinition = {
  id: PLUGIN_ID,
  name: 'Governance enforcement',
  description: "Blocks tool calls that break Buddy's workspace rules; fails closed.",
  register(api) {
    let config: GovernanceConfig | null = null;
    let configError = '';
    try {
      config = readConfig(api.pluginConfig);
    } catch (error) {
      configError = error instanceof Error ? error.message : String(error);
      api.logger.error(`${PLUGIN_ID}: ${configError}; every guarded tool call will be blocked`);
    }

    api.on(
      'before_tool_call',
      (event, ctx): BeforeToolCallResult => {
        if (!config) return block(`${PLUGIN_ID} is misconfigured (${configError}); refusing ${event.toolName}`);
        try {
          const decision = evaluateCall(event.toolName, event.params ?? {}, config);
          if (decision.kind === 'allow') return undefined;
          if (decision.kind === 'block') {
            api.logger.warn(
              `${PLUGIN_ID}: blocked ${event.toolName} for ${ctx.agentId ?? 'agent'}: ${decision.reason}`,
            );
            return block(`Blocked by Buddy governance: ${decision.reason}.`);
          }
          return {
            requireApproval: {
              title: `Write into a protected layer (${event.toolName})`,
              description: decision.reason,
              severity: 'warning',
              timeoutMs: 300_000,
              timeoutBehavior: 'deny',
            },
          };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return block(`Blocked by Buddy governance (fails closed): ${message}.`);
        }
      },
      { priority: 1000 },
    );

    if (config) api.registerTool(buddyApiTool(config));
  },
};

export default plugin;

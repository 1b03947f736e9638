import { block, type OpenClawPluginDefinition, textResult } from '../../../plugin-lib/openclaw-types';
import { execRequestSchema, LANGUAGES } from '../../../../../lib/sandbox/exec-schema';
import { type ExecRequest, execInSandbox, readConfig, SandboxError, type SandboxConfig } from './sandbox-client';

/** The shared sandbox contract (lib/sandbox/exec-schema.ts), then this gateway's timeout bounds. */
function parseRequest(params: Record<string, unknown>, config: SandboxConfig): ExecRequest | string {
  const parsed = execRequestSchema.safeParse(params);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid request';
  const { timeoutMs, ...request } = parsed.data;
  return { ...request, timeoutMs: Math.min(timeoutMs ?? config.defaultTimeoutMs, config.maxTimeoutMs) };
}

/** Hooks cannot re-route a call, so the built-in runners are blocked and sandbox_exec is offered. */
const plugin: OpenClawPluginDefinition = {
  id: 'sandbox-exec',
  name: 'Sandbox exec',
  description: "Runs code in Buddy's sandbox and blocks the gateway's own exec tools.",
  register(api) {
    let config: SandboxConfig | null = null;
    let problem = '';
    try {
      config = readConfig(api.pluginConfig);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      api.logger.error(`sandbox-exec: ${problem}`);
    }
    const blocked = config?.blockTools ?? ['exec', 'bash', 'process', 'code_execution'];

    api.on(
      'before_tool_call',
      (event) => {
        if (!blocked.includes(event.toolName)) return undefined;
        return block(
          `${event.toolName} does not run in this gateway: use the sandbox_exec tool ({language: ${LANGUAGES.map((l) => `"${l}"`).join(' | ')}, code, stdin?, timeoutMs?}), which runs the code in Buddy's isolated sandbox.`,
        );
      },
      { priority: 900 },
    );

    api.registerTool({
      name: 'sandbox_exec',
      label: 'Run code in the sandbox',
      description:
        "Run Python 3.12, Node.js 22 or bash in Buddy's isolated sandbox (no network, fresh temporary directory). Returns exitCode, stdout, stderr, durationMs, timedOut, truncated.",
      parameters: {
        type: 'object',
        additionalProperties: false,
        required: ['language', 'code'],
        properties: {
          language: { type: 'string', enum: [...LANGUAGES] },
          code: { type: 'string', description: 'The program to run' },
          stdin: { type: 'string', description: 'Text passed on standard input' },
          timeoutMs: { type: 'integer', minimum: 1, description: 'Wall-clock limit; capped by the plugin' },
        },
      },
      async execute(_toolCallId, params) {
        if (!config) return textResult(`sandbox_exec is not configured: ${problem}`, true);
        const request = parseRequest(params, config);
        if (typeof request === 'string') return textResult(request, true);
        try {
          const result = await execInSandbox(config, request);
          return textResult(result, result.exitCode !== 0 || result.timedOut);
        } catch (error) {
          if (error instanceof SandboxError || error instanceof SyntaxError) return textResult(error.message, true);
          throw error;
        }
      },
    });
  },
};

export default plugin;

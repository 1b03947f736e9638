/**
 * The slice of OpenClaw's plugin SDK (`openclaw/plugin-sdk/plugin-entry`) that Buddy's plugins use,
 * declared locally: the `openclaw` package needs Node 24 and ~640 MB, and a plugin must load without
 * it. Shapes follow the SDK's documented contract (OPENCLAW.md); only types live here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type PluginLogger = {
  debug?: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
};

export type BeforeToolCallEvent = { toolName: string; params: Record<string, unknown>; toolCallId?: string };
export type ToolHookContext = { agentId?: string; sessionKey?: string; runId?: string; toolName?: string };
export type ApprovalRequest = {
  title: string;
  description: string;
  severity?: 'info' | 'warning' | 'critical';
  timeoutMs?: number;
  timeoutBehavior?: 'allow' | 'deny';
};
export type BeforeToolCallResult =
  | { block: true; blockReason: string }
  | { params: Record<string, unknown> }
  | { requireApproval: ApprovalRequest }
  | undefined;

export type CronChangedEvent = { action: string; jobId: string; status?: string; error?: string };

export type HookHandlers = {
  before_tool_call: (
    event: BeforeToolCallEvent,
    ctx: ToolHookContext,
  ) => BeforeToolCallResult | Promise<BeforeToolCallResult>;
  cron_changed: (event: CronChangedEvent, ctx: Record<string, unknown>) => void | Promise<void>;
};
export type HookName = keyof HookHandlers;
export type HookOptions = { priority?: number; matcher?: string; timeoutMs?: number };

export type ToolResult = {
  content: Array<{ type: 'text'; text: string }>;
  details?: Record<string, unknown>;
  isError?: boolean;
};
export type AgentTool = {
  name: string;
  label?: string;
  description: string;
  parameters: Record<string, unknown>;
  execute: (toolCallId: string, params: Record<string, unknown>) => Promise<ToolResult>;
};

export type HttpRoute = {
  path: string;
  auth: 'gateway' | 'plugin';
  match?: 'exact' | 'prefix';
  handler: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
};

/** As OpenClaw 2026.9 declares it: `start` is required (a service without one fails at gateway start). */
export type PluginService = { id: string; start: () => void | Promise<void>; stop?: () => void | Promise<void> };

export type OpenClawPluginApi = {
  id: string;
  pluginConfig?: Record<string, unknown>;
  config: Record<string, unknown>;
  logger: PluginLogger;
  on: <H extends HookName>(hook: H, handler: HookHandlers[H], options?: HookOptions) => void;
  registerTool: (tool: AgentTool, options?: { optional?: boolean }) => void;
  registerHttpRoute: (route: HttpRoute) => void;
  registerService: (service: PluginService) => void;
};

export type OpenClawPluginDefinition = {
  id: string;
  name: string;
  description: string;
  register: (api: OpenClawPluginApi) => void;
};

export function block(blockReason: string): BeforeToolCallResult {
  return { block: true, blockReason };
}

export function textResult(value: unknown, isError = false): ToolResult {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return {
    content: [{ type: 'text', text }],
    details: typeof value === 'object' && value ? (value as Record<string, unknown>) : undefined,
    isError,
  };
}

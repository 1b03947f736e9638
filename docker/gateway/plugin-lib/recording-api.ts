import type { AgentTool, HookHandlers, HookName, HttpRoute, OpenClawPluginApi, PluginService } from './openclaw-types';

/** Test double of OpenClaw's plugin api: records what register() registers so tests can drive it. */
export function recordingApi(pluginConfig: Record<string, unknown> | undefined, config: Record<string, unknown> = {}) {
  const hooks: { [H in HookName]?: HookHandlers[H][] } = {};
  const tools: AgentTool[] = [];
  const routes: HttpRoute[] = [];
  const services: PluginService[] = [];
  const logs: string[] = [];
  const log = (level: string) => (message: string) => void logs.push(`${level}: ${message}`);
  const api: OpenClawPluginApi = {
    id: 'test',
    pluginConfig,
    config,
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    on: (hook, handler) => {
      const list = (hooks[hook] ?? []) as unknown[];
      list.push(handler);
      hooks[hook] = list as never;
    },
    registerTool: (tool) => void tools.push(tool),
    registerHttpRoute: (route) => void routes.push(route),
    registerService: (service) => void services.push(service),
  };
  const hook = <H extends HookName>(name: H): HookHandlers[H] => {
    const handler = hooks[name]?.[0];
    if (!handler) throw new Error(`no ${name} hook registered`);
    return handler as HookHandlers[H];
  };
  const tool = (name: string): AgentTool => {
    const found = tools.find((t) => t.name === name);
    if (!found) throw new Error(`no tool ${name}`);
    return found;
  };
  return { api, hooks, tools, routes, services, logs, hook, tool };
}

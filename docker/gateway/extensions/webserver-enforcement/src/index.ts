import { block, type OpenClawPluginDefinition } from '../../../plugin-lib/openclaw-types';
import { analyzeScript, texts } from '../../../plugin-lib/sh/analyze';
import { ShellParseError } from '../../../plugin-lib/sh/parse';
import { urlBlockReason, urlsIn, type WebConfig } from './check-url';
import { listenerReason } from './listener-rules';

const strings = (v: unknown, fallback: string[]) =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;

type Decision = { at: string; tool: string; target: string; blocked: boolean; reason: string | null };

const plugin: OpenClawPluginDefinition = {
  id: 'webserver-enforcement',
  name: 'Web access enforcement',
  description:
    'Host allow/deny lists for web_fetch and browser, private networks blocked, no listening servers in the gateway.',
  register(api) {
    const raw = api.pluginConfig ?? {};
    const web: WebConfig = {
      allowHosts: strings(raw.allowHosts, []),
      denyHosts: strings(raw.denyHosts, []),
      internalAllow: strings(raw.internalAllow, ['dashboard:5050', 'sandbox:9500']),
    };
    const urlTools = strings(raw.urlTools, ['web_fetch', 'browser']);
    const shellTools = strings(raw.shellTools, ['exec', 'bash', 'process']);
    const statusPath = typeof raw.statusPath === 'string' ? raw.statusPath : '/plugins/webserver-enforcement/status';
    const counts = { checked: 0, blocked: 0 };
    const recent: Decision[] = [];

    const decide = (tool: string, target: string, reason: string | null) => {
      counts.checked++;
      if (reason) counts.blocked++;
      recent.unshift({
        at: new Date().toISOString(),
        tool,
        target: target.slice(0, 200),
        blocked: Boolean(reason),
        reason,
      });
      recent.length = Math.min(recent.length, 50);
      return reason ? block(`Blocked by Buddy web policy: ${reason}.`) : undefined;
    };

    api.on(
      'before_tool_call',
      (event) => {
        const params = event.params ?? {};
        if (urlTools.includes(event.toolName)) {
          for (const url of urlsIn(event.toolName, params)) {
            const reason = urlBlockReason(url, web);
            if (reason) return decide(event.toolName, url, reason);
          }
          return urlsIn(event.toolName, params).length
            ? decide(event.toolName, urlsIn(event.toolName, params).join(' '), null)
            : undefined;
        }
        if (shellTools.includes(event.toolName)) {
          const script = [params.command, params.cmd, params.data].find((v): v is string => typeof v === 'string');
          if (!script) return undefined;
          try {
            for (const inv of analyzeScript(script, null).invocations) {
              const why = listenerReason({ name: inv.name, argv: texts(inv.argv) });
              if (why) return decide(event.toolName, script, `${why}; servers run only inside the sandbox`);
            }
          } catch (error) {
            if (error instanceof ShellParseError)
              return decide(event.toolName, script, `could not read the command safely: ${error.message}`);
            throw error;
          }
        }
        return undefined;
      },
      { priority: 800 },
    );

    api.registerHttpRoute({
      path: statusPath,
      auth: 'gateway',
      match: 'exact',
      handler: (_req, res) => {
        res.statusCode = 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(
          JSON.stringify({ plugin: 'webserver-enforcement', policy: { ...web, urlTools, shellTools }, counts, recent }),
        );
        return true;
      },
    });
  },
};

export default plugin;

import { block, type OpenClawPluginDefinition } from '../../../plugin-lib/openclaw-types';
import { analyzeScript, texts } from '../../../plugin-lib/sh/analyze';
import { ShellParseError } from '../../../plugin-lib/sh/parse';
import { urlsIn, type WebConfig } from './check-url';
import { guardedRequest } from './guarded-request';
import { checkHop } from './hop-check';
import { listenerReason } from './listener-rules';
import { hostResolver } from './resolve-host';
import { shellEgress } from './shell-egress';

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
    const resolve = hostResolver(strings(raw.dnsServers, []));
    const maxRedirects = typeof raw.maxRedirects === 'number' ? raw.maxRedirects : 5;
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

    /** web_fetch: every hop is fetched by hand and checked; the tool is then pointed at the last one. */
    const checkFetch = async (tool: string, params: Record<string, unknown>) => {
      const url = urlsIn(tool, params)[0];
      if (!url) return undefined;
      const result = await guardedRequest(url, web, resolve, { maxHops: maxRedirects, maxBody: 65_536 }).catch(
        (error: Error) => ({
          ok: false,
          reason: `the fetch failed while checking it: ${error.message}`,
          finalUrl: url,
        }),
      );
      if (!result.ok) return decide(tool, url, result.reason);
      decide(tool, url, null);
      return result.finalUrl !== url ? { params: { ...params, url: result.finalUrl } } : undefined;
    };

    const checkShell = async (tool: string, script: string) => {
      let analysis: ReturnType<typeof analyzeScript>;
      try {
        analysis = analyzeScript(script, null);
      } catch (error) {
        if (error instanceof ShellParseError)
          return decide(tool, script, `could not read the command safely: ${error.message}`);
        throw error;
      }
      for (const inv of analysis.invocations) {
        const why = listenerReason({ name: inv.name, argv: texts(inv.argv) });
        if (why) return decide(tool, script, `${why}; servers run only inside the sandbox`);
        const egress = shellEgress(inv);
        if (egress.problem) return decide(tool, script, egress.problem);
        for (const url of egress.urls) {
          const verdict = await checkHop(url, web, resolve);
          if (!verdict.ok) return decide(tool, script, `${inv.name}: ${verdict.reason}`);
        }
      }
      return undefined;
    };

    api.on(
      'before_tool_call',
      async (event) => {
        const params = event.params ?? {};
        if (event.toolName === 'web_fetch' && urlTools.includes('web_fetch')) return checkFetch(event.toolName, params);
        if (urlTools.includes(event.toolName)) {
          // the browser follows its own redirects: its first address is checked, resolved
          for (const url of urlsIn(event.toolName, params)) {
            const verdict = await checkHop(url, web, resolve);
            if (!verdict.ok) return decide(event.toolName, url, verdict.reason);
          }
          const urls = urlsIn(event.toolName, params);
          return urls.length ? decide(event.toolName, urls.join(' '), null) : undefined;
        }
        if (shellTools.includes(event.toolName)) {
          const script = [params.command, params.cmd, params.data].find((v): v is string => typeof v === 'string');
          return script ? checkShell(event.toolName, script) : undefined;
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

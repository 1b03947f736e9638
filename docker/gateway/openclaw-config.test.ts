import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { checkPluginManifests, readManifest } from '../../lib/skills/check-plugin-manifests';

const here = import.meta.dirname;
const extensions = path.join(here, 'extensions');
const PLUGINS = ['governance-enforcement', 'sandbox-exec', 'cron-circuit-breaker', 'webserver-enforcement'];
const SECRETS = ['OPENCLAW_GATEWAY_TOKEN', 'BUDDY_AGENT_TOKEN', 'SANDBOX_API_TOKEN'];

// Keys documented for the parts of openclaw.json Buddy writes (OPENCLAW.md); anything else is a typo.
const DOCUMENTED: Record<string, string[]> = {
  '': [
    'gateway',
    'skills',
    'plugins',
    'agents',
    'tools',
    'cron',
    'models',
    'session',
    'logging',
    'hooks',
    'browser',
    'env',
  ],
  gateway: ['port', 'bind', 'auth', 'http', 'tools', 'mode', 'controlUi', 'trustedProxies', 'tls', 'reload'],
  'gateway.tools': ['allow', 'deny'], // the HTTP /tools/invoke deny list (OpenClaw docs/gateway/tools-invoke-http-api.md)
  'gateway.auth': ['mode', 'token', 'password'],
  'gateway.http': ['endpoints'],
  'gateway.http.endpoints': ['chatCompletions', 'responses'],
  'gateway.http.endpoints.chatCompletions': ['enabled'],
  tools: ['toolSearch', 'deny', 'allow', 'loopDetection', 'exec', 'web', 'media'],
  'tools.loopDetection': ['enabled'],
  agents: ['defaults', 'entries'],
  'agents.defaults': ['workspace', 'model'],
  skills: ['load', 'entries', 'allowBundled'],
  'skills.load': ['extraDirs', 'watch', 'watchDebounceMs'],
  plugins: ['enabled', 'allow', 'deny', 'load', 'entries', 'slots'],
  'plugins.load': ['paths'],
};

// biome-ignore lint/suspicious/noExplicitAny: the parsed JSON5 document is walked by key path
function load(substitute = true): Record<string, any> {
  const text = readFileSync(path.join(here, 'openclaw.json'), 'utf8');
  return JSON5.parse(
    substitute ? text.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name) => `test-${name.toLowerCase()}`) : text,
  );
}

function validator(id: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const manifest = JSON.parse(readFileSync(path.join(extensions, id, 'openclaw.plugin.json'), 'utf8'));
  return ajv.compile(manifest.configSchema);
}

describe('docker/gateway/openclaw.json', () => {
  it('uses only documented keys', () => {
    const config = load();
    for (const [where, allowed] of Object.entries(DOCUMENTED)) {
      const node = where ? where.split('.').reduce((n, k) => n?.[k], config) : config;
      if (node === undefined) continue;
      expect(
        Object.keys(node).filter((k) => !allowed.includes(k)),
        `unknown keys under ${where || 'the root'}`,
      ).toEqual([]);
    }
    for (const [id, entry] of Object.entries(config.plugins.entries)) {
      expect(
        Object.keys(entry as object).filter((k) => !['enabled', 'config'].includes(k)),
        id,
      ).toEqual([]);
    }
  });

  it('is a local gateway on the host workspace, with plugin tools exposed and the self-reconfiguring tools denied', () => {
    const config = load();
    expect(config.gateway.mode).toBe('local');
    expect(config.agents.defaults.workspace).toBe('/workspace');
    expect(config.plugins.entries['governance-enforcement'].config.workspaceDir).toBe('/workspace');
    expect(config.tools.toolSearch).toBe(false);
    for (const tool of ['plugins', 'openclaw', 'gateway', 'automations', 'skill_workshop', 'sessions_spawn'])
      expect(config.tools.deny).toContain(tool);
    expect(config.tools.loopDetection.enabled).toBe(true);
    expect([...config.plugins.allow].sort()).toEqual([...PLUGINS, 'admin-http-rpc'].sort());
    // The sandbox joins the stack's sandbox network under this alias (scripts/sandbox-run.sh).
    expect(config.plugins.entries['sandbox-exec'].config.baseUrl).toBe('http://buddy-sandbox:9500');
  });

  it('enables token auth from a secret and the OpenAI-compatible endpoint', () => {
    const raw = load(false);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the config must hold the placeholder, not a value
    expect(raw.gateway.auth).toEqual({ mode: 'token', token: '${OPENCLAW_GATEWAY_TOKEN}' });
    expect(raw.gateway.http.endpoints.chatCompletions.enabled).toBe(true);
    expect(raw.gateway.port).toBe(18789);
    // The breaker disables jobs through the bundled admin RPC plugin, not the cron tool on /tools/invoke
    // (the real gateway refuses that: "trusted operational run instance required").
    expect(raw.plugins.entries['admin-http-rpc']).toEqual({ enabled: true });
    expect(raw.gateway.tools?.allow ?? []).not.toContain('cron');
    expect(raw.plugins.entries['cron-circuit-breaker'].config.reportPath).toBe('/api/jobs/gateway/{jobId}/circuit');
    const variables = [...readFileSync(path.join(here, 'openclaw.json'), 'utf8').matchAll(/\$\{([A-Z0-9_]+)\}/g)].map(
      (m) => m[1],
    );
    expect(new Set(variables)).toEqual(new Set(SECRETS));
  });

  it("loads Buddy's skills and all four plugins, each enabled with a config its schema accepts", () => {
    const config = load();
    expect(config.skills.load.extraDirs).toEqual(['/opt/buddy/skills']);
    expect(config.plugins.load.paths.map((p: string) => path.basename(p))).toEqual(PLUGINS);
    for (const id of PLUGINS) {
      const entry = config.plugins.entries[id];
      expect(entry.enabled, id).toBe(true);
      const validate = validator(id);
      expect(validate(entry.config), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('refuses plugin configs that fail their schema, with the failing field', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['governance-enforcement', { workspaceDir: 'relative/path' }, '/workspaceDir'],
      ['sandbox-exec', { baseUrl: 'http://sandbox:9500' }, 'token'],
      ['cron-circuit-breaker', { buddyToken: 'a', gatewayToken: 'b', threshold: 0 }, '/threshold'],
      ['webserver-enforcement', { internalAllow: ['dashboard'] }, '/internalAllow/0'],
      ['webserver-enforcement', { allowList: [] }, 'allowList'],
    ];
    for (const [id, config, field] of cases) {
      const validate = validator(id);
      expect(validate(config), id).toBe(false);
      expect(JSON.stringify(validate.errors)).toContain(field);
    }
  });

  it('every plugin folder has a valid manifest, package.json and declares its tools', async () => {
    expect(await checkPluginManifests(extensions)).toEqual([]);
    expect((await readManifest(path.join(extensions, 'sandbox-exec'))).contracts?.tools).toEqual(['sandbox_exec']);
    expect((await readManifest(path.join(extensions, 'governance-enforcement'))).contracts?.tools).toEqual([
      'buddy_api',
    ]);
  });
});

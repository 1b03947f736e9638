import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { BeforeToolCallResult, OpenClawPluginDefinition } from '../../docker/gateway/plugin-lib/openclaw-types';
import { recordingApi } from '../../docker/gateway/plugin-lib/recording-api';
import { AGENT_UID, runWithWorkspaceMounts } from './os-layer';

/**
 * The gateway plugins as the gateway loads them: the committed bundles (dist/index.js), registered
 * with a recording api, their before_tool_call handler called with the event and context OpenClaw
 * passes. A refusal here is the plugin layer of an attack.
 */
export async function loadHook(
  id: 'governance-enforcement' | 'webserver-enforcement',
  config: Record<string, unknown>,
) {
  const bundle = path.join(import.meta.dirname, '../../docker/gateway/extensions', id, 'dist/index.js');
  const plugin = (await import(pathToFileURL(bundle).href)).default as OpenClawPluginDefinition;
  const rec = recordingApi(config);
  plugin.register(rec.api);
  const handler = rec.hook('before_tool_call');
  return {
    rec,
    call: (toolName: string, params: Record<string, unknown>): Promise<BeforeToolCallResult> =>
      Promise.resolve(handler({ toolName, params }, { agentId: 'main', sessionKey: 'buddy:run:red-team' })),
  };
}

export async function expectRefused(result: Promise<BeforeToolCallResult>, why?: string): Promise<void> {
  const r = (await result) as { block?: boolean; blockReason?: string } | undefined;
  expect(r?.block, `expected a block, got ${JSON.stringify(r)}`).toBe(true);
  if (why) expect(r?.blockReason).toContain(why);
}

/** A host workspace laid out as in the stack, every folder mode 0777: only the mounts protect it. */
export function makeWorkspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'buddy-redteam-ws-'));
  const files: Record<string, string> = {
    '_governance/policy.md': '# policy: human-only\n',
    '_governance/sub/rules.md': 'rules\n',
    '_archive/2025/old.md': 'archived\n',
    '_active/app/README.md': 'app\n',
    '_experiments/x.sh': 'rm -rf _governance _archive\n',
    x: 'a file to copy\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.join(ws, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(ws, file), text);
  }
  chmodSync(path.join(ws, '_experiments/x.sh'), 0o777);
  const open = (dir: string) => {
    chmodSync(dir, 0o777);
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) open(p);
      else chmodSync(p, 0o666);
    }
  };
  open(ws);
  chmodSync(path.join(ws, '_experiments/x.sh'), 0o777);
  return ws;
}

/** Every file (and folder) under the protected layers with a hash of its content. */
export function snapshotProtected(ws: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const abs = path.join(ws, rel);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      out[`${rel}/`] = 'dir';
      for (const name of readdirSync(abs).sort()) walk(path.join(rel, name));
    } else out[rel] = createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 16);
  };
  walk('_governance');
  walk('_archive');
  return out;
}

/** The OS layer: runs `script` as the agent uid under the gateway's mounts; the protected layers must not change. */
export async function expectOsRefuses(ws: string, script: string): Promise<void> {
  const before = snapshotProtected(ws);
  expect(Object.keys(before).length).toBeGreaterThan(3);
  const { output } = await runWithWorkspaceMounts('gateway', ws, script, AGENT_UID);
  expect(snapshotProtected(ws), `the protected layers changed; container said: ${output.slice(0, 400)}`).toEqual(
    before,
  );
}

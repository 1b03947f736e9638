import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';

export type ManifestProblem = { file: string; message: string };
export type PluginManifest = {
  id: string;
  name?: string;
  description?: string;
  version?: string;
  configSchema: Record<string, unknown>;
  contracts?: { tools?: string[] };
};

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Reads `<dir>/<id>/openclaw.plugin.json`; throws with the file name when it is missing or not JSON. */
export async function readManifest(pluginDir: string): Promise<PluginManifest> {
  return (await readJson(path.join(pluginDir, 'openclaw.plugin.json'))) as PluginManifest;
}

/**
 * Checks every plugin folder the way OpenClaw loads it: manifest with id (= folder), inline JSON
 * Schema configSchema that compiles, name/description/version, contracts.tools, and a package.json
 * of type module whose openclaw.extensions points at ./dist/index.js.
 */
export async function checkPluginManifests(dir: string): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const id of (await readdir(dir)).sort()) {
    const folder = path.join(dir, id);
    if (!(await stat(folder)).isDirectory()) continue;
    const manifestFile = path.join(folder, 'openclaw.plugin.json');
    const packageFile = path.join(folder, 'package.json');
    const add = (file: string, message: string) => problems.push({ file, message });
    try {
      const m = await readManifest(folder);
      if (m.id !== id) add(manifestFile, `id "${m.id}" must equal the folder name "${id}"`);
      for (const key of ['name', 'description', 'version'] as const)
        if (typeof m[key] !== 'string' || !m[key]) add(manifestFile, `"${key}" is required`);
      if (!m.configSchema || typeof m.configSchema !== 'object')
        add(manifestFile, '"configSchema" must be an inline JSON Schema object');
      else {
        try {
          ajv.compile(m.configSchema);
        } catch (error) {
          add(manifestFile, `configSchema does not compile: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (!Array.isArray(m.contracts?.tools))
        add(manifestFile, '"contracts.tools" must list every tool the plugin registers (empty when none)');
    } catch (error) {
      add(manifestFile, `missing or not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      const pkg = (await readJson(packageFile)) as { type?: string; openclaw?: { extensions?: unknown } };
      if (pkg.type !== 'module') add(packageFile, '"type" must be "module"');
      if (JSON.stringify(pkg.openclaw?.extensions) !== JSON.stringify(['./dist/index.js']))
        add(packageFile, 'openclaw.extensions must be ["./dist/index.js"]');
    } catch (error) {
      add(packageFile, `missing or not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!(await stat(path.join(folder, 'src', 'index.ts')).catch(() => null))) add(folder, 'src/index.ts is missing');
  }
  return problems;
}

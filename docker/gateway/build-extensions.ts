import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.join(import.meta.dirname, 'extensions');

/**
 * Bundles each plugin's src/index.ts into dist/index.js (ESM, Node 22+): the shared plugin-lib
 * code is inlined and only type imports are dropped, so the gateway loads it with no dependency.
 */
export async function buildExtensions(outRoot?: string): Promise<string[]> {
  const built: string[] = [];
  for (const id of (await readdir(root)).sort()) {
    const entry = path.join(root, id, 'src', 'index.ts');
    if (!(await stat(entry).catch(() => null))) continue;
    await build({
      entryPoints: [entry],
      outfile: outRoot ? path.join(outRoot, id, 'index.js') : path.join(root, id, 'dist', 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'warning',
      legalComments: 'none',
      banner: { js: `// Built from docker/gateway/extensions/${id}/src by npm run build:extensions. Do not edit.` },
    });
    built.push(id);
  }
  return built;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  buildExtensions().then(
    (ids) => console.log(`built ${ids.length} extensions: ${ids.join(', ')}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

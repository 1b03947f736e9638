// Bundles the sandbox API server (lib/sandbox/main.ts) into one ESM file for the sandbox images.
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'docker/sandbox/dist/server.mjs';
await build({
  entryPoints: ['lib/sandbox/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile,
  legalComments: 'none',
  logLevel: 'warning',
});

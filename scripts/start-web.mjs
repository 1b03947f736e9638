/**
 * `next start` of this checkout's production build, as `npm run up`, `npm start`, the end-to-end
 * tests and the benchmarks run it: `node <V8 flags> scripts/start-web.mjs -p <port> [-H <host>]`.
 *
 * Why not `next start` alone: it reads next.config.ts through SWC's native compiler, and the library
 * stays mapped for the server's life, 24 MB of its resident memory (bench:pages and bench:web-rss read
 * the web at idle; the target is under 200 MB). The build has already resolved that config into
 * .next/required-server-files.json, and Next takes a resolved config from the variable below: the
 * standalone server it generates for the dashboard image hands it over the same way, so the served
 * config is the build's. Should a later Next ignore the variable, it reads next.config.ts as before.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let resolved;
try {
  resolved = JSON.parse(readFileSync('.next/required-server-files.json', 'utf8')).config;
  if (!resolved) throw new Error('.next/required-server-files.json holds no config');
} catch (error) {
  console.error(`No usable production build in .next (${error.message}): run \`npm run build\` first.`);
  process.exit(1);
}
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(resolved);
// Next's command line reads its arguments from process.argv: the command, then ours.
process.argv.splice(2, 0, 'start');
createRequire(import.meta.url)('next/dist/bin/next');

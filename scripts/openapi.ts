/**
 * npm run openapi — writes lib/api/openapi.json, the API's OpenAPI 3.1 document, from the zod
 * schemas each app/api route gives route(). `npm run openapi -- --check` (part of `npm test`) fails
 * when the committed document no longer matches the routes. This build step is the one place that
 * loads every route module; the served document (/api/openapi.json) and the skills check read the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { routeMeta } from '../lib/api/handler';
import { buildOpenApiDocument, HTTP_METHODS, type RouteSource } from '../lib/api/openapi';

const root = path.resolve(import.meta.dirname, '..');
const apiDir = path.join(root, 'app/api');
const output = path.join(root, 'lib/api/openapi.json');

async function routeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await routeFiles(full)));
    else if (entry.name === 'route.ts') out.push(full);
  }
  return out.sort();
}

/**
 * `[id]` becomes `{id}`; route groups do not appear in URLs. Catch-alls are left out: the one at the
 * API's root only answers 404 for unknown paths, and next-auth's is not Buddy's API.
 */
function openApiPath(file: string): string | null {
  const dirs = path.relative(apiDir, path.dirname(file)).split(path.sep).filter(Boolean);
  const segments = dirs.filter((d) => !/^\(.*\)$/.test(d));
  if (segments.some((s) => s.startsWith('[...') || s.startsWith('[[...'))) return null;
  return `/api/${segments.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`.replace(/\/$/, '');
}

const routes: RouteSource[] = [];
for (const file of await routeFiles(apiDir)) {
  const routePath = openApiPath(file);
  if (!routePath) continue;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const methods: RouteSource['methods'] = {};
  for (const method of HTTP_METHODS)
    if (typeof mod[method] === 'function') methods[method] = routeMeta(mod[method]) ?? null;
  routes.push({ path: routePath, methods });
}
const document = buildOpenApiDocument(routes);

if (process.argv.includes('--check')) {
  // Compared as data, so a formatter's layout of the JSON file does not count as a change.
  const committed = await readFile(output, 'utf8').then(JSON.parse, () => null);
  if (JSON.stringify(committed) !== JSON.stringify(document)) {
    console.error('lib/api/openapi.json is stale: the routes changed. Run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log(`lib/api/openapi.json matches the ${routes.length} routes.`);
} else {
  await writeFile(output, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote lib/api/openapi.json (${routes.length} routes)`);
}
// Route modules open database and Redis clients on import; nothing here needs them any longer.
process.exit(0);

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { routeMeta } from '../api/handler';
import { type ApiRoute, HTTP_METHODS, type HttpMethod } from './api-references';

async function routeFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await routeFiles(full)));
    else if (entry.name === 'route.ts') out.push(full);
  }
  return out;
}

/**
 * Every route under `apiDir` (app/api) with the methods it exports and, for route() handlers, their
 * access and query schema. The catch-all at the API's root only answers 404 for unknown paths, so it
 * is left out: a path that reaches it has no route.
 */
export async function loadApiRoutes(apiDir: string): Promise<ApiRoute[]> {
  const routes: ApiRoute[] = [];
  for (const file of (await routeFiles(apiDir)).sort()) {
    const dirs = path.relative(apiDir, path.dirname(file)).split(path.sep).filter(Boolean);
    const segments = dirs.filter((d) => !/^\(.*\)$/.test(d)); // route groups do not appear in URLs
    if (segments.length === 1 && segments[0]?.startsWith('[...')) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const methods: ApiRoute['methods'] = {};
    for (const method of HTTP_METHODS)
      if (typeof mod[method] === 'function') methods[method as HttpMethod] = routeMeta(mod[method]) ?? null;
    routes.push({ file, segments, methods });
  }
  return routes;
}

import { z } from 'zod';
import type { RouteMeta } from '../api/handler';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One route.ts under app/api: its URL segments (`[id]`, `[...rest]` kept as written) and what each method accepts. */
export type ApiRoute = {
  file: string;
  segments: string[];
  /** null: exported, but not through route() (next-auth, health), so its access is not known here. */
  methods: Partial<Record<HttpMethod, RouteMeta | null>>;
};

/** An `/api/...` path named in text, with the method written before it when there is one. */
export type ApiReference = {
  line: number;
  method: HttpMethod | null;
  path: string;
  segments: string[];
  query: [string, string][];
};

// `<id>`, `{jobId}` and `:name` stand for a value the reader fills in.
const PLACEHOLDER = /^(<[^>]+>|\{[^}]+\}|:[A-Za-z][\w-]*)$/;
const isPlaceholder = (value: string) => PLACEHOLDER.test(value);

const REFERENCE = new RegExp(`(?:\\b(${HTTP_METHODS.join('|')})\\s+)?(/api/[^\\s\`'"(),]*)`, 'g');

/** Every `/api/...` path in a text (a SKILL.md body), one entry per occurrence. */
export function extractApiReferences(text: string): ApiReference[] {
  const refs: ApiReference[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(REFERENCE)) {
      const raw = (match[2] as string).replace(/[.:;]+$/, '');
      const [pathPart = '', queryPart] = raw.split('?', 2);
      const query = (queryPart ?? '')
        .split('&')
        .filter(Boolean)
        .map((pair): [string, string] => {
          const [key = '', value = ''] = pair.split('=', 2);
          return [key, value];
        });
      refs.push({
        line: index + 1,
        method: (match[1] as HttpMethod | undefined) ?? null,
        path: pathPart,
        segments: pathPart.split('/').filter(Boolean).slice(1),
        query,
      });
    }
  }
  return refs;
}

type Kind = 0 | 1 | 2 | 3; // static, dynamic, catch-all, optional catch-all: Next prefers the lower at each level

function kindOf(segment: string): Kind {
  if (segment.startsWith('[[...')) return 3;
  if (segment.startsWith('[...')) return 2;
  if (segment.startsWith('[')) return 1;
  return 0;
}

/** The kinds of route segments that consumed the path, or null when the route does not match it. */
function matchKinds(route: string[], path: string[]): Kind[] | null {
  const kinds: Kind[] = [];
  for (let i = 0; i < route.length; i++) {
    const segment = route[i] as string;
    const kind = kindOf(segment);
    if (kind >= 2) {
      const rest = path.length - i;
      if (rest < (kind === 2 ? 1 : 0) || i !== route.length - 1) return null;
      kinds.push(kind);
      return kinds;
    }
    const value = path[i];
    if (value === undefined) return null;
    if (kind === 0 && (value !== segment || isPlaceholder(value))) return null;
    kinds.push(kind);
  }
  return path.length === route.length ? kinds : null;
}

function moreSpecific(a: Kind[], b: Kind[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return a.length > b.length;
}

/** The route Next would pick for these path segments (static beats dynamic beats catch-all, level by level). */
export function resolveRoute(routes: ApiRoute[], segments: string[]): ApiRoute | null {
  let best: { route: ApiRoute; kinds: Kind[] } | null = null;
  for (const route of routes) {
    const kinds = matchKinds(route.segments, segments);
    if (kinds && (!best || moreSpecific(kinds, best.kinds))) best = { route, kinds };
  }
  return best?.route ?? null;
}

function queryProblems(ref: ApiReference, meta: RouteMeta): string[] {
  if (ref.query.length === 0) return [];
  const keys = ref.query.map(([k]) => k);
  if (!meta.query) return [`takes no query parameters; ${keys.join(', ')} would be ignored`];
  const problems: string[] = [];
  if (meta.query instanceof z.ZodObject) {
    const known = Object.keys(meta.query.shape);
    const unknown = keys.filter((k) => !known.includes(k));
    if (unknown.length) problems.push(`has no query parameter ${unknown.join(', ')} (it takes ${known.join(', ')})`);
  }
  // Parse the concrete values the way the route would; placeholders are left for the reader to fill in.
  const concrete = Object.fromEntries(ref.query.filter(([, v]) => !isPlaceholder(v)));
  const parsed = meta.query.safeParse(concrete);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`query ${issue.path.join('.') || '(all)'}: ${issue.message}`);
  }
  return problems;
}

/**
 * Why a caller holding `scopes` (an agent's grant) could not make this call as written: no such
 * route, no such method, a route that refuses agents or needs a scope the caller does not list, or
 * query parameters the route does not take. An empty list means the call is possible.
 */
export function checkApiReference(ref: ApiReference, routes: ApiRoute[], scopes: readonly string[]): string[] {
  const route = resolveRoute(routes, ref.segments);
  if (!route) return ['no API route matches this path'];
  const exported = Object.keys(route.methods) as HttpMethod[];
  if (ref.method && !exported.includes(ref.method))
    return [`the route answers ${exported.join(', ')}, not ${ref.method}`];
  // A path named without a method is read: check it as a GET when the route has one.
  const methods = ref.method ? [ref.method] : exported.includes('GET') ? (['GET'] as const) : exported;
  const problems: string[] = [];
  for (const method of methods) {
    const meta = route.methods[method];
    if (!meta) continue;
    if (meta.access === 'owner') problems.push(`${method} is owner-only: an agent's grant is refused`);
    else if (typeof meta.access === 'object' && !scopes.includes(meta.access.scope)) {
      problems.push(`${method} needs the scope "${meta.access.scope}", which is not in metadata.buddy.scopes`);
    }
    problems.push(...queryProblems(ref, meta));
  }
  return [...new Set(problems)];
}

import Ajv2020 from 'ajv/dist/2020';
import JSON5 from 'json5';
import { HTTP_METHODS, type HttpMethod, RAW_HANDLER } from '../api/openapi';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};
type Parameter = { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema };
/** What the skills check reads of one operation of the OpenAPI document (lib/api/openapi.ts). */
export type Operation = {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  [RAW_HANDLER]?: boolean;
};

/** One path of the API: its segments as Next names them (`[id]`) and its operations. */
export type ApiRoute = { path: string; segments: string[]; methods: Partial<Record<HttpMethod, Operation>> };

/** The routes of an OpenAPI document (lib/api/openapi.json), in the form the matching below takes. */
export function apiRoutes(document: { paths: Record<string, Record<string, unknown>> }): ApiRoute[] {
  return Object.entries(document.paths).map(([path, item]) => ({
    path,
    segments: path
      .split('/')
      .filter(Boolean)
      .slice(1)
      .map((s) => s.replace(/^\{(.+)\}$/, '[$1]')),
    methods: Object.fromEntries(
      HTTP_METHODS.filter((m) => item[m.toLowerCase()]).map((m) => [m, item[m.toLowerCase()] as Operation]),
    ),
  }));
}

/** An `/api/...` path named in text, with the method written before it and the JSON body after it, if any. */
export type ApiReference = {
  line: number;
  method: HttpMethod | null;
  path: string;
  segments: string[];
  query: [string, string][];
  /** The JSON object written right after the call (inline or in a fenced block), as text. */
  body?: string;
};

// `<id>`, `{jobId}` and `:name` stand for a value the reader fills in.
const PLACEHOLDER = /^(<[^>]+>|\{[^}]+\}|:[A-Za-z][\w-]*)$/;
const isPlaceholder = (value: string) => PLACEHOLDER.test(value);

const REFERENCE = new RegExp(`(?:\\b(${HTTP_METHODS.join('|')})\\s+)?(/api/[^\\s\`'"(),]*)`, 'g');

/**
 * The JSON object that follows a call: after nothing but backticks, "with", a colon or a ```json
 * fence, the first `{` opens it, and it ends where its braces balance (strings respected).
 */
function bodyAfter(text: string): string | undefined {
  const lead = /^(?:[\s`:]|with\b|json\b)*/.exec(text)?.[0].length ?? 0;
  if (text[lead] !== '{') return undefined;
  let depth = 0;
  let inString = false;
  for (let i = lead; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(lead, i + 1);
  }
  return undefined;
}

/** Every `/api/...` path in a text (a SKILL.md body), one entry per occurrence. */
export function extractApiReferences(text: string): ApiReference[] {
  const refs: ApiReference[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
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
      const method = (match[1] as HttpMethod | undefined) ?? null;
      const after = [line.slice((match.index ?? 0) + match[0].length), ...lines.slice(index + 1, index + 4)].join('\n');
      const body = method && method !== 'GET' ? bodyAfter(after) : undefined;
      refs.push({
        line: index + 1,
        method,
        path: pathPart,
        segments: pathPart.split('/').filter(Boolean).slice(1),
        query,
        ...(body ? { body } : {}),
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

// Query values arrive as text: coerced the way route()'s zod schemas coerce them.
const ajv = new Ajv2020({ coerceTypes: 'array', strict: false, allErrors: true });

function queryProblems(ref: ApiReference, operation: Operation): string[] {
  if (ref.query.length === 0) return [];
  const params = (operation.parameters ?? []).filter((p) => p.in === 'query');
  const keys = ref.query.map(([k]) => k);
  if (params.length === 0) return [`takes no query parameters; ${keys.join(', ')} would be ignored`];
  const known = params.map((p) => p.name);
  const problems: string[] = [];
  const unknown = keys.filter((k) => !known.includes(k));
  if (unknown.length) problems.push(`has no query parameter ${unknown.join(', ')} (it takes ${known.join(', ')})`);
  // Check the concrete values against the document's schemas; placeholders are left for the reader to fill in.
  for (const [key, value] of ref.query) {
    const param = params.find((p) => p.name === key);
    if (!param || isPlaceholder(value)) continue;
    const validate = ajv.compile(param.schema);
    if (!validate(value)) problems.push(`query ${key}: ${validate.errors?.map((e) => e.message).join('; ')}`);
  }
  return problems;
}

/** A call's body as written, with `...` standing for a value the reader fills in. */
function parseBody(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      if (c === '\\') out += text[i++] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (text.startsWith('...', i)) {
      out += 'null';
      i += 2;
      continue;
    }
    out += c;
  }
  return JSON5.parse(out);
}

/** Fields the schema does not take (the route would drop them) and required fields left out, at any depth. */
function fieldProblems(value: unknown, schema: JsonSchema | undefined, at: string): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => fieldProblems(v, schema.items, `${at}[${i}]`));
  if (!schema.properties) return [];
  const fields = value as Record<string, unknown>;
  const name = (key: string) => (at ? `${at}.${key}` : key);
  const unknown = Object.keys(fields).filter((k) => !(k in (schema.properties ?? {})));
  const missing = (schema.required ?? []).filter((k) => !(k in fields));
  return [
    ...unknown.map((k) => `body field ${name(k)} is not taken by the route (it would be dropped)`),
    ...missing.map((k) => `body field ${name(k)} is required`),
    ...Object.entries(fields).flatMap(([k, v]) => fieldProblems(v, schema.properties?.[k], name(k))),
  ];
}

function bodyProblems(ref: ApiReference, operation: Operation): string[] {
  if (!ref.body) return [];
  const schema = operation.requestBody?.content['application/json'].schema;
  if (!schema) return ['takes no body; the one written here would be ignored'];
  let body: unknown;
  try {
    body = parseBody(ref.body);
  } catch (error) {
    return [`the body written here is not JSON: ${(error as Error).message}`];
  }
  return fieldProblems(body, schema, '');
}

/**
 * Why a caller holding `scopes` (an agent's grant) could not make this call as written, judged by
 * the OpenAPI document: no such route, no such method, a route that refuses agents or needs a scope
 * the caller does not list, query parameters or values the route does not take, or body fields it
 * would drop or misses. An empty list means the call is possible.
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
    const operation = route.methods[method];
    // A handler outside route() (next-auth, health) says nothing the check could hold it to.
    if (!operation || operation[RAW_HANDLER]) continue;
    const security = operation.security ?? [];
    const agent = security.find((s) => 'agentToken' in s)?.agentToken;
    if (security.length > 0 && !agent) problems.push(`${method} is owner-only: an agent's grant is refused`);
    else if (agent?.[0] && !scopes.includes(agent[0]))
      problems.push(`${method} needs the scope "${agent[0]}", which is not in metadata.buddy.scopes`);
    problems.push(...queryProblems(ref, operation), ...bodyProblems(ref, operation));
  }
  return [...new Set(problems)];
}

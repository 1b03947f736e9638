import { z } from 'zod';
import { type Access, NON_JSON_REPLIES, type RouteMeta } from './handler';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One route.ts: its OpenAPI path (`/api/staging/{id}`) and, per exported method, what route() knows of it. */
export type RouteSource = {
  path: string;
  /** null: exported, but not through route() (next-auth, health): its access is its own. */
  methods: Partial<Record<HttpMethod, RouteMeta | null>>;
};

type JsonSchema = Record<string, unknown>;
// A handler that is not route()'s: the document names it but cannot say who may call it.
export const RAW_HANDLER = 'x-buddy-raw-handler';

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): requests as the caller sends them
 * (`input`), replies as JSON carries them (`output`, dates as date-time strings).
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date-time' });
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

function security(access: Access): Record<string, string[]>[] {
  if (access === 'public') return [];
  if (access === 'owner') return [{ ownerSession: [] }];
  if (access === 'signed-in') return [{ ownerSession: [] }, { agentToken: [] }];
  return [{ ownerSession: [] }, { agentToken: [access.scope] }];
}

function parameters(path: string, meta: RouteMeta | null): JsonSchema[] {
  const out: JsonSchema[] = [];
  const params = meta?.params ? jsonSchema(meta.params, 'input') : {};
  const paramProps = (params.properties ?? {}) as Record<string, JsonSchema>;
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g))
    out.push({ name, in: 'path', required: true, schema: paramProps[name as string] ?? { type: 'string' } });
  if (meta?.query) {
    const query = jsonSchema(meta.query, 'input');
    const required = (query.required ?? []) as string[];
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonSchema>))
      out.push({ name, in: 'query', required: required.includes(name), schema });
  }
  return out;
}

/** What GET /api/openapi.json answers: this document (its parts are OpenAPI's, not restated here). */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.record(z.string(), z.unknown()),
});

/** A success reply: the JSON schema of `output`, and what a reply that is not JSON is. */
function success(meta: RouteMeta): JsonSchema {
  const content: JsonSchema = {};
  if (meta.output) content['application/json'] = { schema: jsonSchema(meta.output, 'output') };
  if (meta.produces === 'text/event-stream') content['text/event-stream'] = { schema: { type: 'string' } };
  if (meta.produces === 'attachment') content['application/octet-stream'] = { schema: { type: 'string' } };
  const description = meta.produces ? `Success. ${NON_JSON_REPLIES[meta.produces]}` : 'Success.';
  return Object.keys(content).length ? { description, content } : { description };
}

const problem = {
  description: 'An error, as application/problem+json.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

function operation(method: HttpMethod, path: string, meta: RouteMeta | null): JsonSchema {
  const operationId = `${method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c = '') => c.toUpperCase())}`;
  if (!meta) {
    const responses = { default: { description: 'See the handler.' } };
    return { operationId, [RAW_HANDLER]: true, parameters: parameters(path, null), responses };
  }
  const status = String(meta.status ?? 200);
  return {
    operationId,
    security: security(meta.access),
    parameters: parameters(path, meta),
    ...(meta.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(meta.body, 'input') } } } }
      : {}),
    responses: {
      [status]: success(meta),
      default: problem,
    },
  };
}

/** The API's OpenAPI 3.1 document, generated from the routes' own zod schemas (scripts/openapi.ts). */
export function buildOpenApiDocument(routes: RouteSource[]) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const item: Record<string, JsonSchema> = {};
    for (const method of HTTP_METHODS) {
      const meta = route.methods[method];
      if (meta !== undefined) item[method.toLowerCase()] = operation(method, route.path, meta);
    }
    paths[route.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Buddy API',
      version: '1',
      description:
        "The owner's session (the dashboard's cookie) or an agent's grant token (Bearer), as each operation's security says.",
    },
    paths,
    components: {
      securitySchemes: {
        ownerSession: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
        agentToken: {
          type: 'http',
          scheme: 'bearer',
          description: "An agent's grant token; the scopes listed are the grant's.",
        },
      },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          },
          required: ['type', 'title', 'status', 'detail'],
        },
      },
    },
  };
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routeMeta } from '../api/handler';
import { buildOpenApiDocument, type RouteSource } from '../api/openapi';
import { route } from '../auth/route';
import { apiRoutes, checkApiReference, extractApiReferences, resolveRoute } from './api-references';

const handler = async () => ({ ok: true });
// Metadata exactly as route() attaches it to real handlers.
const meta = (spec: Parameters<typeof route>[0]) => routeMeta(route(spec, handler)) ?? null;
const listQuery = z.object({
  status: z.enum(['pending', 'approved']).optional(),
  limit: z.coerce.number().int().max(200).default(50),
});
const createBody = z.object({
  kind: z.enum(['draft', 'blog-post']),
  title: z.string(),
  summary: z.string().default(''),
  files: z.array(z.object({ targetPath: z.string(), content: z.string() })).default([]),
});

// The routes as the OpenAPI document describes them: built from route() metadata, read back by the check.
const sources: RouteSource[] = [
  { path: '/api/jobs', methods: { GET: meta({ access: { scope: 'jobs:read' } }) } },
  { path: '/api/jobs/{id}', methods: { PATCH: meta({}) } },
  { path: '/api/jobs/{id}/run', methods: { POST: meta({ access: { scope: 'jobs:run' } }) } },
  { path: '/api/jobs/queues', methods: { GET: meta({ access: { scope: 'jobs:read' } }) } },
  {
    path: '/api/staging',
    methods: {
      GET: meta({ access: { scope: 'staging:read' }, query: listQuery }),
      POST: meta({ access: { scope: 'staging:write' }, body: createBody }),
    },
  },
  { path: '/api/health', methods: { GET: null } },
];
const routes = [
  ...apiRoutes(buildOpenApiDocument(sources)),
  // A catch-all, which the document leaves out but Next matches.
  { path: '/api/files/[...path]', segments: ['files', '[...path]'], methods: { GET: { security: [] } } },
];

describe('extractApiReferences', () => {
  it('finds each call with its method, placeholders and query, line by line', () => {
    const text = [
      '1. `buddy_api` `GET /api/jobs/<id>/runs?limit=20&status=<s>`.',
      'Then `POST /api/jobs/{jobId}/run`, and see /api/health.',
    ].join('\n');
    expect(extractApiReferences(text)).toEqual([
      {
        line: 1,
        method: 'GET',
        path: '/api/jobs/<id>/runs',
        segments: ['jobs', '<id>', 'runs'],
        query: [
          ['limit', '20'],
          ['status', '<s>'],
        ],
      },
      { line: 2, method: 'POST', path: '/api/jobs/{jobId}/run', segments: ['jobs', '{jobId}', 'run'], query: [] },
      { line: 2, method: null, path: '/api/health', segments: ['health'], query: [] },
    ]);
  });
});

describe('resolveRoute', () => {
  const at = (path: string) => resolveRoute(routes, path.split('/').filter(Boolean))?.path ?? null;
  it('prefers a static segment over a dynamic one, level by level, as Next does', () => {
    expect(at('jobs/queues')).toBe('/api/jobs/queues');
    expect(at('jobs/nightly')).toBe('/api/jobs/{id}');
    expect(at('jobs/<id>/run')).toBe('/api/jobs/{id}/run');
    expect(at('files/a/b/c')).toBe('/api/files/[...path]');
  });
  it('never lets a placeholder stand for a static segment, and finds nothing for unknown paths', () => {
    expect(at('<id>')).toBeNull();
    expect(at('files')).toBeNull();
    expect(at('jobs/nightly/runs')).toBeNull();
  });
});

describe('checkApiReference', () => {
  const check = (line: string, scopes: string[]) =>
    checkApiReference(extractApiReferences(line)[0] as never, routes, scopes);
  it('accepts a call the scopes allow, public and unwrapped routes, and placeholders in the query', () => {
    expect(check('GET /api/jobs', ['jobs:read'])).toEqual([]);
    expect(check('GET /api/staging?status=pending&limit=<n>', ['staging:read'])).toEqual([]);
    expect(check('GET /api/health', [])).toEqual([]);
    expect(check('GET /api/files/x/y', [])).toEqual([]);
  });
  it('explains each way a call would fail for the agent', () => {
    expect(check('GET /api/jobz', ['jobs:read'])).toEqual(['no API route matches this path']);
    expect(check('GET /api/jobs/queue', ['jobs:read'])).toEqual(['the route answers PATCH, not GET']);
    expect(check('PATCH /api/jobs/<id>', ['jobs:read'])).toEqual(["PATCH is owner-only: an agent's grant is refused"]);
    expect(check('POST /api/jobs/<id>/run', ['jobs:read'])).toEqual([
      'POST needs the scope "jobs:run", which is not in metadata.buddy.scopes',
    ]);
    expect(check('GET /api/jobs?limit=5', ['jobs:read'])).toEqual([
      'takes no query parameters; limit would be ignored',
    ]);
    expect(check('GET /api/staging?q=news&status=done&limit=500', ['staging:read'])).toEqual([
      'has no query parameter q (it takes status, limit)',
      'query status: must be equal to one of the allowed values',
      'query limit: must be <= 200',
    ]);
  });
  it('holds a body written after the call to the fields the route takes', () => {
    const text = [
      '`POST /api/staging`:',
      '```json',
      '{"kind": "draft", "title": "<t>", "summary": ..., "topic": "x",',
      ' "files": [{"targetPath": "a.md", "contents": "<c>"}]}',
      '```',
    ].join('\n');
    const [ref] = extractApiReferences(text);
    expect(ref?.body).toContain('"topic"');
    expect(checkApiReference(ref as never, routes, ['staging:write'])).toEqual([
      'body field topic is not taken by the route (it would be dropped)',
      'body field files[0].contents is not taken by the route (it would be dropped)',
      'body field files[0].content is required',
    ]);
    expect(check('POST /api/staging with `{"kind": "draft", "title": "<t>"}`.', ['staging:write'])).toEqual([]);
    expect(check('POST /api/jobs/<id>/run `{"now": true}`', ['jobs:run'])).toEqual([
      'takes no body; the one written here would be ignored',
    ]);
  });
});

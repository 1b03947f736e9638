import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routeMeta } from '../api/handler';
import { route } from '../auth/route';
import { type ApiRoute, checkApiReference, extractApiReferences, resolveRoute } from './api-references';

const handler = async () => ({ ok: true });
// Metadata exactly as route() attaches it to real handlers.
const meta = (spec: Parameters<typeof route>[0]) => routeMeta(route(spec, handler)) ?? null;
const listQuery = z.object({
  status: z.enum(['pending', 'approved']).optional(),
  limit: z.coerce.number().int().max(200).default(50),
});

const routes: ApiRoute[] = [
  { file: 'jobs', segments: ['jobs'], methods: { GET: meta({ access: { scope: 'jobs:read' } }) } },
  { file: 'jobs/[id]', segments: ['jobs', '[id]'], methods: { PATCH: meta({}) } },
  {
    file: 'jobs/[id]/run',
    segments: ['jobs', '[id]', 'run'],
    methods: { POST: meta({ access: { scope: 'jobs:run' } }) },
  },
  { file: 'jobs/queues', segments: ['jobs', 'queues'], methods: { GET: meta({ access: { scope: 'jobs:read' } }) } },
  {
    file: 'staging',
    segments: ['staging'],
    methods: { GET: meta({ access: { scope: 'staging:read' }, query: listQuery }) },
  },
  { file: 'health', segments: ['health'], methods: { GET: null } },
  { file: 'files/[...path]', segments: ['files', '[...path]'], methods: { GET: meta({ access: 'public' }) } },
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
  const at = (path: string) => resolveRoute(routes, path.split('/').filter(Boolean))?.file ?? null;
  it('prefers a static segment over a dynamic one, level by level, as Next does', () => {
    expect(at('jobs/queues')).toBe('jobs/queues');
    expect(at('jobs/nightly')).toBe('jobs/[id]');
    expect(at('jobs/<id>/run')).toBe('jobs/[id]/run');
    expect(at('files/a/b/c')).toBe('files/[...path]');
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
      'query status: Invalid option: expected one of "pending"|"approved"',
      'query limit: Too big: expected number to be <=200',
    ]);
  });
});

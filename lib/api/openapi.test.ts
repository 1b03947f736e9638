import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument, jsonSchema } from './openapi';
import { idParams } from './params';

const committed = JSON.parse(readFileSync(path.join(import.meta.dirname, 'openapi.json'), 'utf8'));

async function problems(document: object): Promise<string> {
  // validate() dereferences the object it is given in place: hand it a copy.
  const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
  return result.valid ? '' : compileErrors(result);
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (the committed lib/api/openapi.json)', async () => {
    expect(committed.openapi).toBe('3.1.0');
    expect(await problems(committed)).toBe('');
    expect(Object.keys(committed.paths).length).toBeGreaterThan(50);
  });

  it('shows access, path and query parameters, the body and the reply of a route', async () => {
    const document = buildOpenApiDocument([
      {
        path: '/api/things/{id}',
        methods: {
          POST: {
            access: { scope: 'things:write' },
            params: z.object({ id: z.string().min(1) }),
            query: z.object({ dry: z.enum(['yes', 'no']).optional() }),
            body: z.object({ name: z.string().max(20) }),
            output: z.object({ id: z.string(), at: z.date() }),
            status: 201,
          },
          GET: null,
        },
      },
    ]);
    expect(await problems(document)).toBe('');
    const post = document.paths['/api/things/{id}']?.post as Record<string, unknown>;
    expect(post.security).toEqual([{ ownerSession: [] }, { agentToken: ['things:write'] }]);
    expect(post.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1 } },
      { name: 'dry', in: 'query', required: false, schema: { type: 'string', enum: ['yes', 'no'] } },
    ]);
    expect(post.requestBody).toMatchObject({
      content: { 'application/json': { schema: { properties: { name: { type: 'string', maxLength: 20 } } } } },
    });
    expect(post.responses).toMatchObject({
      201: {
        content: { 'application/json': { schema: { properties: { at: { type: 'string', format: 'date-time' } } } } },
      },
    });
    // A handler outside route() is named, flagged, and claims nothing about its access.
    expect(document.paths['/api/things/{id}']?.get).toMatchObject({ 'x-buddy-raw-handler': true });
  });

  type Operation = { responses: Record<string, { content?: object }>; parameters: { name: string; schema: object }[] };
  const operations = Object.entries(committed.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) => Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

  it('declares a reply schema for every operation route() wraps, or says what its non-JSON reply is', () => {
    const undeclared = operations
      .filter(({ op }) => !(op as { 'x-buddy-raw-handler'?: boolean })['x-buddy-raw-handler'])
      .filter(
        ({ op }) => !Object.entries(op.responses).some(([status, reply]) => status !== 'default' && reply.content),
      )
      .map(({ name }) => name);
    expect(undeclared).toEqual([]);
    expect(operations.length).toBeGreaterThan(80);
  });

  it('gives every {id} path parameter the one idParams schema', () => {
    const idSchema = (jsonSchema(idParams, 'input').properties as Record<string, object>).id;
    const ids = operations.flatMap(({ name, op }) =>
      op.parameters.filter((p) => p.name === 'id').map((p) => ({ name, schema: p.schema })),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((p) => JSON.stringify(p.schema) !== JSON.stringify(idSchema))).toEqual([]);
  });

  it('says what a reply that is not JSON is, beside the JSON one', () => {
    const document = buildOpenApiDocument([
      {
        path: '/api/things/stream',
        methods: { GET: { access: 'owner', output: z.object({ n: z.number() }), produces: 'text/event-stream' } },
      },
    ]);
    const get = document.paths['/api/things/stream']?.get as { responses: Record<string, { content: object }> };
    expect(Object.keys(get.responses[200]?.content ?? {})).toEqual(['application/json', 'text/event-stream']);
  });

  it('refuses what is not OpenAPI 3.1 (the validator is not a rubber stamp)', async () => {
    const broken = structuredClone(committed);
    broken.paths['/api/staging'].get.responses = 'none';
    expect(await problems(broken)).not.toBe('');
  });
});

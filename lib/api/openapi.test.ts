import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi';

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

  it('refuses what is not OpenAPI 3.1 (the validator is not a rubber stamp)', async () => {
    const broken = structuredClone(committed);
    broken.paths['/api/staging'].get.responses = 'none';
    expect(await problems(broken)).not.toBe('');
  });
});

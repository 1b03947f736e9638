import Ajv2020 from 'ajv/dist/2020';
import { routeMeta } from '@/lib/api/handler';
import { jsonSchema } from '@/lib/api/openapi';
import document from '@/lib/api/openapi.json';

// Formats (date-time) are not checked: the types and shapes are what a caller relies on.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

type Responses = Record<string, { content?: { 'application/json'?: { schema?: object } } }>;

function mismatches(schema: object, reply: unknown): string[] {
  const validate = ajv.compile(schema);
  return validate(reply) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}

/**
 * Why a JSON reply does not match what the OpenAPI document (lib/api/openapi.json) declares for
 * this operation and status: an empty list when it matches. Throws when nothing is declared, so a
 * test cannot pass by checking against no schema.
 */
export function replyMismatches(method: string, path: string, status: number, reply: unknown): string[] {
  const operation = (document.paths as Record<string, Record<string, { responses?: Responses }>>)[path]?.[
    method.toLowerCase()
  ];
  const schema = operation?.responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`The document declares no ${status} reply schema for ${method} ${path}.`);
  return mismatches(schema, reply);
}

/**
 * Every successful JSON reply a test receives through callRoute is held to its route's output schema
 * (as JSON carries it): the run-time check route() leaves out in production, made in every route test.
 */
export async function assertReplyMatchesRoute(handler: unknown, request: Request, response: Response): Promise<void> {
  const meta = routeMeta(handler);
  if (!meta || !response.ok || !response.headers.get('content-type')?.startsWith('application/json')) return;
  const where = `${request.method} ${new URL(request.url).pathname}`;
  if (!meta.output) throw new Error(`${where} answered JSON but its route declares no output schema.`);
  const problems = mismatches(jsonSchema(meta.output, 'output'), await response.clone().json());
  if (problems.length) throw new Error(`${where} answered what its output schema refuses: ${problems.join('; ')}`);
}

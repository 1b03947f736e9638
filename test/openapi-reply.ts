import Ajv2020 from 'ajv/dist/2020';
import document from '@/lib/api/openapi.json';

// Formats (date-time) are not checked: the types and shapes are what a caller relies on.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

type Responses = Record<string, { content?: { 'application/json'?: { schema?: object } } }>;

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
  const validate = ajv.compile(schema);
  return validate(reply) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
}

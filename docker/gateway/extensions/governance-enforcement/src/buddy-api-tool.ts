import { type AgentTool, textResult } from '../../../plugin-lib/openclaw-types';
import { APPROVE_ENDPOINT } from './command-rules';
import type { GovernanceConfig } from './config';

// Owner business an agent never needs. Buddy refuses these too; refusing here keeps them out of the
// agent's reach even if a route's access were ever loosened. Grants live under /api/governance/.
const REFUSED = /^\/api\/(auth|setup|(governance\/)?grants|(governance\/)?secrets\/[^/]+\/(decrypt|value))\b/;

/**
 * `buddy_api`: the agent's one door into Buddy's API, with the grant token from the plugin config.
 * The token's scopes are enforced by Buddy; this tool additionally refuses approve endpoints and
 * anything that is not a relative /api/ path.
 */
export function buddyApiTool(config: GovernanceConfig, fetchImpl: typeof fetch = fetch): AgentTool {
  return {
    name: 'buddy_api',
    label: 'Buddy API',
    description:
      "Call Buddy's JSON API (GET or POST under /api/) with the agent's grant. Approve endpoints are refused.",
    parameters: {
      type: 'object',
      additionalProperties: false,
      required: ['method', 'path'],
      properties: {
        method: { type: 'string', enum: ['GET', 'POST'] },
        path: { type: 'string', description: 'Path under /api/, with an optional query string' },
        body: { type: 'object', description: 'JSON body for POST' },
      },
    },
    async execute(_toolCallId, params) {
      const method = params.method === 'POST' ? 'POST' : params.method === 'GET' ? 'GET' : null;
      const path = typeof params.path === 'string' ? params.path : '';
      if (!method) return textResult('method must be GET or POST', true);
      if (!path.startsWith('/api/') || path.includes('..') || path.includes('//'))
        return textResult('path must be a relative path under /api/', true);
      if (APPROVE_ENDPOINT.test(path))
        return textResult("approve endpoints are owner-only: approving staged work is the owner's decision", true);
      if (REFUSED.test(path)) return textResult(`${path} is not available to agents`, true);
      if (/[?&](access_token|token)=/.test(path)) return textResult('never put tokens in a URL', true);
      if (!config.buddyToken)
        return textResult('buddy_api is not configured: plugin config "buddyToken" is empty', true);
      try {
        const response = await fetchImpl(`${config.buddyUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${config.buddyToken}`,
            accept: 'application/json',
            ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          body: method === 'POST' ? JSON.stringify(params.body ?? {}) : undefined,
          signal: AbortSignal.timeout(30_000),
          // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
          redirect: 'error',
        });
        const text = await response.text();
        let data: unknown = text;
        try {
          data = JSON.parse(text);
        } catch {}
        return textResult({ status: response.status, data }, !response.ok);
      } catch (error) {
        return textResult(`Buddy did not answer: ${error instanceof Error ? error.message : String(error)}`, true);
      }
    },
  };
}

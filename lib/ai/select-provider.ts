import { env } from '../env';
import { anthropicProvider } from './anthropic-provider';
import { gatewayProvider } from './gateway-provider';
import { openAiStyleProvider } from './openai-provider';
import type { ModelProvider } from './types';

/** The configured provider, or null when none is (model-bound jobs then end as skipped). */
export function selectProvider(): ModelProvider | null {
  const e = env();
  switch (e.BUDDY_AI_PROVIDER) {
    case 'gateway':
      return e.BUDDY_GATEWAY_TOKEN
        ? gatewayProvider({ url: e.BUDDY_GATEWAY_URL, token: e.BUDDY_GATEWAY_TOKEN, agentId: e.BUDDY_GATEWAY_AGENT_ID })
        : null;
    case 'anthropic':
      return e.BUDDY_AI_API_KEY
        ? anthropicProvider({ apiKey: e.BUDDY_AI_API_KEY, baseURL: e.BUDDY_AI_BASE_URL })
        : null;
    case 'openai-compatible':
      // Local servers (Ollama, LM Studio) accept any key; the client library insists on one.
      return e.BUDDY_AI_BASE_URL
        ? openAiStyleProvider({
            name: 'openai-compatible',
            baseURL: e.BUDDY_AI_BASE_URL,
            apiKey: e.BUDDY_AI_API_KEY ?? 'none',
          })
        : null;
    default:
      return null;
  }
}

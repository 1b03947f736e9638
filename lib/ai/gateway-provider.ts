import { openAiStyleProvider } from './openai-provider';
import type { ModelProvider } from './types';

/**
 * The OpenClaw gateway's OpenAI-compatible endpoint: the body names the agent (openclaw/<agentId>),
 * x-openclaw-model overrides the agent's model, and x-openclaw-session-key keeps one run in one
 * session (Buddy's own prefix: the gateway refuses cron:, subagent: and acp: keys).
 */
export function gatewayProvider(options: { url: string; token: string; agentId: string }): ModelProvider {
  return openAiStyleProvider({
    name: 'gateway',
    baseURL: `${options.url.replace(/\/$/, '')}/v1`,
    apiKey: options.token,
    bodyModel: () => `openclaw/${options.agentId}`,
    headers: (request, realModel) => ({
      'x-openclaw-session-key': request.sessionKey,
      'x-openclaw-model': realModel.includes('/') ? realModel : `anthropic/${realModel}`,
    }),
  });
}

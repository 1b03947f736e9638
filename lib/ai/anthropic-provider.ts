import type Anthropic from '@anthropic-ai/sdk';
import { resolveModel } from './resolve-model';
import type { Completion, CompletionRequest, ModelProvider } from './types';

/** The Anthropic Messages API through the official SDK (its own retries off: withRetries owns them). */
export function anthropicProvider(options: { apiKey: string; baseURL?: string }): ModelProvider {
  // The SDK is loaded with the first call: a worker that runs no model job does not hold it. The
  // two SDKs are 8 MB of the idle worker's V8 heap after a collection (bench:worker, issue #16).
  let client: Promise<Anthropic> | undefined;
  const sdk = () =>
    (client ??= import('@anthropic-ai/sdk').then(
      ({ default: Sdk }) => new Sdk({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 }),
    ));
  return {
    name: 'anthropic',
    async completeOnce(request: CompletionRequest): Promise<Completion> {
      const model = resolveModel(request.model);
      const message = await (await sdk()).messages.create(
        {
          model,
          max_tokens: request.maxTokens ?? 4096,
          ...(request.system ? { system: request.system } : {}),
          messages: request.messages,
        },
        { signal: request.signal },
      );
      const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      return {
        text,
        provider: 'anthropic',
        model: message.model || model,
        tokensIn: message.usage.input_tokens,
        tokensOut: message.usage.output_tokens,
      };
    },
  };
}

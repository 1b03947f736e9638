import type OpenAI from 'openai';
import { resolveModel } from './resolve-model';
import type { Completion, CompletionRequest, ModelProvider, ProviderName } from './types';

type Options = {
  name: ProviderName;
  baseURL: string;
  apiKey: string;
  /** The body's model field; the gateway wants openclaw/<agentId> whatever the real model is. */
  bodyModel?: (realModel: string) => string;
  headers?: (request: CompletionRequest, realModel: string) => Record<string, string>;
};

/** Chat completions through the official openai client: Ollama, vLLM, LM Studio, and the gateway. */
export function openAiStyleProvider(options: Options): ModelProvider {
  // The SDK is loaded with the first call: a worker that runs no model job does not hold it. The
  // two SDKs are 8 MB of the idle worker's V8 heap after a collection (bench:worker, issue #16).
  let client: Promise<OpenAI> | undefined;
  const sdk = () =>
    (client ??= import('openai').then(
      ({ default: Sdk }) => new Sdk({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 }),
    ));
  return {
    name: options.name,
    async completeOnce(request: CompletionRequest): Promise<Completion> {
      const realModel = resolveModel(request.model);
      const messages = [
        ...(request.system ? [{ role: 'system' as const, content: request.system }] : []),
        ...request.messages,
      ];
      const reply = await (await sdk()).chat.completions.create(
        { model: options.bodyModel?.(realModel) ?? realModel, messages, max_tokens: request.maxTokens ?? 4096 },
        { signal: request.signal, headers: options.headers?.(request, realModel) },
      );
      return {
        text: reply.choices[0]?.message?.content ?? '',
        provider: options.name,
        model: reply.model || realModel,
        tokensIn: reply.usage?.prompt_tokens ?? 0,
        tokensOut: reply.usage?.completion_tokens ?? 0,
      };
    },
  };
}

/** One interface for every model provider; jobs name a model by alias, never by provider id. */
export const MODEL_ALIASES = ['sonnet', 'opus', 'haiku'] as const;
export type ModelAlias = (typeof MODEL_ALIASES)[number];
export type ProviderName = 'gateway' | 'anthropic' | 'openai-compatible';

export type ChatMessage = { role: 'user' | 'assistant'; content: string };

export type CompletionRequest = {
  model: ModelAlias;
  system?: string;
  messages: ChatMessage[];
  maxTokens?: number;
  /** Sent to the gateway as x-openclaw-session-key, so one run is one agent session. */
  sessionKey: string;
  signal: AbortSignal;
};

export type Completion = {
  text: string;
  provider: ProviderName;
  model: string;
  tokensIn: number;
  tokensOut: number;
};

export interface ModelProvider {
  readonly name: ProviderName;
  /** One attempt; retries and the time budget are handled by withRetries. */
  completeOnce(request: CompletionRequest): Promise<Completion>;
}

export class NoProviderError extends Error {
  constructor() {
    super('no model provider configured');
    this.name = 'NoProviderError';
  }
}

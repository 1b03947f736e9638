import { z } from 'zod';
import { env } from '../env';

/**
 * Text embeddings from the configured endpoint, in either wire protocol:
 * - OpenAI-compatible: POST <url>/embeddings {model, input: [...]} -> {data: [{index, embedding}]}
 *   (the url ends in /v1, as the OpenAI client's base URL does);
 * - Ollama: POST <url>/api/embed {model, input: [...]} -> {embeddings: [[...]]}.
 */
export type Embedder = {
  readonly model: string;
  embed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]>;
};

export class EmbeddingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddingsError';
  }
}

const openAiReply = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
});
const ollamaReply = z.object({ embeddings: z.array(z.array(z.number())) });

async function post(url: string, body: unknown, apiKey: string | undefined, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
    body: JSON.stringify(body),
    signal: signal ?? AbortSignal.timeout(30_000),
  });
  if (!res.ok)
    throw new EmbeddingsError(`embeddings endpoint answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

function checked(vectors: number[][], count: number): Float32Array[] {
  if (vectors.length !== count) throw new EmbeddingsError(`asked for ${count} embeddings, got ${vectors.length}`);
  const dims = vectors[0]?.length ?? 0;
  if (vectors.some((v) => v.length !== dims || dims === 0)) throw new EmbeddingsError('embeddings differ in length');
  return vectors.map((v) => Float32Array.from(v));
}

export function openAiEmbedder(options: { url: string; model: string; apiKey?: string }): Embedder {
  const base = options.url.replace(/\/+$/, '');
  return {
    model: options.model,
    async embed(texts, signal) {
      const raw = await post(`${base}/embeddings`, { model: options.model, input: texts }, options.apiKey, signal);
      const reply = openAiReply.safeParse(raw);
      if (!reply.success) throw new EmbeddingsError('embeddings endpoint sent an unexpected reply');
      const ordered = [...reply.data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      return checked(ordered, texts.length);
    },
  };
}

export function ollamaEmbedder(options: { url: string; model: string; apiKey?: string }): Embedder {
  const base = options.url.replace(/\/+$/, '');
  return {
    model: options.model,
    async embed(texts, signal) {
      const raw = await post(`${base}/api/embed`, { model: options.model, input: texts }, options.apiKey, signal);
      const reply = ollamaReply.safeParse(raw);
      if (!reply.success) throw new EmbeddingsError('embeddings endpoint sent an unexpected reply');
      return checked(reply.data.embeddings, texts.length);
    },
  };
}

/** The configured embedder, or null when none is (memory is then compared by its words). */
export function selectEmbedder(): Embedder | null {
  const e = env();
  if (!e.BUDDY_EMBEDDINGS_URL) return null;
  const options = { url: e.BUDDY_EMBEDDINGS_URL, model: e.BUDDY_EMBEDDINGS_MODEL, apiKey: e.BUDDY_EMBEDDINGS_API_KEY };
  if (e.BUDDY_EMBEDDINGS_PROVIDER === 'openai-compatible') return openAiEmbedder(options);
  if (e.BUDDY_EMBEDDINGS_PROVIDER === 'ollama') return ollamaEmbedder(options);
  return null;
}

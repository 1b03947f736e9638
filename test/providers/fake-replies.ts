import { z } from 'zod';

/**
 * The fake provider's scripted replies: each answered request takes the next one, so a test can play a
 * whole agent turn (a tool call, then after the tool result another, then the final text). A reply is
 * either text or tool calls, written once here in the real wire shapes of OpenAI chat completions
 * (plain and `stream: true` server-sent events) and Anthropic Messages.
 */
const toolCallSchema = z.object({
  name: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()).default({}),
});
export const replySchema = z.union([
  z.string(),
  z
    .object({ text: z.string().optional(), toolCalls: z.array(toolCallSchema).min(1).optional() })
    .refine((r) => r.text !== undefined || r.toolCalls !== undefined, 'a reply needs "text" or "toolCalls"'),
]);
export type Reply = z.input<typeof replySchema>;
type ToolCall = z.output<typeof toolCallSchema>;
type Normalized = { text: string; toolCalls: ToolCall[] };

export function normalizeReply(reply: Reply): Normalized {
  const parsed = replySchema.parse(reply);
  return typeof parsed === 'string'
    ? { text: parsed, toolCalls: [] }
    : { text: parsed.text ?? '', toolCalls: parsed.toolCalls ?? [] };
}

const USAGE = { prompt_tokens: 12, completion_tokens: 34, total_tokens: 46 };
let sequence = 0;
const callId = () => `call_fake_${Date.now()}_${++sequence}`;

function openAiToolCalls(calls: ToolCall[]) {
  return calls.map((c) => ({
    id: callId(),
    type: 'function',
    function: { name: c.name, arguments: JSON.stringify(c.arguments) },
  }));
}

export function openAiReply(model: string, reply: Normalized) {
  const toolCalls = reply.toolCalls.length ? openAiToolCalls(reply.toolCalls) : undefined;
  return {
    id: `chatcmpl-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: toolCalls && !reply.text ? null : reply.text, tool_calls: toolCalls },
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage: USAGE,
  };
}

/** The `data:` lines of a streamed chat completion, ending with [DONE]. */
export function openAiStream(model: string, reply: Normalized, includeUsage: boolean): string[] {
  const base = {
    id: `chatcmpl-${Date.now()}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
  };
  const chunk = (delta: object, finish: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  const chunks: object[] = [chunk({ role: 'assistant', content: '' })];
  if (reply.text) chunks.push(chunk({ content: reply.text }));
  openAiToolCalls(reply.toolCalls).forEach((call, index) => {
    chunks.push(chunk({ tool_calls: [{ index, ...call }] }));
  });
  chunks.push(chunk({}, reply.toolCalls.length ? 'tool_calls' : 'stop'));
  if (includeUsage) chunks.push({ ...base, choices: [], usage: USAGE });
  return [...chunks.map((c) => JSON.stringify(c)), '[DONE]'];
}

export function anthropicReply(model: string, reply: Normalized) {
  const text = reply.text ? [{ type: 'text', text: reply.text }] : [];
  const tools = reply.toolCalls.map((c) => ({ type: 'tool_use', id: callId(), name: c.name, input: c.arguments }));
  return {
    id: `msg_${Date.now()}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [...text, ...tools],
    stop_reason: tools.length ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 34 },
  };
}

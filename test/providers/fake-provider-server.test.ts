import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from './fake-provider-server';

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.script([]);
  fake.scriptReplies([]);
  fake.setReply('the fixed reply');
});

const post = (path: string, body: object) =>
  fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const chat = (extra: object = {}) =>
  post('/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'go' }], ...extra });

const agentTurn = [
  { toolCalls: [{ name: 'write', arguments: { path: '_governance/x.md', content: 'no' } }] },
  { text: 'trying elsewhere', toolCalls: [{ name: 'write', arguments: { path: '_active/x.md', content: 'yes' } }] },
  'done',
];

/** Reassembles a streamed completion the way an OpenAI client does. */
async function readStream(res: Response) {
  const events = (await res.text()).split('\n\n').filter(Boolean);
  expect(events.at(-1)).toBe('data: [DONE]');
  const chunks = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, '')));
  let content = '';
  let finish = '';
  const calls: { id: string; name: string; arguments: string }[] = [];
  for (const chunk of chunks) {
    expect(chunk.object).toBe('chat.completion.chunk');
    const choice = chunk.choices[0];
    if (!choice) continue;
    content += choice.delta.content ?? '';
    for (const call of choice.delta.tool_calls ?? [])
      calls[call.index] = { id: call.id, name: call.function.name, arguments: call.function.arguments };
    finish = choice.finish_reason ?? finish;
  }
  return { content, finish, calls, usage: chunks.at(-1).usage };
}

describe('scripted replies', () => {
  it('plays a tool-calling turn in order over /__control, then falls back to the fixed reply', async () => {
    expect((await post('/__control', { replies: agentTurn })).status).toBe(200);
    const first = (await (await chat()).json()).choices[0];
    expect(first.finish_reason).toBe('tool_calls');
    expect(first.message.content).toBeNull();
    expect(first.message.tool_calls).toEqual([
      {
        id: expect.stringMatching(/^call_/),
        type: 'function',
        function: { name: 'write', arguments: '{"path":"_governance/x.md","content":"no"}' },
      },
    ]);
    const second = (await (await chat()).json()).choices[0];
    expect(second.message.content).toBe('trying elsewhere');
    expect(JSON.parse(second.message.tool_calls[0].function.arguments)).toEqual({
      path: '_active/x.md',
      content: 'yes',
    });
    const third = (await (await chat()).json()).choices[0];
    expect(third).toMatchObject({ finish_reason: 'stop', message: { content: 'done' } });
    expect(third.message.tool_calls).toBeUndefined();
    expect((await (await chat()).json()).choices[0].message.content).toBe('the fixed reply');
  });

  it('streams text and tool calls as server-sent chunks when asked to', async () => {
    fake.scriptReplies(agentTurn.slice(1));
    const res = await chat({ stream: true, stream_options: { include_usage: true } });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const turn = await readStream(res);
    expect(turn).toMatchObject({ content: 'trying elsewhere', finish: 'tool_calls', usage: { total_tokens: 46 } });
    expect(turn.calls).toEqual([
      { id: expect.stringMatching(/^call_/), name: 'write', arguments: '{"path":"_active/x.md","content":"yes"}' },
    ]);
    expect(await readStream(await chat({ stream: true }))).toMatchObject({
      content: 'done',
      finish: 'stop',
      calls: [],
      usage: undefined,
    });
  });

  it('answers Anthropic Messages with tool_use blocks', async () => {
    fake.scriptReplies(agentTurn);
    const body = await (await post('/v1/messages', { model: 'claude', messages: [] })).json();
    expect(body.stop_reason).toBe('tool_use');
    expect(body.content).toEqual([
      { type: 'tool_use', id: expect.any(String), name: 'write', input: { path: '_governance/x.md', content: 'no' } },
    ]);
  });

  it('keeps a scripted reply for the request after a failure step', async () => {
    fake.script(['429']);
    fake.scriptReplies(['after the retry']);
    expect((await chat()).status).toBe(429);
    expect((await (await chat()).json()).choices[0].message.content).toBe('after the retry');
  });

  it('refuses a malformed control body with the field at fault and keeps the script it had', async () => {
    fake.scriptReplies(['still here']);
    const res = await post('/__control', { replies: [{ toolCalls: [{ arguments: {} }] }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/replies\[0\]/);
    expect((await (await chat()).json()).choices[0].message.content).toBe('still here');
  });

  it('records every model request for later assertions', async () => {
    await chat({ messages: [{ role: 'tool', tool_call_id: 'call_1', content: 'Blocked' }] });
    expect(fake.requests.at(-1)?.body.messages).toEqual([{ role: 'tool', tool_call_id: 'call_1', content: 'Blocked' }]);
    const listed = await (await fetch(`${fake.url}/__requests`)).json();
    expect(listed.at(-1).path).toBe('/v1/chat/completions');
  });
});

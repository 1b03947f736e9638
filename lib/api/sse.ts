const encoder = new TextEncoder();

/** One server-sent event: a named event with JSON data. */
export function sseFrame(event: string, data: unknown): Uint8Array {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Raw lines of the stream (a `retry:` field, a `: comment` that keeps idle proxies from closing it). */
export function sseText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A server-sent event stream as the response: never cached or compressed, never buffered by a proxy. */
export function sseResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}

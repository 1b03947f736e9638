export type LogLine = { stream: 'stdout' | 'stderr'; time: string | null; text: string };

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z) /;

/**
 * Splits Docker's log byte stream into lines. Without a TTY the engine multiplexes stdout and
 * stderr in frames (8-byte header: stream type, 3 zero bytes, big-endian length); with a TTY
 * it is one raw stream. Frames and lines may arrive split across chunks.
 */
export class LogDemuxer {
  private pending: Buffer = Buffer.alloc(0);
  private partial = { stdout: '', stderr: '' };
  constructor(private readonly multiplexed: boolean) {}

  push(chunk: Buffer): LogLine[] {
    if (!this.multiplexed) return this.lines('stdout', chunk.toString('utf8'));
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const out: LogLine[] = [];
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const stream = this.pending[0] === 2 ? 'stderr' : 'stdout';
      out.push(...this.lines(stream, this.pending.subarray(8, 8 + size).toString('utf8')));
      this.pending = this.pending.subarray(8 + size);
    }
    return out;
  }

  /** Whatever is left without a final newline. */
  flush(): LogLine[] {
    const out: LogLine[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream]) out.push(toLine(stream, this.partial[stream]));
      this.partial[stream] = '';
    }
    return out;
  }

  private lines(stream: 'stdout' | 'stderr', text: string): LogLine[] {
    const parts = (this.partial[stream] + text).split('\n');
    this.partial[stream] = parts.pop() ?? '';
    return parts.map((p) => toLine(stream, p));
  }
}

function toLine(stream: 'stdout' | 'stderr', raw: string): LogLine {
  const m = raw.match(TIMESTAMP);
  return { stream, time: m?.[1] ?? null, text: (m ? raw.slice(m[0].length) : raw).replace(/\r$/, '') };
}

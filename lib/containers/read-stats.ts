import { sseFrame } from '../api/sse';
import { ConflictError } from '../api/errors';
import { onEngine } from './engine-errors';
import { findContainer } from './find-container';
import { type StatsSnapshot, statsSnapshot } from './stats-snapshot';

async function prepare(name: string) {
  const container = await findContainer(name);
  const info = await onEngine(() => container.inspect(), name);
  if (!info.State.Running)
    throw new ConflictError(`"${name}" is not running (${info.State.Status}); start it to see live stats.`);
  const limits = {
    memory: info.HostConfig.Memory || null,
    pids: info.HostConfig.PidsLimit && info.HostConfig.PidsLimit > 0 ? info.HostConfig.PidsLimit : null,
  };
  return { container, limits };
}

/** One stats sample (the engine waits one interval to compute CPU use). */
export async function readStats(name: string): Promise<StatsSnapshot> {
  const { container, limits } = await prepare(name);
  const raw = await onEngine(() => container.stats({ stream: false }), name);
  return statsSnapshot(raw as never, limits);
}

/** Live stats as server-sent events, one `stats` event per engine sample (about every second). */
export async function streamStats(name: string, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const { container, limits } = await prepare(name);
  const source = (await onEngine(() => container.stats({ stream: true }), name)) as unknown as NodeJS.ReadableStream & {
    destroy: () => void;
  };
  let buffered = '';
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const close = (reason: string) => {
        if (closed) return;
        closed = true;
        controller.enqueue(sseFrame('end', { reason }));
        controller.close();
      };
      source.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim() || closed) continue;
          controller.enqueue(sseFrame('stats', statsSnapshot(JSON.parse(line), limits)));
        }
      });
      source.on('end', () => close('The container stopped.'));
      source.on('error', () => close('The engine stopped sending stats.'));
      signal.addEventListener('abort', () => {
        closed = true;
        source.destroy();
      });
    },
    cancel() {
      source.destroy();
    },
  });
}

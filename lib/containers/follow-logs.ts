import { sseFrame } from '../api/sse';
import { engineError, onEngine } from './engine-errors';
import { findContainer } from './find-container';
import { LogDemuxer } from './log-demuxer';

type Closable = NodeJS.ReadableStream & { destroy?: () => void };

const REMOVED = 'The container was removed while its logs were streaming.';

/** Why a followed log ended: the container went away, stopped, or the engine stopped answering. */
async function endReason(name: string): Promise<string> {
  try {
    const container = await findContainer(name);
    const info = await container.inspect();
    if (info.State.Status === 'removing' || info.State.Status === 'dead') return REMOVED;
    return info.State.Running ? 'The log stream ended.' : `The container stopped (${info.State.Status}).`;
  } catch (error) {
    const typed = engineError(error, name);
    return typed.status === 404 ? REMOVED : typed.message;
  }
}

/**
 * Follows a container's log as server-sent events: `line` events, then one `end` event that says
 * why the stream stopped. Closing the request stops following.
 */
export async function followLogs(name: string, tail: number, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const container = await findContainer(name);
  const info = await onEngine(() => container.inspect(), name);
  const source = (await onEngine(
    () => container.logs({ follow: true, stdout: true, stderr: true, timestamps: true, tail }),
    name,
  )) as unknown as Closable;
  const demuxer = new LogDemuxer(!info.Config.Tty);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      const finish = async () => {
        if (done) return;
        done = true;
        for (const line of demuxer.flush()) controller.enqueue(sseFrame('line', line));
        controller.enqueue(sseFrame('end', { reason: await endReason(name) }));
        controller.close();
      };
      source.on('data', (chunk: Buffer) => {
        if (done) return;
        for (const line of demuxer.push(chunk)) controller.enqueue(sseFrame('line', line));
      });
      source.on('end', () => void finish());
      source.on('error', () => void finish());
      signal.addEventListener('abort', () => {
        done = true;
        source.destroy?.();
      });
      controller.enqueue(sseFrame('open', { name }));
    },
    cancel() {
      source.destroy?.();
    },
  });
}

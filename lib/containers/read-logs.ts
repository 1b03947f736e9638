import { onEngine } from './engine-errors';
import { findContainer } from './find-container';
import { LogDemuxer, type LogLine } from './log-demuxer';

/** The last `tail` lines of a container's log. */
export async function readLogs(name: string, tail: number): Promise<LogLine[]> {
  const container = await findContainer(name);
  const info = await onEngine(() => container.inspect(), name);
  const raw = await onEngine(
    () => container.logs({ follow: false, stdout: true, stderr: true, timestamps: true, tail }),
    name,
  );
  const demuxer = new LogDemuxer(!info.Config.Tty);
  return [...demuxer.push(Buffer.from(raw as unknown as Buffer)), ...demuxer.flush()];
}

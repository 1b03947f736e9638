export type PatchTargets = { writes: string[]; deletes: string[] };

/**
 * File paths named in an apply_patch input: OpenClaw's envelope (`*** Add File: p`, `*** Update
 * File: p`, `*** Move to: p`, `*** Delete File: p`) and plain unified diffs (`--- a/p`, `+++ b/p`).
 */
export function patchTargets(input: string): PatchTargets {
  const writes: string[] = [];
  const deletes: string[] = [];
  for (const line of input.replace(/\r\n/g, '\n').split('\n')) {
    const envelope = /^\*\*\* (Add File|Update File|Delete File|Move to): (.+)$/.exec(line);
    if (envelope) {
      const target = (envelope[2] as string).trim();
      (envelope[1] === 'Delete File' ? deletes : writes).push(target);
      continue;
    }
    const diff = /^(?:\+\+\+|---) (.+?)(?:\t.*)?$/.exec(line);
    if (diff) {
      const target = (diff[1] as string).trim();
      if (target !== '/dev/null') writes.push(target.replace(/^[ab]\//, ''));
    }
  }
  return { writes: [...new Set(writes)], deletes: [...new Set(deletes)] };
}

/** Resident memory of a process tree from /proc, split the way the kernel counts it. */
import { readdirSync, readFileSync } from 'node:fs';

export type Rss = { total: number; anon: number; file: number };

function descendants(root: number): Set<number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {} // the process ended while we looked
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return tree;
}

/**
 * VmRSS of a process and its descendants in MB (next start may fork a server child), with its anonymous
 * part (heap, native allocations) and its file-backed part (mapped code and mmap'd files such as SQLite's).
 */
export function treeRss(root: number): Rss {
  const sum = { total: 0, anon: 0, file: 0 };
  for (const pid of descendants(root)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      sum.total += kb('VmRSS');
      sum.anon += kb('RssAnon');
      sum.file += kb('RssFile') + kb('RssShmem');
    } catch {}
  }
  return sum;
}

export const formatRss = (r: Rss) => `${r.total.toFixed(0)} MB (anon ${r.anon.toFixed(0)}, file ${r.file.toFixed(0)})`;

/** How much of a process's resident memory is pages of one mapped file (SQLite's mmap of the database). */
export function mappedFileRssMb(pid: number, file: string): number {
  let kb = 0;
  let inFile = false;
  try {
    for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inFile = line.endsWith(file);
      else if (inFile && line.startsWith('Rss:')) kb += Number(line.split(/\s+/)[1]);
    }
  } catch {} // the process ended
  return kb / 1024;
}

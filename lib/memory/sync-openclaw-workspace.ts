import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { env } from '../env';
import {
  type OpenDir,
  openDirNoFollow,
  readFileNoFollow,
  UnsafePathError,
  writeFileNoFollow,
} from '../staging/no-follow-fs';
import { exportOpenClawFiles } from './export-openclaw-files';
import { importWorkspaceMemory, type WorkspaceImportReport } from './import-workspace-memory';
import { dailyNoteDay, MEMORY_FILE } from './openclaw-format';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The OpenClaw agent workspace whose MEMORY.md and memory/ Buddy keeps in step with its curated memory. */
export function agentWorkspaceDir(): string {
  return env().BUDDY_AGENT_WORKSPACE ?? path.join(env().dataDir, 'agent-workspace');
}

/**
 * Agents write this folder, so nothing in it is trusted: folders are opened without following
 * links (memory/ as a link to anywhere is refused), and files are read and written through them.
 */
function openFolder(dir: string, segments: string[], create: boolean): OpenDir | null {
  try {
    return openDirNoFollow(dir, segments, { create });
  } catch (error) {
    if (error instanceof UnsafePathError) throw new ValidationError(`${error.message}; nothing was synced.`);
    throw error;
  }
}

function withFolder<T>(dir: OpenDir, fn: (dir: OpenDir) => T): T {
  try {
    return fn(dir);
  } catch (error) {
    if (error instanceof UnsafePathError) throw new ValidationError(`${error.message}; nothing was synced.`);
    throw error;
  } finally {
    dir.close();
  }
}

/**
 * Writes MEMORY.md and the daily notes. Each file goes to a random temp name created exclusively
 * (nothing planted there is opened or followed) and is renamed over its target inside the folder
 * opened without links, so the agent never reads half a file and a planted link is replaced, not written through.
 */
export async function exportToWorkspace(actor: string): Promise<{ dir: string; files: string[] }> {
  const dir = agentWorkspaceDir();
  const files = await exportOpenClawFiles();
  const byFolder = new Map<string, { name: string; content: string }[]>();
  for (const file of files) {
    const folder = path.posix.dirname(file.path);
    byFolder.set(folder, [
      ...(byFolder.get(folder) ?? []),
      { name: path.posix.basename(file.path), content: file.content },
    ]);
  }
  byFolder.set('memory', byFolder.get('memory') ?? []);
  // The folder itself is the owner's configuration (BUDDY_AGENT_WORKSPACE); below it nothing is trusted.
  mkdirSync(dir, { recursive: true });
  for (const [folder, entries] of byFolder) {
    const segments = folder === '.' ? [] : folder.split('/');
    const opened = openFolder(dir, segments, true) as OpenDir;
    withFolder(opened, (d) => {
      // Buddy owns these two names: a link an agent planted there is replaced, never followed.
      for (const entry of entries) writeFileNoFollow(d, entry.name, entry.content, { replaceLink: true });
    });
  }
  await recordAudit({ actor, action: 'memory.export', details: { format: 'openclaw-workspace', files: files.length } });
  return { dir, files: files.map((f) => f.path) };
}

function readWorkspaceFiles(dir: string): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = [];
  const root = openFolder(dir, [], false);
  if (!root) return files;
  withFolder(root, (d) => {
    const memory = readFileNoFollow(d, MEMORY_FILE, MAX_FILE_BYTES);
    if (memory) files.push({ path: MEMORY_FILE, content: memory.toString('utf8') });
  });
  const notes = openFolder(dir, ['memory'], false);
  if (!notes) return files;
  withFolder(notes, (d) => {
    for (const name of d.list().sort()) {
      if (!dailyNoteDay(`memory/${name}`)) continue;
      const note = readFileNoFollow(d, name, MAX_FILE_BYTES);
      if (note) files.push({ path: `memory/${name}`, content: note.toString('utf8') });
    }
  });
  return files;
}

/**
 * Reads the workspace's memory files back in. Links are refused (a MEMORY.md pointing at a secret
 * is never read); entries the workspace may change are updated, while changes to owner-written
 * ones become memory proposals in staging (see importWorkspaceMemory).
 */
export async function importFromWorkspace(actor: string): Promise<WorkspaceImportReport & { files: string[] }> {
  const dir = agentWorkspaceDir();
  const files = readWorkspaceFiles(dir);
  if (files.length === 0) throw new ValidationError(`No MEMORY.md or memory/YYYY-MM-DD.md in ${dir}.`);
  const report = await importWorkspaceMemory({ files }, actor);
  return { ...report, files: files.map((f) => f.path) };
}

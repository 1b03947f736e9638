import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { env } from '../env';
import { exportOpenClawFiles } from './export-openclaw-files';
import { type ImportReport, importOpenClawFiles } from './import-openclaw-files';
import { dailyNoteDay, MEMORY_FILE } from './openclaw-format';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The OpenClaw agent workspace whose MEMORY.md and memory/ Buddy keeps in step with its curated memory. */
export function agentWorkspaceDir(): string {
  return env().BUDDY_AGENT_WORKSPACE ?? path.join(env().dataDir, 'agent-workspace');
}

/** Writes MEMORY.md and the daily notes; each file is replaced atomically so the agent never reads half of one. */
export async function exportToWorkspace(actor: string): Promise<{ dir: string; files: string[] }> {
  const dir = agentWorkspaceDir();
  const files = await exportOpenClawFiles();
  mkdirSync(path.join(dir, 'memory'), { recursive: true });
  for (const file of files) {
    const target = path.join(dir, file.path);
    const temp = `${target}.buddy-tmp`;
    writeFileSync(temp, file.content);
    renameSync(temp, target);
  }
  await recordAudit({ actor, action: 'memory.export', details: { format: 'openclaw-workspace', files: files.length } });
  return { dir, files: files.map((f) => f.path) };
}

/** Reads the workspace's memory files back in (entries edited or added by agents). */
export async function importFromWorkspace(actor: string): Promise<ImportReport & { files: string[] }> {
  const dir = agentWorkspaceDir();
  const names = [MEMORY_FILE];
  const notes = path.join(dir, 'memory');
  if (existsSync(notes))
    names.push(
      ...readdirSync(notes)
        .map((n) => `memory/${n}`)
        .filter((p) => dailyNoteDay(p)),
    );
  const files = names
    .filter((p) => existsSync(path.join(dir, p)))
    .map((p) => {
      const full = path.join(dir, p);
      if (statSync(full).size > MAX_FILE_BYTES)
        throw new ValidationError(`${p} is larger than 5 MB; nothing was imported.`);
      return { path: p, content: readFileSync(full, 'utf8') };
    });
  if (files.length === 0) throw new ValidationError(`No MEMORY.md or memory/YYYY-MM-DD.md in ${dir}.`);
  const report = await importOpenClawFiles({ files }, actor);
  return { ...report, files: files.map((f) => f.path) };
}

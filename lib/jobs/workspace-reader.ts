import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_READ_BYTES = 1024 * 1024;

export type CommitSummary = { hash: string; author: string; date: string; subject: string };

/**
 * Read-only view of the workspace. Every path is resolved (symlinks included) and must stay inside
 * the root; there is deliberately no write, delete or arbitrary git command here.
 */
export function workspaceReader(root: string, signal: AbortSignal) {
  async function inside(relative: string): Promise<string> {
    const base = await realpath(root);
    const target = await realpath(path.resolve(base, relative));
    if (target !== base && !target.startsWith(base + path.sep))
      throw new Error(`"${relative}" is outside the workspace`);
    return target;
  }

  return {
    async exists(relative: string): Promise<boolean> {
      return inside(relative).then(
        () => true,
        () => false,
      );
    },
    async readText(relative: string): Promise<string> {
      const file = await inside(relative);
      const info = await stat(file);
      if (info.size > MAX_READ_BYTES) throw new Error(`"${relative}" is larger than ${MAX_READ_BYTES} bytes`);
      return readFile(file, { encoding: 'utf8', signal });
    },
    async sha256(relative: string): Promise<string | null> {
      const file = await inside(relative).catch(() => null);
      if (!file) return null;
      return createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
    },
    async list(relative = '.'): Promise<Array<{ name: string; dir: boolean }>> {
      const dir = await inside(relative);
      const entries = await readdir(dir, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, dir: e.isDirectory() })).sort((a, b) => a.name.localeCompare(b.name));
    },
    /** Git repositories directly under the `_active` layer, as workspace-relative paths. */
    async activeRepos(): Promise<string[]> {
      const entries = await this.list('_active').catch(() => []);
      const repos: string[] = [];
      for (const e of entries)
        if (e.dir && (await this.exists(`_active/${e.name}/.git`))) repos.push(`_active/${e.name}`);
      return repos;
    },
    /** `git log` of one repository, read-only, optionally since a date. */
    async gitLog(repo: string, since: Date | null, max = 100): Promise<CommitSummary[]> {
      const dir = await inside(repo);
      const args = [
        '--no-optional-locks',
        '-c',
        `safe.directory=${dir}`,
        '-C',
        dir,
        'log',
        '--no-color',
        `-n${max}`,
        '--format=%H%x09%an%x09%aI%x09%s',
      ];
      if (since) args.push(`--since=${since.toISOString()}`);
      const { stdout } = await run('git', args, { signal, maxBuffer: 4 * 1024 * 1024 }).catch(() => ({ stdout: '' }));
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [hash = '', author = '', date = '', ...subject] = line.split('\t');
          return { hash, author, date, subject: subject.join('\t') };
        });
    },
  };
}
export type WorkspaceReader = ReturnType<typeof workspaceReader>;

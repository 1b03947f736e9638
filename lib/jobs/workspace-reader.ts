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
    /** `git log` of one repository, read-only: the commits after `from` (a commit), or since a date, or all. */
    async gitLog(repo: string, range: { from?: string | null; since?: Date | null } = {}, max = 100) {
      const args = ['log', '--no-color', `-n${max}`, '--format=%H%x09%an%x09%aI%x09%s'];
      if (range.since) args.push(`--since=${range.since.toISOString()}`);
      if (range.from) args.push(`${commitId(range.from)}..HEAD`);
      const stdout = await git(repo, args);
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((line): CommitSummary => {
          const [hash = '', author = '', date = '', ...subject] = line.split('\t');
          return { hash, author, date, subject: subject.join('\t') };
        });
    },
    /** The commit HEAD points at; null for a repository without any commit yet. */
    async gitHead(repo: string): Promise<string | null> {
      const head = await git(repo, ['rev-parse', '--verify', 'HEAD^{commit}']).catch(async (error: unknown) => {
        // An unborn HEAD (no commit yet) resolves to nothing at all; a HEAD that names a missing or
        // broken object is a real failure and keeps git's message.
        const dir = await inside(repo);
        const bare = await run('git', [...gitBase(dir), 'rev-parse', '--verify', '-q', 'HEAD'], { signal }).catch(
          () => ({ stdout: '' }),
        );
        if (!bare.stdout.trim()) return '';
        throw error;
      });
      return head.trim() || null;
    },
    /** Whether `commit` exists in the repository (a rewritten history can lose the last reviewed one). */
    async gitContains(repo: string, commit: string): Promise<boolean> {
      const dir = await inside(repo);
      return run('git', [...gitBase(dir), 'cat-file', '-e', `${commitId(commit)}^{commit}`], { signal }).then(
        () => true,
        () => false,
      );
    },
    /** The unified diff from `from` (null: the empty tree, i.e. the whole current state) to `to`. */
    async gitDiff(repo: string, from: string | null, to: string): Promise<string> {
      return git(repo, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '-M',
        commitId(from ?? EMPTY_TREE),
        commitId(to),
      ]);
    },
    /** The tracked files of the repository at HEAD. */
    async gitFiles(repo: string, max = 2000): Promise<string[]> {
      return (await git(repo, ['ls-files', '-z'])).split('\0').filter(Boolean).slice(0, max);
    },
  };

  async function git(repo: string, args: string[]): Promise<string> {
    const dir = await inside(repo);
    const { stdout } = await run('git', [...gitBase(dir), ...args], { signal, maxBuffer: MAX_GIT_BYTES }).catch(
      (error: ExecError) => {
        throw new GitError(repo, args[0] ?? 'git', error);
      },
    );
    return stdout;
  }
}

type ExecError = Error & { code?: number | string; stderr?: string };

/** A git command failed: the run fails with git's own message instead of reporting "nothing new". */
export class GitError extends Error {
  constructor(repo: string, command: string, cause: ExecError) {
    const detail = cause.stderr?.trim() || cause.message;
    super(`git ${command} failed in ${repo}: ${detail.slice(0, 500)}`);
    this.name = 'GitError';
  }
}

// git's well-known empty tree: diffing against it shows a repository's whole current state.
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const MAX_GIT_BYTES = 64 * 1024 * 1024;

function gitBase(dir: string): string[] {
  return ['--no-optional-locks', '-c', `safe.directory=${dir}`, '-C', dir];
}

/** Commit ids come from the database and git itself, but never let one be read as an option. */
function commitId(value: string): string {
  if (!/^[0-9a-f]{4,64}$/i.test(value)) throw new Error(`"${value}" is not a commit id`);
  return value;
}
export type WorkspaceReader = ReturnType<typeof workspaceReader>;

import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  type Stats,
  unlinkSync,
} from 'node:fs';
import { writeFileAtomic } from '../fs/write-file-atomic';

const { O_RDONLY, O_DIRECTORY, O_NOFOLLOW, O_NONBLOCK } = constants;

/** A path that may not be used: a link on the way, a folder where a file belongs, a device... */
export class UnsafePathError extends Error {}

/**
 * Names below an open folder are looked up through its descriptor (`/proc/self/fd/N/name`), the
 * `openat` of Node: the folder is never found again by its path, so swapping a component for a
 * symlink after the check changes nothing about where the write lands.
 */
const at = (fd: number, name?: string) => (name === undefined ? `/proc/self/fd/${fd}` : `/proc/self/fd/${fd}/${name}`);

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Descriptor-relative lookups need Linux's /proc; elsewhere every writer fails closed. */
function requireProcFd(): void {
  if (process.platform !== 'linux' || !existsSync('/proc/self/fd')) {
    throw new UnsafePathError('safe workspace writes need Linux (/proc/self/fd); refusing to write without them');
  }
}

function checkName(name: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
    throw new UnsafePathError(`"${name}" is not a plain file or folder name`);
  }
}

/** A folder held open without following links. */
export class OpenDir {
  constructor(
    readonly fd: number,
    readonly shownPath: string,
  ) {}

  /** Where the kernel says this folder is now (symlinks resolved by construction: none were followed). */
  realPath(): string {
    return readlinkSync(at(this.fd));
  }

  /** lstat of a child: never follows a link at `name`. */
  lstatChild(name: string): Stats | null {
    checkName(name);
    return lstatOrNull(at(this.fd, name));
  }

  /** The names in this folder (read through the descriptor, not the path). */
  list(): string[] {
    return readdirSync(at(this.fd));
  }

  close(): void {
    closeSync(this.fd);
  }
}

function refusal(error: unknown, parentFd: number, name: string, shown: string): Error {
  const code = errno(error);
  if (code === 'ELOOP') return new UnsafePathError(`${shown} is a symlink; links are never followed`);
  if (code === 'ENOTDIR') {
    const stat = lstatOrNull(at(parentFd, name));
    if (stat?.isSymbolicLink()) return new UnsafePathError(`${shown} is a symlink; links are never followed`);
    return new UnsafePathError(`${shown} is not a folder`);
  }
  return error as Error;
}

/**
 * Opens `root/segments...` one component at a time, each with O_NOFOLLOW|O_DIRECTORY relative to
 * the folder before it, so any symlink on the way is refused. With `create`, missing folders are
 * made (mkdir never follows a link at its last component). Without it, a missing component
 * returns null: nothing below it exists, so nothing below it can be a link either.
 */
export function openDirNoFollow(rootDir: string, segments: string[], options: { create: boolean }): OpenDir | null {
  requireProcFd();
  const root = realpathSync(rootDir);
  let fd = openSync(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
  const shown: string[] = [];
  try {
    for (const name of segments) {
      checkName(name);
      shown.push(name);
      let next: number;
      try {
        next = openSync(at(fd, name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
      } catch (error) {
        if (errno(error) !== 'ENOENT') throw refusal(error, fd, name, shown.join('/'));
        if (!options.create) {
          closeSync(fd);
          fd = -1;
          return null;
        }
        try {
          mkdirSync(at(fd, name), 0o755);
        } catch (made) {
          if (errno(made) !== 'EEXIST') throw made;
        }
        try {
          next = openSync(at(fd, name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        } catch (again) {
          throw refusal(again, fd, name, shown.join('/'));
        }
      }
      closeSync(fd);
      fd = next;
    }
    const dir = new OpenDir(fd, segments.join('/'));
    fd = -1;
    return dir;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/**
 * Reads `name` in `dir` without following a link there; null when it does not exist. Only regular
 * files are read (O_NONBLOCK so a planted FIFO cannot hang the reader).
 */
export function readFileNoFollow(dir: OpenDir, name: string, maxBytes = Number.POSITIVE_INFINITY): Buffer | null {
  checkName(name);
  let fd: number;
  try {
    fd = openSync(at(dir.fd, name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (error) {
    if (errno(error) === 'ENOENT') return null;
    throw refusal(error, dir.fd, name, joinShown(dir, name));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UnsafePathError(`${joinShown(dir, name)} is not a regular file`);
    if (stat.size > maxBytes) throw new UnsafePathError(`${joinShown(dir, name)} is larger than ${maxBytes} bytes`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function joinShown(dir: OpenDir, name: string): string {
  return dir.shownPath ? `${dir.shownPath}/${name}` : name;
}

const tempPrefix = (name: string) => `.${name.slice(0, 80)}.buddy-`;

/** Removes temp files a crashed writer of `name` left in `dir` (only this writer's own names). */
export function removeTempFiles(dir: OpenDir, name: string): number {
  checkName(name);
  const prefix = tempPrefix(name);
  let removed = 0;
  for (const entry of readdirSync(at(dir.fd))) {
    if (!entry.startsWith(prefix) || !/^[0-9a-f]{16}\.tmp$/.test(entry.slice(prefix.length))) continue;
    if (removeFileNoFollow(dir, entry)) removed++;
  }
  return removed;
}

/**
 * Replaces `name` in `dir` atomically (lib/fs/write-file-atomic.ts): the content goes to a random temp name created exclusively
 * (O_CREAT|O_EXCL|O_NOFOLLOW, so nothing planted there is opened), is synced, then renamed over the
 * target inside the same open folder. A hard link elsewhere keeps its old content. A link at
 * `name` is refused, or with `replaceLink` replaced by the file (the rename never writes through it).
 */
export function writeFileNoFollow(
  dir: OpenDir,
  name: string,
  content: string | Buffer,
  options: { mode?: number; replaceLink?: boolean } = {},
): void {
  checkName(name);
  const existing = dir.lstatChild(name);
  const replaceable = existing?.isFile() || (options.replaceLink && existing?.isSymbolicLink());
  if (existing && !replaceable) throw new UnsafePathError(`${joinShown(dir, name)} is not a regular file`);
  writeFileAtomic(at(dir.fd, name), content, { mode: options.mode, tempPrefix: tempPrefix(name) });
}

/** Removes the regular file `name` in `dir` (never a link's target, never a folder); false when absent. */
export function removeFileNoFollow(dir: OpenDir, name: string): boolean {
  const existing = dir.lstatChild(name);
  if (!existing) return false;
  if (!existing.isFile()) throw new UnsafePathError(`${joinShown(dir, name)} is not a regular file`);
  unlinkSync(at(dir.fd, name));
  return true;
}

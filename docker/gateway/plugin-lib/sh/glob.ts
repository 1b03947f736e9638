import { readdirSync } from 'node:fs';
import path from 'node:path';
import { unescapePattern } from './words';

const MAX_MATCHES = 2000;

/** One path segment of a glob as a RegExp (bash defaults: `*` and `?` never match a leading dot). */
function segmentRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '\\') re += (segment[++i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

function segmentHasGlob(segment: string): boolean {
  return /(^|[^\\])[*?[]/.test(segment);
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Pathname expansion against the real file system, as bash does it (no nullglob): the matches in
 * order, or the pattern itself when nothing matches. Relative patterns are matched from `cwd`.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let found: string[] = [absolute ? '/' : ''];
  for (const segment of segments) {
    if (segment === '') continue;
    const next: string[] = [];
    for (const prefix of found) {
      if (!segmentHasGlob(segment)) {
        next.push(prefix === '' ? unescapePattern(segment) : path.join(prefix, unescapePattern(segment)));
        continue;
      }
      const re = segmentRegex(segment);
      const dotOk = segment.startsWith('.');
      for (const name of list(path.resolve(cwd, prefix || '.')).sort()) {
        if (name.startsWith('.') && !dotOk) continue;
        if (re.test(name)) next.push(prefix === '' ? name : path.join(prefix, name));
        if (next.length > MAX_MATCHES) break;
      }
    }
    found = next;
    if (found.length === 0) break;
  }
  return found.length ? found : [unescapePattern(pattern)];
}

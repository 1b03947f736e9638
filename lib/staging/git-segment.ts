/**
 * A `.git` segment in any letter case (case-insensitive file systems open `.GIT` as `.git`), also
 * with the trailing dots or spaces that Windows drops: a file written there turns a later
 * `git status` into command execution (core.fsmonitor, hooks). Pure, so the browser's forms share it.
 */
export function isGitSegment(segment: string): boolean {
  return segment.replace(/[. ]+$/, '').toLowerCase() === '.git';
}

import type { Field } from '../../../plugin-lib/sh/words';

/**
 * git is checked against an allow list of subcommands: an alias (`git -c alias.p=push p`, or one
 * defined in a config file the agent can write) is an unknown subcommand and so refused, whatever
 * it expands to. Subcommands that rewrite the work tree could touch _governance: refused too.
 */
const READ_ONLY = new Set([
  'status',
  'diff',
  'log',
  'show',
  'blame',
  'annotate',
  'grep',
  'ls-files',
  'ls-tree',
  'rev-parse',
  'rev-list',
  'describe',
  'shortlog',
  'cat-file',
  'diff-tree',
  'diff-index',
  'diff-files',
  'show-ref',
  'for-each-ref',
  'name-rev',
  'merge-base',
  'count-objects',
  'whatchanged',
  'version',
  'help',
  'check-ignore',
  'check-attr',
  'var',
  'fsck',
  'verify-commit',
  'verify-tag',
  'range-diff',
  'cherry',
  'show-branch',
  'fetch',
]);
const SAFE_WRITES = new Set(['add', 'commit', 'init', 'notes', 'tag', 'branch', 'stash', 'config', 'remote']);
const HISTORY = new Set(['rebase', 'filter-branch', 'filter-repo', 'update-ref', 'replace', 'reflog', 'commit-tree']);
/** Options of `git` itself that take a value. */
const GLOBAL_WITH_ARG = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--exec-path',
  '--config-env',
  '--super-prefix',
  '--list-cmds',
]);
/** Config keys that make git run a program, change where it pushes, or what a command means. */
const RISKY_CONFIG =
  /^(alias\.|core\.(fsmonitor|hookspath|sshcommand|editor|pager|askpass|gitproxy|worktree)$|include|remote\.|url\.|.*\.(command|cmd|helper|program|driver|textconv|clean|smudge|process)$|credential|protocol|sequence\.editor|diff\.external|pager\.|gpg\.|uploadpack|receivepack|http\.|safe\.)/i;

export function gitReason(argv: Field[]): string | null {
  let k = 1;
  for (; k < argv.length; k++) {
    const a = argv[k] as Field;
    if (a.dynamic) return 'git with a computed argument';
    if (a.text === '-c' || a.text.startsWith('--config-env')) {
      const setting = a.text === '-c' ? argv[k + 1] : { text: a.text.split('=').slice(1).join('='), dynamic: false };
      if (!setting || setting.dynamic || RISKY_CONFIG.test(setting.text.split('=')[0] ?? ''))
        return `git -c ${setting?.text ?? ''} can redefine a command or run a program`;
    }
    if (/^--(git-dir|work-tree|exec-path|namespace)/.test(a.text))
      return `git ${a.text.split('=')[0]} points git at another repository or program`;
    if (GLOBAL_WITH_ARG.has(a.text)) k++;
    else if (!a.text.startsWith('-')) break;
  }
  const sub = argv[k]?.text;
  if (!sub) return null;
  const args = argv.slice(k + 1).map((a) => a.text);
  if (argv[k]?.dynamic) return 'git with a computed subcommand';
  if (sub === 'push' || sub === 'send-pack' || sub === 'http-push')
    return 'git push: agents never push; the owner pushes after review';
  if (READ_ONLY.has(sub)) return null;
  if (HISTORY.has(sub) || (sub === 'reset' && args.length)) return `git ${sub} rewrites history`;
  if (sub === 'rm' || sub === 'clean') return `git ${sub} deletes files`;
  if (!SAFE_WRITES.has(sub))
    return `git ${sub} is not on the list of git commands agents may run (it can push, rewrite history or rewrite files across the work tree, including _governance)`;
  const has = (...flags: string[]) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));
  if (sub === 'commit' && has('--amend', '--fixup', '--squash')) return 'git commit --amend rewrites history';
  if (
    sub === 'branch' &&
    args.some((a) => /^-[a-zA-Z]*[DdfMmCc]/.test(a) || ['--delete', '--force', '--move', '--copy'].includes(a))
  )
    return 'git branch -D/-f/-m deletes or moves history';
  if (sub === 'tag' && args.some((a) => /^-[a-zA-Z]*[df]/.test(a) || a === '--delete' || a === '--force'))
    return 'git tag -d/-f deletes or moves a tag';
  if (sub === 'stash' && !['list', 'show'].includes(args[0] ?? '')) return 'git stash rewrites the work tree';
  if (sub === 'config' && args.some((a) => RISKY_CONFIG.test(a)))
    return 'git config can redefine a command or make git run a program';
  if (
    sub === 'config' &&
    !args.some((a) => ['--get', '--list', '-l', '--get-all', '--get-regexp', 'get', 'list'].includes(a)) &&
    args.filter((a) => !a.startsWith('-')).length >= 2
  )
    return 'git config writes configuration; agents read it only';
  if (sub === 'remote' && args[0] && !['-v', 'show', 'get-url'].includes(args[0]))
    return `git remote ${args[0]} changes where git pushes`;
  return null;
}

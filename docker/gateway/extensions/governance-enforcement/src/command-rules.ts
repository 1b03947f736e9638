import type { ExpandedCommand } from '../../../plugin-lib/shell-unwrap';

const DELETERS = new Set(['rm', 'rmdir', 'unlink', 'shred', 'srm', 'wipe', 'trash', 'trash-put', 'gio']);
const HISTORY = new Set(['rebase', 'filter-branch', 'filter-repo', 'update-ref', 'replace', 'reflog']);
const GIT_OPTS_WITH_ARG = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path']);
/** Buddy endpoints that decide on staged work; only the owner, in the browser, may call them. */
export const APPROVE_ENDPOINT = /\/api\/[^\s'"]*\/(approve|promote)\b|\/api\/staging\/bulk\b/i;

function gitSubcommand(argv: string[]): { sub: string; args: string[] } | null {
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k] as string;
    if (GIT_OPTS_WITH_ARG.has(a)) k++;
    else if (!a.startsWith('-')) return { sub: a, args: argv.slice(k + 1) };
  }
  return null;
}

function gitReason(argv: string[]): string | null {
  const git = gitSubcommand(argv);
  if (!git) return null;
  const { sub, args } = git;
  const has = (...flags: string[]) =>
    args.some((a) => flags.includes(a) || flags.some((f) => f.startsWith('--') && a.startsWith(`${f}=`)));
  if (sub === 'push') return 'git push: agents never push; the owner pushes after review';
  if (sub === 'rm' || sub === 'clean') return `git ${sub} deletes files`;
  if (HISTORY.has(sub)) return `git ${sub} rewrites history`;
  if (sub === 'commit' && has('--amend', '--fixup', '--squash')) return 'git commit --amend rewrites history';
  if (
    sub === 'reset' &&
    (has('--hard', '--soft', '--mixed', '--keep', '--merge') ||
      args.some((a) => /^(HEAD[~^@]|[0-9a-f]{7,40}$|origin\/)/.test(a)))
  ) {
    return 'git reset to another commit rewrites history';
  }
  if (sub === 'branch' && args.some((a) => /^-[a-zA-Z]*[DdfM]/.test(a) || a === '--delete' || a === '--force'))
    return 'git branch -D/-f deletes or moves history';
  if (sub === 'tag' && args.some((a) => /^-[a-zA-Z]*[df]/.test(a) || a === '--delete' || a === '--force'))
    return 'git tag -d/-f deletes or moves a tag';
  if (sub === 'checkout' && has('--orphan')) return 'git checkout --orphan starts a new history';
  if (sub === 'stash' && ['drop', 'clear'].includes(args[0] ?? '')) return 'git stash drop/clear deletes work';
  if (sub === 'gc' && args.some((a) => a.startsWith('--prune'))) return 'git gc --prune deletes objects';
  return null;
}

/** Why this command must not run (delete, push, history rewrite), or null. */
export function forbiddenReason(command: ExpandedCommand): string | null {
  const { name, argv } = command;
  if (name.startsWith('$')) return `the command name "${name}" is a variable; run a literal command`;
  if (DELETERS.has(name))
    return name === 'gio' && argv[1] !== 'trash' && argv[1] !== 'remove' ? null : `${name} deletes files`;
  if (name === 'find' && argv.includes('-delete')) return 'find -delete deletes files';
  if (name === 'rsync' && argv.some((a) => a.startsWith('--delete') || a === '--remove-source-files'))
    return 'rsync --delete deletes files';
  if ((name === 'mv' || name === 'cp') && argv.at(-1) === '/dev/null')
    return `${name} onto /dev/null destroys the file`;
  if (name === 'truncate' || (name === 'dd' && argv.some((a) => a.startsWith('of=')) && argv.includes('if=/dev/zero')))
    return `${name} destroys file contents`;
  if (name === 'git' || name === 'hub' || name === 'gh') {
    if (name === 'gh' && ['repo', 'release'].includes(argv[1] ?? '') && argv[2] === 'delete')
      return `gh ${argv[1]} delete deletes remotely`;
    return name === 'git' ? gitReason(argv) : null;
  }
  if (['python', 'python3', 'node', 'perl', 'ruby', 'php'].includes(name)) {
    const code = argv.slice(1).join(' ');
    if (
      /\b(shutil\.rmtree|os\.(remove|unlink|rmdir|removedirs)|unlinkSync|rmSync|rmdirSync|fs\.(rm|unlink|rmdir)\b|File\.delete|\bunlink\s*\()/.test(
        code,
      )
    ) {
      return `${name} code that deletes files`;
    }
  }
  return null;
}

const DEST_LAST = new Set(['cp', 'mv', 'install', 'ln', 'rsync', 'scp']);
const ALL_OPERANDS = new Set(['touch', 'mkdir', 'tee', 'truncate']);

/** Paths this command would write: redirect targets and destination operands of file tools. */
export function writeTargets(command: ExpandedCommand): string[] {
  const targets = command.redirects.filter((r) => r !== '/dev/null' && !/^\/dev\/(stdout|stderr|fd\/\d)$/.test(r));
  const operands = command.argv.slice(1).filter((a) => !a.startsWith('-'));
  if (DEST_LAST.has(command.name) && operands.length >= 2) targets.push(operands.at(-1) as string);
  if (ALL_OPERANDS.has(command.name)) targets.push(...operands);
  if (command.name === 'sed' && command.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place')))
    targets.push(...operands.slice(1));
  if (command.name === 'dd') targets.push(...command.argv.filter((a) => a.startsWith('of=')).map((a) => a.slice(3)));
  if (command.name === 'chmod' || command.name === 'chown') targets.push(...operands.slice(1));
  return targets;
}

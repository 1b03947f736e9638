/**
 * Environment variables that make a shell or a tool run code of its own choosing (BASH_ENV is
 * sourced by every non-interactive bash, PROMPT_COMMAND and PS4 run on prompts and traces), change
 * what a command name or path means (PATH, CDPATH, IFS), or point git, node, python elsewhere.
 */
const EXACT = new Set([
  'BASH_ENV',
  'ENV',
  'PROMPT_COMMAND',
  'PS0',
  'PS1',
  'PS2',
  'PS3',
  'PS4',
  'SHELLOPTS',
  'BASHOPTS',
  'IFS',
  'CDPATH',
  'PATH',
  'GLOBIGNORE',
  'BASH_XTRACEFD',
  'HISTFILE',
  'HOME',
  'ZDOTDIR',
  'INPUTRC',
  'BASH_LOADABLES_PATH',
  'NODE_OPTIONS',
  'NODE_PATH',
  'PYTHONSTARTUP',
  'PYTHONPATH',
  'PYTHONHOME',
  'PYTHONINSPECT',
  'PERL5OPT',
  'PERL5LIB',
  'PERLLIB',
  'RUBYOPT',
  'RUBYLIB',
  'EDITOR',
  'VISUAL',
  'PAGER',
  'MANPAGER',
  'LESSOPEN',
  'LESSCLOSE',
  'TAR_OPTIONS',
  'GZIP',
  'XZ_OPT',
  'SUDO_ASKPASS',
  'SSH_ASKPASS',
  'OPENCLAW_CONFIG_PATH',
]);
const PREFIXES = ['BASH_FUNC_', 'LD_', 'DYLD_', 'GIT_', 'NPM_CONFIG_', 'npm_config_', 'YARN_', 'PNPM_', 'OPENCLAW_'];

export function dangerousVariable(name: string): boolean {
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p)) || name.endsWith('%%');
}

export function envReason(names: Iterable<string>, where: string): string | null {
  for (const name of names) {
    if (dangerousVariable(name))
      return `${where} sets ${name}, which makes the shell or a tool run other code or resolve names elsewhere`;
  }
  return null;
}

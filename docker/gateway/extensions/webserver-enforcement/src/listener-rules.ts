/** A program a shell command runs, wrappers peeled off (see plugin-lib/sh/analyze). */
export type ProgramCall = { name: string; argv: string[] };

const SERVERS = new Set([
  'http-server',
  'serve',
  'live-server',
  'httpd',
  'nginx',
  'caddy',
  'apache2',
  'lighttpd',
  'uvicorn',
  'gunicorn',
  'hypercorn',
  'daphne',
  'waitress-serve',
  'streamlit',
  'gradio',
  'ngrok',
  'cloudflared',
  'localtunnel',
  'lt',
  'sshd',
  'vite',
  'webpack-dev-server',
]);
const PY_MODULES =
  /^(http\.server|SimpleHTTPServer|uvicorn|gunicorn|flask|streamlit|jupyter|notebook|jupyterlab|pydoc|smtpd|aiohttp\.web|twisted)$/;

/** Why this command would start a listening server in the gateway, or null. */
export function listenerReason(command: ProgramCall): string | null {
  const { name, argv } = command;
  const args = argv.slice(1);
  const code = args.join(' ');
  if (SERVERS.has(name)) return `${name} starts a server`;
  if (
    ['npx', 'pnpx', 'bunx'].includes(name) &&
    args.find((a) => !a.startsWith('-')) &&
    SERVERS.has(args.find((a) => !a.startsWith('-')) as string)
  ) {
    return `${name} ${args.find((a) => !a.startsWith('-'))} starts a server`;
  }
  if (/^python[0-9.]*$/.test(name)) {
    const at = args.indexOf('-m');
    if (at >= 0 && PY_MODULES.test(args[at + 1] ?? '')) return `python -m ${args[at + 1]} starts a server`;
    if (/serve_forever|\.listen\(|\.bind\(\s*\(|app\.run\(|HTTPServer\(/.test(code))
      return 'python code that listens on a port';
  }
  if (['node', 'deno', 'bun'].includes(name) && /\.listen\(|createServer|Deno\.serve|Bun\.serve/.test(code))
    return `${name} code that listens on a port`;
  if (name === 'php' && args.includes('-S')) return 'php -S starts a server';
  if (name === 'ruby' && /-run|httpd|WEBrick/.test(code)) return 'ruby httpd starts a server';
  if (['nc', 'ncat', 'netcat'].includes(name) && args.some((a) => /^-[a-zA-Z]*l/.test(a) || a === '--listen'))
    return `${name} -l listens on a port`;
  if (name === 'socat' && /LISTEN/i.test(code)) return 'socat LISTEN opens a port';
  if (name === 'ssh' && args.some((a) => /^-[a-zA-Z]*[LRD]/.test(a))) return 'ssh port forwarding opens a port';
  if (name === 'flask' && args[0] === 'run') return 'flask run starts a server';
  if (name === 'jupyter' && ['notebook', 'lab', 'server'].includes(args[0] ?? ''))
    return `jupyter ${args[0]} starts a server`;
  if (name === 'next' && ['dev', 'start'].includes(args[0] ?? '')) return `next ${args[0]} starts a server`;
  if (
    ['npm', 'pnpm', 'yarn', 'bun'].includes(name) &&
    (['start', 'dev', 'serve', 'preview'].includes(args[0] ?? '') ||
      (args[0] === 'run' && ['start', 'dev', 'serve', 'preview'].includes(args[1] ?? '')))
  ) {
    return `${name} ${args.join(' ')} starts a dev server`;
  }
  if (name === 'busybox' && args[0] === 'httpd') return 'busybox httpd starts a server';
  if (name === 'docker' && args[0] === 'run' && args.some((a) => a === '-p' || a.startsWith('--publish') || a === '-P'))
    return 'docker run -p publishes a port';
  return null;
}

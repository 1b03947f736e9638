import type { Invocation } from '../../../plugin-lib/sh/analyze';
import { VALUE_OPTIONS, type ValueOptionTool } from '../../../plugin-lib/sh/value-options';

/** What a shell command would contact: URLs to check like web fetches, or why it cannot be told. */
export type Egress = { urls: string[]; problem: string | null };

const URL_TOOLS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'aria2c', 'lynx', 'links', 'w3m']);
const HOST_TOOLS = new Set(['nc', 'ncat', 'netcat', 'telnet', 'socat', 'ssh', 'scp', 'sftp', 'rsync', 'ftp']);
const INTERPRETER = /^(python[0-9.]*|node|nodejs|deno|bun|perl|ruby|php|lua)$/;
const INLINE_FLAGS = new Set(['-c', '-e', '-p', '-r', '--eval', '--print', '-E']);
const NETWORK_API =
  /\b(fetch|XMLHttpRequest|WebSocket|https?\.(get|request)|net\.(connect|createConnection)|urllib|urlopen|requests\.|httpx|aiohttp|socket|http\.client|LWP|Net::HTTP|open-uri|file_get_contents|curl_)/;
const URL_LITERAL = /\b(?:https?|ftp|wss?):\/\/[^\s'"`)<>\]]+/gi;

function asUrl(text: string, defaultScheme = 'http'): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `${defaultScheme}://${text}`;
}

function hostOperand(text: string, port?: string): string | null {
  const remote = /^(?:[^@/]+@)?(\[[^\]]+\]|[^:/\s]+)(?::(.*))?$/.exec(text);
  if (!remote?.[1] || remote[1].startsWith('-')) return null;
  return `http://${remote[1]}${port ? `:${port}` : ''}/`;
}

export function shellEgress(inv: Invocation): Egress {
  const { name, argv } = inv;
  const args = argv.slice(1);
  const urls: string[] = [];
  if (URL_TOOLS.has(name)) {
    if (
      args.some((a) =>
        ['--resolve', '--connect-to', '-x', '--proxy', '--socks5', '--preproxy'].includes(a.text.split('=')[0] ?? ''),
      )
    )
      return { urls, problem: `${name} with --resolve/--connect-to/--proxy picks its own address` };
    // Other tools' options are not known: every word that is not an option is checked as an address.
    const valueOptions: readonly string[] = name in VALUE_OPTIONS ? VALUE_OPTIONS[name as ValueOptionTool] : [];
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      if (!a) continue;
      if (a.text.startsWith('-')) {
        if (valueOptions.includes(a.text)) k++;
        continue;
      }
      if (a.dynamic) return { urls, problem: `${name} fetches an address computed at run time` };
      urls.push(asUrl(a.text));
    }
    return { urls, problem: null };
  }
  if (HOST_TOOLS.has(name)) {
    const operands = args.filter((a) => !a.text.startsWith('-'));
    if (operands.some((a) => a.dynamic))
      return { urls, problem: `${name} connects to an address computed at run time` };
    if (name === 'socat') {
      for (const a of operands) {
        const m = /^(?:tcp|tcp4|tcp6|udp|openssl)[^:]*:([^:,]+):(\d+)/i.exec(a.text);
        if (m) urls.push(`http://${m[1]}:${m[2]}/`);
      }
      return { urls, problem: null };
    }
    const first = operands[0];
    if (name === 'scp' || name === 'rsync') {
      for (const a of operands) if (/^[^/]*:/.test(a.text)) urls.push(hostOperand(a.text.split(':')[0] ?? '') ?? '');
    } else if (first) {
      const url = hostOperand(first.text, operands[1]?.text);
      if (url) urls.push(url);
    }
    return { urls: urls.filter(Boolean), problem: null };
  }
  if (
    name === 'git' &&
    args.some((a) => ['clone', 'fetch', 'pull', 'ls-remote', 'push', 'submodule'].includes(a.text))
  ) {
    for (const a of args) if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.text)) urls.push(a.text.replace(/^git\+?/, ''));
    return { urls, problem: null };
  }
  if (INTERPRETER.test(name)) {
    const inline = args.findIndex((a) => INLINE_FLAGS.has(a.text) || /^-[a-zA-Z]*[ce]$/.test(a.text));
    const code = inline >= 0 ? args[inline + 1] : undefined;
    if (!code) return { urls, problem: null };
    const found = code.dynamic ? [] : (code.text.match(URL_LITERAL) ?? []);
    urls.push(...found);
    if (
      code.dynamic ||
      (NETWORK_API.test(code.text) && (found.length === 0 || /\$\{|\+\s*['"`]?|%s|\.format\(|f['"]/.test(code.text)))
    )
      return { urls, problem: `${name} code that opens a network connection to an address the checker cannot read` };
    return { urls, problem: null };
  }
  return { urls, problem: null };
}

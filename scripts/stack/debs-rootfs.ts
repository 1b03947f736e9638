/**
 * Unpacks Debian packages and their run-time dependencies into a folder, on the host, for image
 * builds that are only COPY layers: `apt-get download` (cached) + `dpkg -x`, no maintainer scripts.
 * Tools a container never runs (debconf, perl, systemd, init helpers...) are pruned with everything
 * only they pull in; the images add a busybox/bash base underneath.
 *   tsx scripts/stack/debs-rootfs.ts OUT_DIR PACKAGE...
 * Environment: BUDDY_DEBS_CACHE (/var/cache/buddy-stack/debs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const PRUNE = new Set([
  'adduser',
  'base-files',
  'bash',
  'cdebconf',
  'coreutils',
  'cron',
  'cron-daemon-common',
  'dash',
  'debconf',
  'debconf-2.0',
  'debianutils',
  'dpkg',
  'findutils',
  'grep',
  'gzip',
  'init-system-helpers',
  'libllvm14',
  'locales',
  'locales-all',
  'login',
  'logrotate',
  'lsb-base',
  'mount',
  'passwd',
  'perl',
  'perl-base',
  'perl-modules-5.36',
  'libperl5.36',
  'postgresql-client-common',
  'postgresql-common',
  'procps',
  'sed',
  'sensible-utils',
  'ssl-cert',
  'systemd',
  'systemd-sysv',
  'sysvinit-utils',
  'tar',
  'ucf',
  'util-linux',
  'lsb-release',
  'libelogind0',
]);

function dependsOf(pkg: string): string[] {
  const out = execFileSync(
    'apt-cache',
    [
      'depends',
      '--no-recommends',
      '--no-suggests',
      '--no-conflicts',
      '--no-breaks',
      '--no-replaces',
      '--no-enhances',
      pkg,
    ],
    { encoding: 'utf8' },
  );
  const deps: string[] = [];
  let inAlternatives = false;
  const lines = out.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^ ( |\|)(?:Pre)?Depends: (\S+)/.exec(lines[i] ?? '');
    if (!m) continue;
    const alternativeFollows = m[1] === '|';
    let name = m[2] ?? '';
    if (name.startsWith('<')) {
      // A virtual package: its providers are listed indented below; take the first one not pruned.
      const providers: string[] = [];
      for (let j = i + 1; j < lines.length && /^ {4}\S/.test(lines[j] ?? ''); j++)
        providers.push((lines[j] ?? '').trim());
      name = providers.find((p) => !PRUNE.has(p)) ?? '';
    }
    // Of "a | b", the first alternative that is not pruned wins.
    if (!inAlternatives && name && !PRUNE.has(name)) {
      deps.push(name.replace(/:any$/, ''));
      inAlternatives = alternativeFollows;
    } else if (!alternativeFollows) {
      inAlternatives = false;
    }
  }
  return deps;
}

function closure(roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const pkg = queue.shift() as string;
    if (seen.has(pkg) || PRUNE.has(pkg)) continue;
    seen.add(pkg);
    queue.push(...dependsOf(pkg));
  }
  return [...seen].sort();
}

const [outDir, ...roots] = process.argv.slice(2);
if (!outDir || roots.length === 0) throw new Error('usage: debs-rootfs.ts OUT_DIR PACKAGE...');
const cache = process.env.BUDDY_DEBS_CACHE ?? '/var/cache/buddy-stack/debs';
mkdirSync(cache, { recursive: true });
mkdirSync(outDir, { recursive: true });
const pkgs = closure(roots);
const have = new Set(readdirSync(cache).map((f) => f.split('_')[0]));
const missing = pkgs.filter((p) => !have.has(p));
if (missing.length) {
  execFileSync('apt-get', ['download', '-q', '-o', 'APT::Sandbox::User=root', ...missing], {
    cwd: cache,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const debs = readdirSync(cache);
for (const pkg of pkgs) {
  const deb = debs
    .filter((f) => f.startsWith(`${pkg}_`))
    .sort()
    .at(-1);
  if (!deb) throw new Error(`debs-rootfs: ${pkg} was not downloaded`);
  execFileSync('dpkg', ['-x', path.join(cache, deb), outDir]);
}
// Documentation and manuals are dead weight in an image.
for (const dir of ['usr/share/doc', 'usr/share/man', 'usr/share/info', 'usr/share/lintian']) {
  const p = path.join(outDir, dir);
  if (existsSync(p)) execFileSync('rm', ['-rf', p]);
}
console.log(`debs-rootfs: ${pkgs.length} packages into ${outDir}: ${pkgs.join(' ')}`);

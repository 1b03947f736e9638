/**
 * npm run bench:compare -- <area> [--base <rev>] [--rounds <n>] [--keep] [--no-build]
 *
 * Runs `npm run bench:<area>` of this checkout (head) and of a base commit (default ddbd328) in the same
 * session, alternately (base/head, then head/base, ...), so the machine's drifting speed hits both sides
 * alike. The base is checked out into a temporary git worktree with a hard-link copy of this node_modules
 * (Turbopack refuses a node_modules symlinked from outside the project) and its own Prisma client generated
 * from its own schema. Each figure is the median over the rounds; the table gives head / base and a verdict
 * against the 10% guard rail of issue #18. Only figures both versions print are compared. A run whose output
 * lacks the benchmark's last line did not run to the end and is reported as such, with its last error line.
 * Every run's output is kept in bench/results/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

type Figures = Map<string, number>;
type Area = { figures: (out: string) => Figures; lastLine: RegExp; needsBuild?: boolean };

const num = (s: string) => Number(s.replace(/,/g, ''));
function collect(out: string, rules: [RegExp, (m: RegExpMatchArray) => [string, number][]][]): Figures {
  const figures: Figures = new Map();
  for (const line of out.split('\n'))
    for (const [re, take] of rules) {
      const m = line.match(re);
      if (m) for (const [name, value] of take(m)) figures.set(name, value);
    }
  return figures;
}
const seeded: [RegExp, (m: RegExpMatchArray) => [string, number][]] = [
  /^seeded [\d,]+ (\w+).* in ([\d.]+) (ms|s)\b/,
  (m) => [[`seed ${m[1]} (ms)`, num(m[2] as string) * (m[3] === 's' ? 1000 : 1)]],
];

// What each benchmark prints, per figure; all figures are "lower is better" (ms or MB).
const AREAS: Record<string, Area> = {
  staging: {
    needsBuild: true,
    lastLine: /^list API p95 \/ bare query p95/,
    figures: (out) =>
      collect(out, [
        seeded,
        [
          /^(\S.*?)\s{2,}([\d.]+)\s+([\d.]+)(\s|$)/,
          (m) => [
            [`${m[1]} p50 ms`, num(m[2] as string)],
            [`${m[1]} p95 ms`, num(m[3] as string)],
          ],
        ],
      ]),
  },
  memory: {
    lastLine: /at the end$/,
    figures: (out) =>
      collect(out, [
        seeded,
        [
          /^ {2}(\S.*?)\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms\s+([\d.]+) ms/,
          (m) =>
            ['wall p50', 'wall p95', 'cpu p50', 'cpu p95'].map((k, i) => [`${m[1]}: ${k} ms`, num(m[i + 2] as string)]),
        ],
        [
          /^ {2}(.+?): +([\d.]+) ms wall, +([\d.]+) ms cpu/,
          (m) => [
            [`${m[1]}: wall ms`, num(m[2] as string)],
            [`${m[1]}: cpu ms`, num(m[3] as string)],
          ],
        ],
      ]),
  },
  intelligence: {
    lastLine: /^peak RSS of the whole benchmark process/,
    figures: (out) =>
      collect(out, [
        [
          /^(?:PASS|FAIL) {2}(.+?): p95 ([\d.]+) ms \(cpu ([\d.]+) ms\) {2}\(baseline: (.+?) p95 ([\d.]+) ms \(cpu ([\d.]+) ms\)/,
          (m) => [
            [`${m[1]}: p95 ms`, num(m[2] as string)],
            [`${m[1]}: cpu p95 ms`, num(m[3] as string)],
            [`(in-run baseline) ${m[4]}: p95 ms`, num(m[5] as string)],
          ],
        ],
        [/^(?:PASS|FAIL) {2}(peak RSS.*?): (\d+) MB/, (m) => [[`${m[1]} MB`, num(m[2] as string)]]],
        [/^(peak RSS of the whole benchmark process): (\d+) MB/, (m) => [[`${m[1]} MB`, num(m[2] as string)]]],
      ]),
  },
};

function parseArgs(argv: string[]) {
  const [area, ...rest] = argv;
  const opts = { area: area ?? '', base: 'ddbd328', rounds: 3, keep: false, build: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--base') opts.base = rest[++i] ?? '';
    else if (arg === '--rounds') opts.rounds = Number(rest[++i]);
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--no-build') opts.build = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!AREAS[opts.area]) throw new Error(`usage: bench:compare -- <${Object.keys(AREAS).join('|')}> [--base <rev>]`);
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new Error('--rounds takes a whole number from 1');
  return opts;
}

const load = () =>
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${availableParallelism()} CPUs`;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const sh = (cwd: string, cmd: string, args: string[]) => {
  console.log(`[${path.basename(cwd)}] ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
};

function prepareBase(head: string, sha: string): string {
  const dir = path.join(tmpdir(), `buddy-base-${sha.slice(0, 10)}`);
  if (existsSync(dir) && git(dir, 'rev-parse', 'HEAD') === sha) return dir;
  git(head, 'worktree', 'add', '--detach', dir, sha);
  sh(dir, 'cp', ['-al', path.join(head, 'node_modules'), path.join(dir, 'node_modules')]);
  sh(dir, 'npx', ['tsx', 'prisma/tools/generate.ts']);
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

type Side = { name: 'base' | 'head'; dir: string; runs: Figures[]; failures: string[] };

/** A port nobody listens on now: other worktrees on this machine run their own apps and benchmarks. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function runOnce(side: Side, areaName: string, round: number) {
  const area = AREAS[areaName] as Area;
  const port = String(await freePort());
  const before = load();
  const res = spawnSync('npm', ['run', '-s', `bench:${areaName}`], {
    cwd: side.dir,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, BENCH_PORT: port },
  });
  const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;
  const logDir = path.resolve('bench/results');
  mkdirSync(logDir, { recursive: true });
  writeFileSync(path.join(logDir, `compare-${areaName}-${side.name}-${round}.log`), out);
  const finished = (res.stdout ?? '').split('\n').some((l) => area.lastLine.test(l));
  if (finished) side.runs.push(area.figures(res.stdout ?? ''));
  else {
    const lines = out.split('\n');
    const errorLine =
      lines.find((l) => /^\w*Error:/.test(l)) ?? lines.find((l) => /error|failed/i.test(l)) ?? `exit ${res.status}`;
    side.failures.push(errorLine.trim().slice(0, 200));
  }
  console.log(
    `round ${round} ${side.name}: ${finished ? 'finished' : 'did not run to the end'} (exit ${res.status}); ${before} before, ${load()} after`,
  );
}

function report(area: string, base: Side, head: Side, baseRev: string) {
  const lines = [
    `\nbench:${area}: head (${git('.', 'rev-parse', '--short', 'HEAD')}) against base (${baseRev}), medians of ${base.runs.length} base and ${head.runs.length} head runs that finished; ${load()} at the end`,
  ];
  for (const side of [base, head])
    if (side.failures.length)
      lines.push(`${side.name}: ${side.failures.length} run(s) did not run to the end: ${side.failures[0]}`);
  const finished = [base, head].filter((side) => side.runs.length);
  if (finished.length < 2) {
    lines.push('no comparison: one side has no finished run');
    // The side that finished still gets its figures printed: they are the numbers to quote.
    for (const side of finished)
      for (const name of (side.runs[0] as Figures).keys())
        lines.push(`${side.name} ${name}: ${median(side.runs.map((r) => r.get(name) as number)).toFixed(1)}`);
    console.log(lines.join('\n'));
    return false;
  }
  const names = [...(head.runs[0] as Figures).keys()].filter((k) => base.runs.every((r) => r.has(k)));
  const width = Math.max(6, ...names.map((n) => n.length));
  lines.push(`${'figure'.padEnd(width)} ${'base'.padStart(9)} ${'head'.padStart(9)}  head/base  verdict`);
  let ok = true;
  for (const name of names) {
    const b = median(base.runs.map((r) => r.get(name) as number));
    const h = median(head.runs.filter((r) => r.has(name)).map((r) => r.get(name) as number));
    const ratio = h / b;
    const slower = ratio > 1.1;
    if (slower && !name.startsWith('(in-run baseline)')) ok = false;
    lines.push(
      `${name.padEnd(width)} ${b.toFixed(1).padStart(9)} ${h.toFixed(1).padStart(9)}  ${ratio.toFixed(2).padStart(8)}x  ${slower ? 'more than 10% slower' : 'within 10%'}`,
    );
  }
  const only = [...new Set([...base.runs, ...head.runs].flatMap((r) => [...r.keys()]))].filter(
    (k) => !names.includes(k),
  );
  if (only.length) lines.push(`printed by one version only (not compared): ${only.join('; ')}`);
  console.log(lines.join('\n'));
  return ok;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const headDir = process.cwd();
  const sha = git(headDir, 'rev-parse', '--verify', `${opts.base}^{commit}`);
  const baseDir = prepareBase(headDir, sha);
  try {
    if (AREAS[opts.area]?.needsBuild && opts.build)
      for (const dir of [baseDir, headDir]) sh(dir, 'npm', ['run', '-s', 'build']);
    const base: Side = { name: 'base', dir: baseDir, runs: [], failures: [] };
    const head: Side = { name: 'head', dir: headDir, runs: [], failures: [] };
    for (let round = 1; round <= opts.rounds; round++)
      for (const side of round % 2 ? [base, head] : [head, base]) await runOnce(side, opts.area, round);
    process.exitCode = report(opts.area, base, head, opts.base) ? 0 : 1;
  } finally {
    if (!opts.keep) git(headDir, 'worktree', 'remove', '--force', baseDir);
    else console.log(`base worktree kept at ${baseDir}`);
  }
}

await main();

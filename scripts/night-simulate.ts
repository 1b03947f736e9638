/**
 * `npm run night:simulate`: one simulated night, offline, in a throwaway data folder (SQLite, its own
 * Redis prefix, a local model server speaking the gateway's wire protocol). The workspace holds three
 * repositories, a news digest, and a CLAUDE.md proposal the owner rejected the night before. Each job
 * runs through the real runner; the script prints what each job gave its model (prompt sizes) and
 * what it staged. The sandbox is used when BUDDY_SANDBOX_URL/TOKEN point at one; otherwise the
 * generated tests are staged as "not run" for reference.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-night-'));
process.env.BUDDY_DATA_DIR = dataDir;
process.env.DATABASE_URL = `file:${path.join(dataDir, 'buddy.db')}`;
process.env.BUDDY_REDIS_PREFIX = `buddysim:${randomBytes(4).toString('hex')}`;
process.env.BUDDY_LOG_LEVEL = 'error';
process.env.BUDDY_TZ = 'UTC';
// A small local model's window (a gateway fronting Ollama, say), so the night shows the diff being fitted.
process.env.BUDDY_MODEL_CONTEXT_TOKENS ??= '32000';
const workspace = path.join(dataDir, 'workspace');
const DAY = 86_400_000;

function commit(repo: string, files: Record<string, string>, message: string, at: Date) {
  const dir = path.join(workspace, '_active', repo);
  const when = at.toISOString();
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada',
    GIT_AUTHOR_EMAIL: 'ada@example.test',
    GIT_COMMITTER_NAME: 'Ada',
    GIT_COMMITTER_EMAIL: 'ada@example.test',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: 'ignore' });
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, '.git'))) git('init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

function lines(n: number, make: (i: number) => string) {
  return `${Array.from({ length: n }, (_, i) => make(i)).join('\n')}\n`;
}

async function main() {
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], { stdio: 'ignore' });
  const { startFakeProvider } = await import('../test/providers/fake-provider-server');
  const { gatewayProvider } = await import('../lib/ai/gateway-provider');
  const { CATALOG } = await import('../lib/jobs/catalog');
  const { runJob } = await import('../lib/jobs/run-job');
  const { getDb, disconnectDb } = await import('../lib/db/client');
  const { rejectStagedItem } = await import('../lib/staged-kinds/staging-decisions');
  const { writeDigestFile } = await import('../lib/intelligence/sentinel/digest-file');
  const { closeSharedRedis } = await import('../lib/redis/connection');

  const fake = await startFakeProvider({ token: 'sim' });
  const provider = gatewayProvider({ url: fake.url, token: 'sim', agentId: 'main' });
  let slot = 0;
  const run = async (jobId: string, reply: string) => {
    fake.setReply(reply);
    const before = fake.requests.length;
    const outcome = await runJob(
      { jobId, trigger: 'schedule', slot: `sim-${++slot}` },
      {
        catalog: CATALOG,
        provider: () => provider,
        workspaceDir: workspace,
        topics: [],
        readMemory: async () => [],
        stopSchedule: async () => undefined,
      },
    );
    if (outcome.kind !== 'ran') throw new Error(`${jobId}: ${outcome.reason}`);
    const db = await getDb();
    const row = await db.jobRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    const staged = (row.staged ?? []) as Array<{
      id: string;
      kind: string;
      title: string;
      outcome: string;
    }>;
    const log = row.log
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { message: string });
    return {
      row,
      staged,
      log,
      prompts: fake.requests
        .slice(before)
        .map((r) => (r.body.messages as Array<{ content: string }>).at(-1)?.content ?? ''),
    };
  };
  const report = (title: string, r: Awaited<ReturnType<typeof run>>) => {
    console.log(
      `\n== ${title}: ${r.row.status}${r.row.summary ? ` - ${r.row.summary.split('\n')[0]}` : ''}${r.row.error ? ` - ${r.row.error}` : ''}`,
    );
    for (const [i, p] of r.prompts.entries())
      console.log(`   model call ${i + 1}: ${p.length} chars (~${Math.round(p.length / 4)} tokens)`);
    for (const l of r.log)
      if (/diff |news digest|not proposed|not staged|: (passed|failed|not-run)/.test(l.message))
        console.log(`   log: ${l.message}`);
    for (const s of r.staged) console.log(`   staged (${s.outcome}): [${s.kind}] ${s.title}`);
  };

  // The night before: three repositories, reviewed once; the owner rejects one CLAUDE.md with a reason.
  const now = Date.now();
  commit(
    'invoices',
    {
      'README.md': '# Invoices\nInvoices for freelancers.\n',
      'package.json': '{"name":"invoices","scripts":{"test":"node --test"}}\n',
      'index.js': 'module.exports = { total: (xs) => xs.reduce((a, b) => a + b, 0) };\n',
    },
    'Invoice totals',
    new Date(now - 3 * DAY),
  );
  commit(
    'scraper',
    {
      'README.md': '# Scraper\n',
      'pyproject.toml': '[project]\nname = "scraper"\n',
      'scraper.py': lines(40, (i) => `def parse_${i}(html):\n    return html.count("<p>") + ${i}`),
    },
    'Scraper',
    new Date(now - 3 * DAY),
  );
  commit(
    'homelab',
    {
      'README.md': '# Homelab\n',
      'go.mod': 'module homelab\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      'main_test.go': 'package main\n',
    },
    'Homelab',
    new Date(now - 3 * DAY),
  );
  const before = await run('code-analysis', '# Review\nFine.\n');
  report('the night before: code-analysis', before);
  const db = await getDb();
  const rejected = await db.stagedItem.findFirstOrThrow({
    where: { kind: 'claude-md', target: '_active/invoices/CLAUDE.md' },
  });
  await rejectStagedItem(
    rejected.id,
    'owner:ada@example.test',
    'Say that the tests run with node --test and never touch the network',
  );
  console.log(`\nrejected ${rejected.id} (CLAUDE.md for invoices) with a reason`);

  // The day: new work in two repositories (one a large generated file), a manifest change in invoices.
  commit(
    'invoices',
    {
      'package.json': '{"name":"invoices","type":"commonjs","scripts":{"test":"node --test"}}\n',
      'vat.js': 'exports.vat = (x) => x * 0.2;\n',
    },
    'VAT',
    new Date(now - DAY / 2),
  );
  commit(
    'scraper',
    {
      'generated/table.py': lines(6000, (i) => `ROW_${i} = ("${randomBytes(6).toString('hex')}", ${i})`),
      'scraper.py': lines(40, (i) => `def parse_${i}(html):\n    return html.count("<div>") + ${i}`),
    },
    'Divs, and a generated table',
    new Date(now - DAY / 3),
  );
  mkdirSync(path.join(workspace, '_owner'), { recursive: true });
  writeFileSync(path.join(workspace, '_owner', 'topics.md'), '- Calm mornings with agents\n');
  const day = new Date().toISOString().slice(0, 10);
  await writeDigestFile(
    day,
    [
      { storyId: 'a', title: 'Small models get faster', url: 'https://news.example/a', sources: ['Feed A'], score: 3 },
      {
        storyId: 'b',
        title: 'An agent gateway adds sessions',
        url: 'https://news.example/b',
        sources: ['Feed B', 'Feed C'],
        score: 2,
      },
      { storyId: 'c', title: 'SQLite turns 26', url: null, sources: ['Feed C'], score: 1 },
    ],
    workspace,
  );
  console.log(`\nthe feed digest for ${day}: 3 stories in _intel/news-digest.md`);

  const night = await run('code-analysis', '# Review\nThe VAT rounding needs a test.\n');
  report('22:50 code-analysis', night);
  const claudePrompt = night.prompts.find((p) => p.includes('CLAUDE.md for the repository `_active/invoices`')) ?? '';
  console.log(
    `   the rejection reason is in the invoices CLAUDE.md prompt: ${claudePrompt.includes('never touch the network') ? 'yes' : 'NO'}`,
  );
  report('03:00 feature-discovery', await run('feature-discovery', '1. CSV export\n2. Retry on 429'));
  report(
    '04:00 test-ci-generation',
    await run('test-ci-generation', "const test = require('node:test');\ntest('loads', () => require('..'));\n"),
  );
  report(
    '05:10 content-generation',
    await run('content-generation', '# Mornings, calmer\nA draft.\nStories used: S1, S2'),
  );
  report('05:15 content-research', await run('content-research', '# Faster small models\nA post.\nStories used: S1'));
  const pending = await db.stagedItem.count({ where: { status: 'pending' } });
  console.log(`\nthe owner's morning queue: ${pending} pending item(s)`);

  await fake.close();
  await disconnectDb();
  await closeSharedRedis();
  rmSync(dataDir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

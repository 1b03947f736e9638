import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordingApi } from '../../../plugin-lib/recording-api';
import plugin from './index';

// A workspace laid out as in the stack: the protected layers exist, so they are reachable.
const root = mkdtempSync(path.join(tmpdir(), 'gov-shell-'));
const workspace = path.join(root, 'workspace');
for (const dir of ['_governance', '_archive', '_active/app', '_experiments', '_foundation'])
  mkdirSync(path.join(workspace, dir), { recursive: true });
writeFileSync(path.join(workspace, '_governance/policy.md'), '# policy\n');
writeFileSync(path.join(workspace, '_experiments/x.sh'), 'rm -rf _governance\n');
chmodSync(path.join(workspace, '_experiments/x.sh'), 0o755);
writeFileSync(
  path.join(workspace, '_active/app/package.json'),
  JSON.stringify({ scripts: { test: 'vitest run', build: 'tsc -p . && cp -r dist ../../_governance/' } }),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rec = recordingApi({ workspaceDir: workspace });
plugin.register(rec.api);
const run = (command: string, extra: Record<string, unknown> = {}) =>
  rec.hook('before_tool_call')({ toolName: 'exec', params: { command, ...extra } }, { agentId: 'main' });

async function expectBlocked(command: string, why: string | RegExp, extra?: Record<string, unknown>) {
  const result = (await run(command, extra)) as { block?: boolean; blockReason?: string } | undefined;
  expect(result?.block, `${command} should be blocked`).toBe(true);
  if (typeof why === 'string') expect(result?.blockReason).toContain(why);
  else expect(result?.blockReason).toMatch(why);
}

describe('governance-enforcement: the shell bypasses of issue 15 item 11', () => {
  it.each([
    ['cp -t _governance x', '_governance/'],
    ['cp --target-directory=_archive notes.md', '_archive/'],
    ['pushd _governance && echo x > p.md', '_governance/'],
    ['cd _active && cd ../_governance && echo x >> p.md', '_governance/'],
    ['ln -s ../_governance _experiments/g && echo x > _experiments/g/p', 'links'],
    ['ln -s .. _experiments/up && echo x > _experiments/up/_governance/p', 'links'],
    ['ln _governance/policy.md _active/p', 'inside _governance/'],
    [`python3 -c "open('_governance/p','w')"`, 'python3 runs code'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, not a template
    ['rm${IFS}-rf${IFS}_governance', 'rm deletes'],
    ['/bin/r? -rf _governance', 'glob pattern'],
    ['mv _governance/policy.md _experiments/', 'move files out of'],
    ['bash _experiments/x.sh', 'script file'],
    ['sh _experiments/x.sh', 'script file'],
    ['./_experiments/x.sh', 'script file'],
    ['source _experiments/x.sh', 'script file'],
    ['git -c alias.p=push p origin main', 'alias.p=push'],
    ['git --git-dir=.git push origin', '--git-dir'],
    ['git push origin main', 'git push'],
    ['g=git; $g push', 'computed at run time'],
    ['git p origin main', 'not on the list'],
    ["node -e \"require('fs').rmSync('_governance',{recursive:true})\"", 'deletes files'],
    ["node -e \"require('fs').writeFileSync('_governance/p','x')\"", 'node runs code'],
    ['perl -e \'unlink glob("_governance/*")\'', 'perl runs code'],
    ['ruby -e \'File.write("_archive/x", 1)\'', 'ruby runs code'],
    ['bash -c "$CMD"', 'computed script'],
    ['echo "rm -rf _governance" | bash', 'reads its commands from a pipe'],
    ['bash <<EOF\necho x > _governance/p\nEOF', '_governance/'],
    ['{cp,_active/a,_governance/b}', '_governance/'],
    ["$'\\x63p' x _governance/", '_governance/'],
    ['cp x _gov*', '_governance/'],
    ['touch _g?vernance/new.md', '_governance/'],
    ['echo x > "$(echo _governance)/p"', 'only known at run time'],
    ['cd "$D" && echo x > p', 'directory only known at run time'],
    ['cd _governance && tar xf ../a.tar', 'inside _governance/'],
    ['tar -xf a.tar', 'holds _governance'],
    ['cp -r _active/evil/. .', 'holds _governance'],
    ['find _governance -name "*.md" -exec sed -i s/a/b/ {} \\;', 'only known at run time'],
    ['sed -i s/a/b/ _governance/policy.md', '_governance/'],
    ['awk \'BEGIN { print 1 > "_governance/p" }\'', 'awk program'],
    ['crontab -r', 'schedules'],
    ['echo "* * * * * x" | crontab -', 'schedules'],
    ['systemctl --user enable buddy.timer', 'systemctl'],
    ['at now + 1 minute <<< "rm x"', 'schedules'],
    ['openclaw cron update drift --enabled false', 'openclaw changes the gateway'],
    ['export PATH=.:$PATH; ls', 'PATH'],
    ['IFS=/ ; echo x', 'IFS'],
    ['BASH_ENV=_experiments/x.sh bash -c ls', 'BASH_ENV'],
    ['env PROMPT_COMMAND=x bash -i', 'PROMPT_COMMAND'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, not a template
    ['echo ${x:-$(rm -f _active/a)}', 'rm deletes'],
    ['f() { rm -rf _archive; }; f', 'rm deletes'],
    ['trap "echo x > _governance/p" EXIT', '_governance/'],
    ['echo x > _active/.git/hooks/pre-commit', '.git folder'],
    ['chmod -R u+w _governance', '_governance/'],
    ['gzip _governance/policy.md', 'inside _governance/'],
    ['cd _active/app && npm run build', 'npm script "build"'],
    ['make -C _active', 'make runs code'],
    ['echo "unterminated', 'without closing quote'],
    ['cat <<EOF\nno end', 'here-document'],
  ])('refuses %s', async (command, why) => expectBlocked(command, why));

  it("honours the exec tool's env: BASH_ENV, ENV and PROMPT_COMMAND are refused", async () => {
    for (const name of ['BASH_ENV', 'ENV', 'PROMPT_COMMAND', 'LD_PRELOAD', 'GIT_DIR'])
      await expectBlocked('ls', name, { env: { [name]: '_experiments/x.sh' } });
    expect(await run('ls', { env: { LANG: 'C.UTF-8' } })).toBeUndefined();
  });

  it('refuses a working directory inside a protected layer for anything that writes', async () => {
    await expectBlocked('touch p.md', '_governance/', { workdir: '_governance' });
    expect(await run('cat policy.md', { workdir: '_governance' })).toBeUndefined();
  });
});

describe('governance-enforcement: ordinary shell work stays allowed', () => {
  it.each([
    'ls -la',
    'cat _governance/policy.md',
    'grep -rn TODO _active _governance',
    'find . -name "*.md" | head',
    'git status && git diff --stat',
    'cd _active/app && git add -A && git commit -m "wip"',
    'git log --oneline -5 | cat',
    'cd _active/app && npm test',
    'npm test',
    'echo hello > _active/app/notes.md',
    'mkdir -p _experiments/run1 && cp _governance/policy.md _experiments/run1/',
    'cd _experiments && tar -xf ../a.tar',
    'cp -t _experiments _active/app/package.json',
    'ln -s ../_active/app _experiments/app',
    'sed -i s/a/b/ _active/app/notes.md',
    'for f in _active/*.md; do wc -l "$f"; done',
    'cat <<EOF > _experiments/out.md\nhello $USER\nEOF',
    'bash -c "ls -la _active"',
    'python3 --version',
    'echo $HOME; pwd',
    "awk '{ print $1 }' _active/app/package.json",
    'diff <(ls _active) <(ls _experiments)',
  ])('allows %s', async (command) => expect(await run(command)).toBeUndefined());

  it('asks for approval for a write into _foundation', async () => {
    expect(await run('echo x >> _foundation/notes.md')).toMatchObject({ requireApproval: expect.any(Object) });
  });
});

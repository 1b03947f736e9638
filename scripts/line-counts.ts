/**
 * npm run -s lines -- [<base rev>] [<head rev>]   (defaults: ddbd328 and HEAD)
 *
 * Code lines per top-level folder at two commits, read from git (the working tree is not looked at):
 * .ts/.tsx/.mjs/.cjs/.sh files, blank lines and lines that are only a comment (`//`, `/*`, `*`, `#`) left out.
 * Tests are counted apart from production code: *.test.* and *.spec.* files and everything in test/ and e2e/.
 * Prints a Markdown table.
 */
import { execFileSync } from 'node:child_process';

const FOLDERS = [
  'app',
  'components',
  'lib',
  'workers',
  'prisma',
  'scripts',
  'bench',
  'test',
  'e2e',
  'docker',
  'skills',
  'governance',
];
const CODE = /\.(ts|tsx|mjs|cjs|sh)$/;
const isTest = (file: string) => /\.(test|spec)\.[cm]?tsx?$/.test(file) || /^(test|e2e)\//.test(file);
const isCode = (line: string) => line !== '' && !/^(\/\/|\/\*|\*|#)/.test(line);

type Count = { prod: number; test: number };

function count(rev: string): Map<string, Count> {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', rev], { encoding: 'utf8', maxBuffer: 2 ** 26 })
    .split('\n')
    .filter((f) => CODE.test(f) && FOLDERS.includes(f.split('/')[0] as string));
  // One `git cat-file --batch` for all files: each answer is "<sha> blob <size>\n<content>\n".
  const out = execFileSync('git', ['cat-file', '--batch'], {
    input: files.map((f) => `${rev}:${f}`).join('\n'),
    maxBuffer: 2 ** 28,
  });
  const counts = new Map<string, Count>(FOLDERS.map((f) => [f, { prod: 0, test: 0 }]));
  let at = 0;
  for (const file of files) {
    const headerEnd = out.indexOf(10, at);
    const size = Number(out.toString('utf8', at, headerEnd).split(' ')[2]);
    const text = out.toString('utf8', headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    const lines = text.split('\n').filter((l) => isCode(l.trim())).length;
    const folder = counts.get(file.split('/')[0] as string) as Count;
    if (isTest(file)) folder.test += lines;
    else folder.prod += lines;
  }
  return counts;
}

const [base = 'ddbd328', head = 'HEAD'] = process.argv.slice(2);
const [before, after] = [count(base), count(head)];
const short = (rev: string) => execFileSync('git', ['rev-parse', '--short', rev], { encoding: 'utf8' }).trim();
const cell = (a: number, b: number) => `${a.toLocaleString('en')} → ${b.toLocaleString('en')}`;
const total = (m: Map<string, Count>, k: keyof Count) => [...m.values()].reduce((s, c) => s + c[k], 0);
console.log(`| folder | production code ${short(base)} → ${short(head)} | tests ${short(base)} → ${short(head)} |`);
console.log('| --- | ---: | ---: |');
for (const folder of FOLDERS) {
  const [b, a] = [before.get(folder) as Count, after.get(folder) as Count];
  console.log(`| ${folder} | ${cell(b.prod, a.prod)} | ${cell(b.test, a.test)} |`);
}
console.log(
  `| all | ${cell(total(before, 'prod'), total(after, 'prod'))} | ${cell(total(before, 'test'), total(after, 'test'))} |`,
);

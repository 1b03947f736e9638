import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseWorkspaceConfig } from '../workspace-config';

/** Two brands (acme: TypeScript, globex: Python) across the layers, as a test workspace's config. */
export const TWO_BRANDS = parseWorkspaceConfig(readFileSync(path.join(import.meta.dirname, 'two-brands.yaml'), 'utf8'));

export type TestRepo = {
  dir: string;
  write(file: string, text: string): void;
  git(...args: string[]): string;
  commit(message: string, author?: string): void;
  cleanup(): void;
};

/** A real git repository in a temp folder. */
export function createTestRepo(): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'buddy-gov-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'owner@example.com');
  git('config', 'user.name', 'Owner');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    git,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    commit(message, author = 'Owner <owner@example.com>') {
      git('add', '-A');
      git('commit', '-q', '--no-verify', '--allow-empty', '-m', message, `--author=${author}`);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

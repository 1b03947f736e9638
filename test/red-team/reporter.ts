import type { Reporter, TestCase } from 'vitest/node';

type Row = { id: string; title: string; target: string; held: string[]; passed: boolean };

/** Prints the red-team table (every attack, the layers seen to refuse it) after a run that had any. */
export default class RedTeamReporter implements Reporter {
  private rows: Row[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta().redTeam;
    const passed = testCase.result().state === 'passed';
    if (meta) this.rows.push({ ...meta, passed });
    else if (!passed && /^\[[^\]]+\] /.test(testCase.name) && testCase.module.moduleId.includes('/red-team/')) {
      const [, id = testCase.name, title = ''] = /^\[([^\]]+)\] (.*)$/.exec(testCase.name) ?? [];
      this.rows.push({ id, title, target: '?', held: [], passed: false });
    }
  }

  onTestRunEnd(): void {
    if (this.rows.length === 0) return;
    const seen = new Set<string>();
    const rows = this.rows
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    const lines = rows.map(
      (r) =>
        `${r.passed ? 'refused' : 'FAILED '}  ${r.id.padEnd(34)} ${r.title}\n${' '.repeat(43)}layers: ${r.held.join(' + ') || '—'}`,
    );
    console.log(
      `\nRed-team suite: ${rows.filter((r) => r.passed).length}/${rows.length} attacks refused\n${lines.join('\n')}\n`,
    );
  }
}

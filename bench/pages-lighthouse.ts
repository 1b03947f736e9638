/**
 * Lighthouse (the npm package) in its default mobile profile (a Moto G Power-sized screen, simulated
 * slow 4G and 4x CPU slowdown) against Debian's Chromium, signed in through the session cookie.
 * Each page is measured BENCH_LIGHTHOUSE_RUNS times (default 3) and the median run counts, as
 * Lighthouse's own guidance on variability advises: its simulation multiplies what this machine's
 * main thread did by four, so one run of the same build moved by 10-20 points here.
 * BENCH_LIGHTHOUSE_DIR=<dir> keeps each run's full report there (<page>-<run>.json), to see where the time goes.
 * BENCH_LIGHTHOUSE_CPU=<n> replaces the profile's 4x CPU slowdown: the 4x is relative to the host, so a
 * fast host (a high benchmark index, printed with the figures) is held to a slower phone with a larger one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_LAUNCH } from '../test/chromium';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  failing: string[];
  /** Every run's performance score, in the order measured. */
  runs: number[];
  /**
   * Lighthouse's measure of this machine's CPU, taken at each run (higher is faster; it warns below
   * 1,000). Its 4x slowdown is a fixed multiplier of the host's own speed, so the same build scores
   * differently on a slower host: the figures are comparable only beside this.
   */
  benchmarkIndex: number[];
  /** The CPU slowdown the runs simulated (the profile's 4 unless BENCH_LIGHTHOUSE_CPU). */
  cpuSlowdown: number;
  /** What Lighthouse warned about the runs (a slow host among them). */
  warnings: string[];
};

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CPU_SLOWDOWN = process.env.BENCH_LIGHTHOUSE_CPU ? Number(process.env.BENCH_LIGHTHOUSE_CPU) : undefined;

export async function runLighthouse(urls: string[], cookie: string): Promise<Map<string, LighthouseScores>> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // The shared flags with the new headless mode, the one Lighthouse supports.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_LAUNCH.executablePath,
    chromeFlags: CHROMIUM_LAUNCH.args.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
  });
  const out = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const runs: Run[] = [];
      for (let run = 1; run <= RUNS; run++) runs.push(await measure(url, run));
      // The median run by performance (its accessibility and failing audits with it).
      const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
      if (!median) throw new Error('BENCH_LIGHTHOUSE_RUNS must be at least 1');
      out.set(url, {
        ...median,
        runs: runs.map((r) => r.performance),
        benchmarkIndex: runs.map((r) => r.benchmarkIndex),
        warnings: [...new Set(runs.flatMap((r) => r.warnings))],
      });
    }
  } finally {
    chrome.kill();
  }
  return out;

  type Run = Omit<LighthouseScores, 'runs' | 'benchmarkIndex'> & { benchmarkIndex: number };
  async function measure(url: string, run: number): Promise<Run> {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
      // Merged into the mobile profile's throttling, the network's figures kept.
      ...(CPU_SLOWDOWN ? { throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
    const keep = process.env.BENCH_LIGHTHOUSE_DIR;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(path.join(keep, `${new URL(url).pathname.slice(1) || 'root'}-${run}.json`), JSON.stringify(lhr));
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // What cost points, so a failing target says where to look.
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .filter((a) => a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      failing,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      warnings: lhr.runWarnings.map(String),
    };
  }
}

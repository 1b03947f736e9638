// Runs after `next build` (npm run build): marks the browser's chunks for eager compilation.
//
// V8 compiles a function the first time it is called, on the main thread. Opening a page calls
// nearly every function of React's and Next's chunks at once (module instantiation, then hydration),
// and that lazy compilation was half of the page's longest task: 120 ms of a cold load in Chromium
// here, four times that on a phone. The magic comment on a script's first line asks V8 to compile
// all of its functions eagerly, on the background thread that streams the script in
// (https://v8.dev/blog/explicit-compile-hints), off the main thread. Turbopack offers no banner, so
// the comment is added to the built files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to every .js file under `dir` that lacks it; returns how many files it changed. */
export function addCompileHints(dir: string): number {
  let changed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    if (code.startsWith(HINT)) continue;
    writeFileSync(file, HINT + code);
    changed++;
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? '.next/static/chunks';
  console.log(`compile hints: ${addCompileHints(dir)} of the browser's chunks in ${dir} marked for eager compilation`);
}

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints } from './compile-hints';

const HINT = '//# allFunctionsCalledOnLoad\n';
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('addCompileHints', () => {
  it('marks every script once, in subfolders too, and leaves other files alone', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'a.js'), 'console.log(1);');
    writeFileSync(path.join(dir, 'app', 'b.js'), '"use strict";');
    writeFileSync(path.join(dir, 'c.css'), 'body{}');

    expect(addCompileHints(dir)).toBe(2);
    expect(readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${HINT}console.log(1);`);
    expect(readFileSync(path.join(dir, 'app', 'b.js'), 'utf8')).toBe(`${HINT}"use strict";`);
    expect(readFileSync(path.join(dir, 'c.css'), 'utf8')).toBe('body{}');

    // A second run (a build step run twice) changes nothing.
    expect(addCompileHints(dir)).toBe(0);
    expect(readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${HINT}console.log(1);`);
  });
});

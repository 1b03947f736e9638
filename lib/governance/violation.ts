export type Violation = { rule: string; file: string; line: number; message: string };

/** Each violation once: the same rule on the same file and line is one finding (an import is
 * seen both by dependency-cruiser and as a path literal). */
export function uniqueViolations(all: Violation[]): Violation[] {
  const seen = new Set<string>();
  return all
    .filter((v) => {
      const key = `${v.rule}\0${v.file}\0${v.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
    );
}

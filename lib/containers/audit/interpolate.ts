/**
 * Compose's variable substitution on the file text, with only the variables the caller names:
 * `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}` and `$$` (a literal dollar).
 * The audit judges the file as the stack would run it (network names carry the stack's name);
 * anything not given falls back to the file's default, as Compose does with an empty environment.
 */
export function interpolateCompose(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (match, name: string | undefined, op: string | undefined, arg: string | undefined) => {
      if (match === '$$') return '$';
      const value = vars[name ?? ''];
      const unsetOrEmpty = value === undefined || (op?.startsWith(':') && value === '');
      if (op === ':-' || op === '-') return unsetOrEmpty ? (arg ?? '') : (value ?? '');
      return value ?? '';
    },
  );
}

/** Path glob: "**" any depth, "*" within one segment, "?" one character. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** An empty pattern list means the grant is not limited to particular resources. */
export function resourceAllowed(patterns: string[], resource: string | undefined): boolean {
  if (patterns.length === 0 || resource === undefined) return true;
  const clean = resource.replace(/^\.\//, '');
  if (clean.split('/').includes('..')) return false;
  return patterns.some((p) => globToRegExp(p).test(clean));
}

/**
 * OpenClaw keeps an agent's memory as markdown in its workspace: `MEMORY.md` (curated long-term
 * memory) and daily notes `memory/YYYY-MM-DD.md`. Buddy writes each entry as one list item, under
 * a `## <category>` heading, followed by an HTML comment that carries its Buddy id and tags. The
 * comment is invisible to the agent's reading of the markdown and lets a re-import recognise entries.
 */
export const MEMORY_FILE = 'MEMORY.md';
export const DAILY_CATEGORY = 'daily';
const DAILY_RE = /^memory\/(\d{4}-\d{2}-\d{2})\.md$/;
const MARKER_RE = /\s*<!--\s*buddy:([^>]*?)\s*-->\s*$/;

export type OpenClawEntry = {
  id?: string;
  content: string;
  category: string;
  tags: string[];
  pinned: boolean;
  day?: string;
};
export type OpenClawFile = { path: string; content: string };

export function dailyNoteDay(path: string): string | null {
  return DAILY_RE.exec(path)?.[1] ?? null;
}

function marker(e: OpenClawEntry): string {
  const parts = [
    e.id ? `id=${e.id}` : '',
    e.tags.length ? `tags=${e.tags.join(',')}` : '',
    e.pinned ? 'pinned' : '',
  ].filter(Boolean);
  return parts.length ? ` <!-- buddy:${parts.join('; ')} -->` : '';
}

function item(e: OpenClawEntry): string {
  const lines = e.content.trim().replace(/\r\n?/g, '\n').split('\n');
  const [first = '', ...rest] = lines;
  return [`- ${first}`, ...rest.map((l) => (l ? `  ${l}` : ''))].join('\n') + marker(e);
}

function section(title: string, entries: OpenClawEntry[]): string {
  return `## ${title}\n\n${entries.map(item).join('\n')}\n`;
}

/** MEMORY.md plus one daily note per day, from entries already in display order. */
export function renderOpenClawFiles(entries: OpenClawEntry[]): OpenClawFile[] {
  const byCategory = new Map<string, OpenClawEntry[]>();
  const byDay = new Map<string, OpenClawEntry[]>();
  for (const e of entries) {
    if (e.category === DAILY_CATEGORY && e.day) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
    else byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  }
  const head = '# Memory\n\n<!-- Curated in Buddy. Edits made here come back with "Import from workspace". -->\n\n';
  const files = [
    { path: MEMORY_FILE, content: head + [...byCategory].map(([c, list]) => section(c, list)).join('\n') },
  ];
  for (const [day, list] of [...byDay].sort())
    files.push({ path: `memory/${day}.md`, content: `# ${day}\n\n${list.map(item).join('\n')}\n` });
  return files;
}

function parseMarker(text: string): { content: string; id?: string; tags: string[]; pinned: boolean } {
  const m = MARKER_RE.exec(text);
  if (!m) return { content: text.trim(), tags: [], pinned: false };
  const fields = new Map<string, string>(
    (m[1] ?? '').split(';').map((kv): [string, string] => {
      const [key = '', value = ''] = kv.trim().split('=');
      return [key, value];
    }),
  );
  return {
    content: text.slice(0, m.index).trim(),
    id: fields.get('id') || undefined,
    tags: (fields.get('tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    pinned: fields.has('pinned'),
  };
}

/**
 * Reads MEMORY.md or a daily note: each list item (with its indented continuation lines) or
 * free paragraph becomes an entry; `## heading` sets the category of what follows.
 */
export function parseOpenClawFile(file: OpenClawFile): OpenClawEntry[] {
  const day = dailyNoteDay(file.path) ?? undefined;
  let category = day ? DAILY_CATEGORY : 'general';
  const out: OpenClawEntry[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current
      .join('\n')
      .replace(/<!--(?!\s*buddy:)[\s\S]*?-->/g, '')
      .trim();
    current = [];
    if (!text) return;
    const parsed = parseMarker(text);
    if (parsed.content) out.push({ ...parsed, category, ...(day ? { day } : {}) });
  };
  let inItem = false;
  for (const line of file.content.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      inItem = false;
      if ((heading[1] as string).length >= 2 && !day)
        category =
          (heading[2] as string)
            .trim()
            .toLowerCase()
            .replace(/[^\p{L}\p{N} _-]/gu, '')
            .slice(0, 40) || 'general';
      continue;
    }
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      inItem = true;
      current.push(bullet[1] as string);
    } else if (line.trim() === '') {
      flush();
      inItem = false;
    } else current.push(inItem ? line.replace(/^ {1,4}/, '') : line);
  }
  flush();
  return out;
}

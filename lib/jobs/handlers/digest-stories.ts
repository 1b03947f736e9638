/** Pure helpers: the stories of _intel/news-digest.md, and which of them a draft says it used. */

export type DigestStory = { id: string; title: string; url: string | null };

export function parseDigestStories(markdown: string): DigestStory[] {
  const stories: DigestStory[] = [];
  for (const line of markdown.split('\n')) {
    const m = line.match(/^\s*-\s*\[(S\d+)\]\s+(.+)$/);
    if (!m?.[1] || !m[2]) continue;
    const parts = m[2].split(' | ');
    const url = parts.length > 2 ? (parts.at(-1) ?? null) : null;
    stories.push({ id: m[1], title: (parts[0] ?? '').trim(), url: url?.trim() || null });
  }
  return stories;
}

const USED_LINE = /^\s*stories used:\s*(.*)$/im;

/**
 * Splits the model's reply into the draft and the stories it names on its "Stories used:" line
 * (only ids that are in the digest count), and appends a plain list of them to the draft.
 */
export function draftWithStories(reply: string, stories: DigestStory[]) {
  const named = reply.match(USED_LINE)?.[1] ?? '';
  const byId = new Map(stories.map((s) => [s.id, s]));
  const used = [...new Set(named.match(/S\d+/g) ?? [])].flatMap((id) => byId.get(id) ?? []);
  const draft = reply.replace(USED_LINE, '').trimEnd();
  const list = used.length
    ? used.map((s) => `- ${s.title}${s.url ? ` (${s.url})` : ''}`).join('\n')
    : stories.length
      ? '- none of the digest stories'
      : '- no news digest was available';
  return { body: `${draft}\n\n## Stories used\n${list}\n`, used };
}

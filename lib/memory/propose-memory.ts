import { createStagedItem } from '../staging/create-staged-item';
import { createMemorySchema } from './schemas';

/**
 * Agents and jobs never write memory directly: what they want remembered becomes a staged
 * memory proposal, which turns into an entry only when the owner approves it.
 */
export async function proposeMemory(
  input: { content: string; category?: string; tags?: string[]; sessionId?: string; sourceRunId?: string },
  createdBy: string,
  replaces?: { entryId: string; baseVersion: number; current: string },
) {
  const data = createMemorySchema.pick({ content: true, category: true, tags: true }).parse(input);
  const firstLine = data.content.trim().split('\n')[0] ?? '';
  return createStagedItem(
    {
      kind: 'memory-proposal',
      title: `${replaces ? 'Change memory' : 'Remember'}: ${firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine}`,
      summary: `${replaces ? `Replaces entry ${replaces.entryId} (version ${replaces.baseVersion}). ` : ''}Category ${data.category}${data.tags.length ? `, tags ${data.tags.join(', ')}` : ''}`,
      body: replaces ? `${data.content}\n\n---\n\nThe entry now reads:\n\n${replaces.current}` : data.content,
      sourceRunId: input.sourceRunId,
      metadata: {
        content: data.content,
        category: data.category,
        tags: data.tags,
        ...(input.sessionId ? { sessionId: input.sessionId } : {}),
        ...(replaces ? { entryId: replaces.entryId, baseVersion: replaces.baseVersion } : {}),
      },
    },
    createdBy,
  );
}

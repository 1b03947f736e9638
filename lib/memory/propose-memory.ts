import { createStagedItem } from '../staging/create-staged-item';
import { createMemorySchema } from './schemas';

/**
 * Agents and jobs never write memory directly: what they want remembered becomes a staged
 * memory proposal, which turns into an entry only when the owner approves it.
 */
export async function proposeMemory(
  input: { content: string; category?: string; tags?: string[]; sessionId?: string; sourceRunId?: string },
  createdBy: string,
) {
  const data = createMemorySchema.pick({ content: true, category: true, tags: true }).parse(input);
  const firstLine = data.content.trim().split('\n')[0] ?? '';
  return createStagedItem(
    {
      kind: 'memory-proposal',
      title: `Remember: ${firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine}`,
      summary: `Category ${data.category}${data.tags.length ? `, tags ${data.tags.join(', ')}` : ''}`,
      body: data.content,
      sourceRunId: input.sourceRunId,
      metadata: {
        content: data.content,
        category: data.category,
        tags: data.tags,
        ...(input.sessionId ? { sessionId: input.sessionId } : {}),
      },
    },
    createdBy,
  );
}

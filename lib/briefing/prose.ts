import { NoProviderError } from '../ai/types';
import type { ComposedBriefing } from './compose-briefing';

export type Prose = { text: string | null; note: string | null };
export type WriteProse = (input: { system: string; prompt: string }) => Promise<string>;

const SYSTEM =
  'You write the morning briefing of a personal AI-agent control plane. Use only the facts given. ' +
  'Never add a fact, a number, a cause or an assurance that is not in them. Lead with what needs the owner. ' +
  'At most four sentences, plain words, no lists, no headings.';

/** The prompt holds the composed facts and nothing else, so the prose cannot know more than the page shows. */
export function prosePrompt(b: ComposedBriefing): string {
  const facts = b.sections.flatMap((s) => [`${s.title}:`, ...s.lines.map((l) => `- ${l.text}`)]);
  return [`Headline: ${b.headline}`, '', 'Facts:', ...facts, '', 'Write the briefing from these facts only.'].join(
    '\n',
  );
}

/**
 * Asks the model for a short summary of the facts. Without a provider, or when the model fails, the
 * briefing keeps its facts and says why there is no prose; it never fails because of the prose.
 */
export async function writeBriefingProse(b: ComposedBriefing, write: WriteProse | undefined): Promise<Prose> {
  if (!write) return { text: null, note: null };
  try {
    const text = (await write({ system: SYSTEM, prompt: prosePrompt(b) })).trim();
    return text ? { text, note: null } : { text: null, note: 'The model returned no summary; the facts follow.' };
  } catch (error) {
    if (error instanceof NoProviderError)
      return { text: null, note: 'No model provider is configured, so no summary.' };
    return {
      text: null,
      note: `The model could not write a summary (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

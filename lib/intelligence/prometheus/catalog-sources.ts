import { env } from '../../env';
import { anthropicAdapter, openaiCompatibleAdapter } from './adapters/provider-lists';
import { liteLlmAdapter, modelsDevAdapter, openRouterAdapter } from './adapters/public-catalogs';
import type { CatalogAdapter } from './types';

/** "source=url,source=url" -> adapters with their URLs. Unknown sources are refused loudly. */
export function parseCatalogSources(
  spec: string,
  keys: { anthropic?: string; openai?: string } = {},
): { adapter: CatalogAdapter; url: string }[] {
  return spec
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      const source = pair.slice(0, at).trim();
      const url = pair.slice(at + 1).trim();
      if (at < 1 || !/^https?:\/\//.test(url))
        throw new Error(`Catalog source "${pair}" is not "source=http(s)://url".`);
      const adapter = {
        anthropic: () => anthropicAdapter(keys.anthropic),
        openai: () => openaiCompatibleAdapter(keys.openai),
        'models.dev': modelsDevAdapter,
        litellm: liteLlmAdapter,
        openrouter: openRouterAdapter,
      }[source];
      if (!adapter)
        throw new Error(`Unknown catalog source "${source}" (anthropic, openai, models.dev, litellm, openrouter).`);
      return { adapter: adapter(), url };
    });
}

export function configuredCatalogSources() {
  const e = env();
  return parseCatalogSources(e.BUDDY_CATALOG_SOURCES, {
    anthropic: e.BUDDY_CATALOG_ANTHROPIC_KEY,
    openai: e.BUDDY_CATALOG_OPENAI_KEY,
  });
}

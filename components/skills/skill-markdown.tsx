import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Renders SKILL.md instructions. react-markdown never renders raw HTML (no rehype-raw), and links
 * are limited to http(s) and relative URLs, so a skill cannot inject markup or script.
 */
export function SkillMarkdown({ source }: { source: string }) {
  return (
    <div className="skill-markdown space-y-3 text-sm leading-6 text-text [&_code]:rounded [&_code]:bg-surface-2 [&_code]:px-1 [&_code]:py-0.5 [&_code]:text-[0.8rem] [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:mt-5 [&_h2]:text-sm [&_h2]:font-semibold [&_h2]:uppercase [&_h2]:tracking-wide [&_h2]:text-muted [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:border [&_pre]:border-border [&_pre]:bg-bg [&_pre]:p-3 [&_pre]:text-xs [&_pre]:leading-5 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_table]:w-full [&_td]:border [&_td]:border-border [&_td]:px-2 [&_th]:border [&_th]:border-border [&_th]:px-2 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={(url) => (/^(https?:|\/|#)/.test(url) ? url : '')}>
        {source}
      </Markdown>
    </div>
  );
}

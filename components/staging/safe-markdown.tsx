'use client';

import Markdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { demotedHeadings } from '../ui/demoted-headings';

/**
 * Staged content is untrusted: react-markdown never renders raw HTML (no rehype-raw), so <script>
 * and friends show as text, and links other than http(s)/mailto/relative are dropped.
 */
export function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|#|\/(?!\/))/i.test(cleaned) || !/^[a-z][a-z0-9+.-]*:/i.test(cleaned) ? cleaned : '';
}

export function SafeMarkdown({ source }: { source: string }) {
  return (
    <div className="markdown text-sm leading-relaxed" data-testid="staged-markdown">
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        urlTransform={safeUrl}
        components={{
          ...demotedHeadings,
          a: ({ href, children }) =>
            href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-accent underline">
                {children}
              </a>
            ) : (
              <span>{children}</span>
            ),
          img: ({ alt }) => <span className="text-muted">[image: {alt ?? 'no description'}]</span>,
        }}
      >
        {source}
      </Markdown>
    </div>
  );
}

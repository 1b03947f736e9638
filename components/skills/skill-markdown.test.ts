import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SkillMarkdown } from './skill-markdown';

describe('SkillMarkdown', () => {
  it('renders markdown but never raw HTML or script URLs', () => {
    const html = renderToStaticMarkup(
      createElement(SkillMarkdown, {
        source:
          '# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) [ok](https://docs.openclaw.ai)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      }),
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<table>');
    expect(html).toContain('href="https://docs.openclaw.ai"');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
});

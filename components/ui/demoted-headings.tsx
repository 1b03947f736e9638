import type { ReactNode } from 'react';
import type { Components } from 'react-markdown';

type Props = { children?: ReactNode };

/**
 * Markdown rendered inside a page (staged bodies, SKILL.md) is a section of that page: its headings
 * are shifted one level down so the page keeps a single h1 and a sound outline.
 */
export const demotedHeadings: Components = {
  h1: ({ children }: Props) => <h2 className="mt-4 text-base font-semibold">{children}</h2>,
  h2: ({ children }: Props) => <h3 className="mt-4 text-sm font-semibold">{children}</h3>,
  h3: ({ children }: Props) => <h4 className="mt-3 text-sm font-semibold">{children}</h4>,
  h4: ({ children }: Props) => <h5 className="mt-3 text-sm font-medium">{children}</h5>,
};

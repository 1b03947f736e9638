import { Bot } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The frame of Buddy's 404 and error pages: the brand, what happened, and a way back. */
export function LostPage({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <main className="grid min-h-screen place-items-center bg-bg p-6 text-text">
      <div className="w-full max-w-md rounded-xl border border-border bg-surface p-8 text-center">
        <span className="mx-auto grid size-12 place-items-center rounded-xl bg-accent text-accent-fg">
          <Bot className="size-6" aria-hidden />
        </span>
        <p className="mt-4 text-sm font-medium text-muted">{code}</p>
        <h1 className="mt-1 text-xl font-semibold">{title}</h1>
        <div className="mt-3 text-sm text-muted">{children}</div>
        <Link
          href="/today"
          className="mt-6 inline-flex items-center rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg"
        >
          Back to Today
        </Link>
      </div>
    </main>
  );
}

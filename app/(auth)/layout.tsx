import { Bot } from 'lucide-react';
import type { ReactNode } from 'react';

export const dynamic = 'force-dynamic';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="grid min-h-screen place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex items-center justify-center gap-2.5 text-xl font-semibold tracking-tight">
          <span className="grid size-9 place-items-center rounded-xl bg-accent text-accent-fg">
            <Bot className="size-5" aria-hidden />
          </span>
          Buddy
        </div>
        <div className="rounded-2xl border border-border bg-surface p-6 shadow-2xl shadow-black/20">{children}</div>
      </div>
    </main>
  );
}

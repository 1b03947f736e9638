import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { THEME_BOOTSTRAP } from '@/components/layout/theme';
import { ThemeSync } from '@/components/layout/theme-sync';
import { Providers } from '@/components/providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Buddy', template: '%s · Buddy' },
  description: "Control plane for one person's AI-agent infrastructure",
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="dark" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant theme bootstrap, no user input */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP }} />
      </head>
      <body className="min-h-screen">
        <ThemeSync />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

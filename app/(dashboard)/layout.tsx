import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireOwnerPage } from '@/lib/auth/current-owner';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const owner = await requireOwnerPage();
  return (
    <AppShell ownerEmail={owner.email} timeZone={env().BUDDY_TZ}>
      {children}
    </AppShell>
  );
}

import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireOwnerPage } from '@/lib/auth/current-owner';

export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const owner = await requireOwnerPage();
  return <AppShell ownerEmail={owner.email}>{children}</AppShell>;
}

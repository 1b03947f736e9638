import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { ownerExists } from '@/lib/auth/owner';

export const metadata = { title: 'Set up' };

export default async function SetupPage() {
  if (await ownerExists()) redirect('/login');
  return <SetupForm />;
}

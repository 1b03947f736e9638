import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LoginForm } from '@/components/auth/login-form';
import { ownerExists } from '@/lib/auth/owner';
import { currentOwner } from '@/lib/auth/current-owner';

export const metadata = { title: 'Sign in' };

export default async function LoginPage() {
  if (!(await ownerExists())) redirect('/setup');
  if (await currentOwner()) redirect('/today');
  return (
    <Suspense>
      <LoginForm />
    </Suspense>
  );
}

'use client';

import { LogOut } from 'lucide-react';
import { signOut } from 'next-auth/react';
import { Button } from '../ui/button';

export function SignOutButton() {
  return (
    <Button variant="ghost" onClick={() => signOut({ callbackUrl: '/login' })} className="px-2.5" aria-label="Sign out">
      <LogOut className="size-4" aria-hidden />
      <span className="sr-only md:not-sr-only">Sign out</span>
    </Button>
  );
}

'use client';

import { LogOut } from 'lucide-react';
import { Button } from '../ui/button';
import { signOut } from './sign-out';

export function SignOutButton() {
  return (
    <Button variant="ghost" onClick={() => void signOut()} className="px-2.5" aria-label="Sign out">
      <LogOut className="size-4" aria-hidden />
      <span className="sr-only md:not-sr-only">Sign out</span>
    </Button>
  );
}

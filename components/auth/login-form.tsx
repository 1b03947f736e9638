'use client';

import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '../ui/button';
import { Field } from '../ui/field';

type Errors = { email?: string; password?: string; form?: string };

function safeCallback(value: string | null): string {
  // Only same-site paths: an open redirect after login would be a phishing aid.
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/today';
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const next: Errors = {};
    if (!email) next.email = 'Enter your email.';
    if (!password) next.password = 'Enter your password.';
    setErrors(next);
    if (next.email || next.password) return;
    setPending(true);
    const result = await signIn('credentials', { email, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setErrors({
        form: result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Wrong email or password.',
      });
      return;
    }
    router.replace(safeCallback(params.get('callbackUrl')));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
      <div>
        <h1 className="text-lg font-semibold">Sign in</h1>
        <p className="mt-1 text-sm text-muted">Welcome back. The night's work is waiting.</p>
      </div>
      {errors.form ? (
        <p role="alert" className="rounded-lg border border-bad/40 bg-bad/10 px-3 py-2 text-sm text-bad">
          {errors.form}
        </p>
      ) : null}
      <Field
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        error={errors.email}
        autoFocus
      />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={errors.password}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

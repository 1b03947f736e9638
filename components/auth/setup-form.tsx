'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ApiClientError, apiFetch } from '../api-client';
import { Button } from '../ui/button';
import { Field } from '../ui/field';

type Errors = Partial<Record<'email' | 'name' | 'password' | 'confirm' | 'form', string>>;

export function SetupForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setErrors({ confirm: 'The two passwords differ.' });
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await apiFetch('/api/setup', { method: 'POST', json: { email, name: name || undefined, password } });
      const result = await signIn('credentials', { email, password, redirect: false });
      if (result?.error) throw new Error(result.error);
      router.replace('/today');
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError && Object.keys(error.fieldErrors).length > 0) {
        setErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v[0]])));
      } else {
        setErrors({ form: error instanceof Error ? error.message : 'Setup failed.' });
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create the owner account">
      <div>
        <h1 className="text-lg font-semibold">Welcome to Buddy</h1>
        <p className="mt-1 text-sm text-muted">Create the owner account. Only you will be able to sign in.</p>
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
      <Field id="name" name="name" label="Name (optional)" autoComplete="name" error={errors.name} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        error={errors.password}
        placeholder="At least 10 characters"
      />
      <Field
        id="confirm"
        name="confirm"
        type="password"
        label="Repeat password"
        autoComplete="new-password"
        error={errors.confirm}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </Button>
    </form>
  );
}

/**
 * next-auth's sign-out exchange as its client performs it (a CSRF token, then the form post its
 * route expects), without loading next-auth's browser library into every page for one button.
 */
export async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/login', json: 'true' }),
  });
  window.location.href = '/login';
}

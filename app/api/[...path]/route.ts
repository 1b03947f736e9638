import { route } from '@/lib/auth/route';
import { NotFoundError } from '@/lib/api/errors';

/** Unknown API paths: a session is still required first, so the API's shape is not probeable. */
const notFound = route({ access: 'owner' }, async ({ request }) => {
  throw new NotFoundError(`No API route at ${new URL(request.url).pathname}.`);
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;

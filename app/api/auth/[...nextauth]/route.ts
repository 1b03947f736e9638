import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { PayloadTooLargeError } from '@/lib/api/errors';
import { errorToResponse } from '@/lib/api/problem';
import { readBodyText } from '@/lib/api/read-body';
import { authOptions } from '@/lib/auth/next-auth-options';

// A sign-in form is a few hundred bytes; anything near this is not a person signing in.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Ctx) {
  return NextAuth(authOptions())(request, context);
}

export const GET = handler;

/** next-auth parses the whole body itself; the size limit is enforced before it sees the request. */
export async function POST(request: NextRequest, context: Ctx) {
  try {
    const body = await readBodyText(request, MAX_AUTH_BODY_BYTES);
    const replay = new NextRequest(request.url, { method: 'POST', headers: request.headers, body });
    return await handler(replay, context);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return errorToResponse(error);
    throw error;
  }
}

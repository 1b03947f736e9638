import type { z } from 'zod';
import { UnauthorizedError, ValidationError } from './errors';
import { errorToResponse, zodFieldErrors } from './problem';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './read-body';

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

/**
 * Who may call: `public` (login, setup, health only), `owner` (the signed-in owner), `signed-in`
 * (the owner or any valid agent token: the API's own description), or a scope that an agent's grant
 * must hold (the owner holds every scope).
 */
export type Access<S extends string = string> =
  | 'public'
  | 'owner'
  | 'signed-in'
  | { scope: S; resource?: (input: { params: unknown; query: unknown; body: unknown }) => string | undefined };

/**
 * Who the caller is and what it may do: bound in by the auth domain (lib/auth/route.ts), so this
 * wrapper knows no principal, scope or grant.
 */
export type RouteAuth<Principal, S extends string> = {
  authenticate(request: Request): Promise<Principal | null>;
  /** Throws a typed error unless the principal may call a route with this access; runs before input is parsed. */
  checkAccess(principal: Principal, access: Exclude<Access<S>, 'public' | 'signed-in'>, action: string): Promise<void>;
  /** A scoped call once its input is parsed: checks the resource and records the use. */
  authorizeCall(principal: Principal, scope: S, resource: string | undefined, action: string): Promise<void>;
  /** Request-level rules for whoever was authenticated (cross-site checks for cookie sessions); throws. */
  checkRequest(principal: Principal | null, request: Request): void;
};

export type RouteSpec<P, Q, B, O, S extends string = string> = {
  access?: Access<S>;
  params?: P;
  query?: Q;
  body?: B;
  /** What a successful reply holds (dates as Date): the handler's return type is checked against it and the OpenAPI document shows it. */
  output?: O;
  /** The reply's status when it is not 200 (201 for a creation): sent with the handler's data and shown in the OpenAPI document. */
  status?: number;
  /** A reply that is not JSON (a server-sent event stream, a file download): the document says what it is instead. */
  produces?: NonJsonReply;
  maxBodyBytes?: number;
};

export type RouteContext<P, Q, B, A extends Access, Principal> = {
  request: Request;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  principal: A extends 'public' ? Principal | null : Principal;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

function searchParamsObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

function parsePart<S extends Schema | undefined>(schema: S, value: unknown, where: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(
      `Some ${where} fields are invalid.`,
      zodFieldErrors(result.error, where === 'body' ? undefined : where),
    );
  }
  return result.data as Out<S>;
}

/** Replies that carry no JSON, by media type, with what the document says of them. */
export const NON_JSON_REPLIES = {
  'text/event-stream': 'A server-sent event stream.',
  attachment: 'A file download (content-disposition: attachment).',
} as const;
export type NonJsonReply = keyof typeof NON_JSON_REPLIES;

/** What a route accepts and answers, kept on its handler for the OpenAPI document (lib/api/openapi.ts). */
export type RouteMeta = {
  access: Access;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  output?: Schema;
  status?: number;
  produces?: NonJsonReply;
};
const META = Symbol.for('buddy.routeMeta');

export function routeMeta(handler: unknown): RouteMeta | undefined {
  return typeof handler === 'function' ? (handler as { [META]?: RouteMeta })[META] : undefined;
}

/** JSON reply with a status other than 200. */
export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/**
 * Makes the one wrapper around every API route: it authenticates, checks access, parses params,
 * query and body with zod (field-level errors), enforces the body size limit, and turns thrown
 * errors into application/problem+json. The handler receives typed input and returns data or a Response.
 */
export function createRoute<Principal, S extends string>(auth: RouteAuth<Principal, S>) {
  return function route<
    P extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
    O extends Schema | undefined = undefined,
    A extends Access<S> = 'owner',
  >(
    spec: RouteSpec<P, Q, B, O, S> & { access?: A },
    handler: (ctx: RouteContext<P, Q, B, A, Principal>) => Promise<O extends Schema ? z.input<O> | Response : unknown>,
  ) {
    const access: Access<S> = spec.access ?? 'owner';
    const handle = async (request: Request, context?: NextRouteContext): Promise<Response> => {
      try {
        const url = new URL(request.url);
        if (url.searchParams.has('access_token') || url.searchParams.has('token')) {
          // Tokens in URLs end up in logs and browser history; refuse them outright.
          throw new ValidationError('Send credentials in the Authorization header, never in the URL.');
        }
        const action = `${request.method} ${url.pathname}`;
        const principal =
          access === 'public' ? await auth.authenticate(request).catch(() => null) : await auth.authenticate(request);
        auth.checkRequest(principal, request);
        if (access !== 'public') {
          if (!principal) throw new UnauthorizedError('Sign in, or send a valid agent token, to use this API.');
          if (access !== 'signed-in') await auth.checkAccess(principal, access, action);
        }
        const params = parsePart(spec.params, context ? await context.params : {}, 'params');
        const query = parsePart(spec.query, searchParamsObject(url), 'query');
        let body: Out<B> = undefined as Out<B>;
        if (spec.body) {
          const raw = await readJsonBody(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
          body = parsePart(spec.body, raw ?? {}, 'body');
        }
        if (typeof access === 'object' && principal) {
          // Scope and resource are checked, and the use recorded, on every scoped call.
          const resource = access.resource?.({ params, query, body });
          await auth.authorizeCall(principal, access.scope, resource, action);
        }
        const ctx = { request, params, query, body, principal } as RouteContext<P, Q, B, A, Principal>;
        // The reply is not parsed against `output` at run time: the compiler already holds the handler's
        // return type to it, the API tests check real replies against the document, and a second pass
        // over every reply would cost each request for what neither of those misses.
        const result = await handler(ctx);
        return result instanceof Response ? result : json(result ?? { ok: true }, spec.status);
      } catch (error) {
        return errorToResponse(error);
      }
    };
    const { params, query, body, output, status, produces } = spec as RouteSpec<Schema, Schema, Schema, Schema, S>;
    const meta = { access, params, query, body, output, status, produces } satisfies RouteMeta;
    return Object.assign(handle, { [META]: meta });
  };
}

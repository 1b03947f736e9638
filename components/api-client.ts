/** Browser-side fetch for Buddy's JSON API: throws ApiClientError carrying the problem details. */
export type FieldErrors = Record<string, string[]>;

export class ApiClientError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export async function apiFetch<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  // Every mutation says JSON, even with no body: the API refuses other types (CSRF defence).
  const mutation = !['GET', 'HEAD'].includes((rest.method ?? 'GET').toUpperCase());
  const response = await fetch(url, {
    ...rest,
    headers: {
      accept: 'application/json',
      ...(json !== undefined || mutation ? { 'content-type': 'application/json' } : {}),
      ...rest.headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem = (data ?? {}) as { detail?: string; errors?: FieldErrors };
    throw new ApiClientError(problem.detail ?? `Request failed (${response.status}).`, response.status, problem.errors);
  }
  return data as T;
}

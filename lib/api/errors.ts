/**
 * Typed errors shared by every domain. Each maps to one HTTP status and one problem type, so a use
 * case throws what went wrong and the API wrapper decides how it looks on the wire.
 */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly status: number = 500;
  readonly code: string = 'internal';
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  override readonly status = 400;
  override readonly code = 'validation';
}
export class UnauthorizedError extends AppError {
  override readonly status = 401;
  override readonly code = 'unauthorized';
}
export class ForbiddenError extends AppError {
  override readonly status = 403;
  override readonly code = 'forbidden';
}
export class NotFoundError extends AppError {
  override readonly status = 404;
  override readonly code = 'not-found';
}
export class ConflictError extends AppError {
  override readonly status = 409;
  override readonly code = 'conflict';
}
export class PayloadTooLargeError extends AppError {
  override readonly status = 413;
  override readonly code = 'payload-too-large';
}
export class UnsupportedMediaTypeError extends AppError {
  override readonly status = 415;
  override readonly code = 'unsupported-media-type';
}
export class RateLimitedError extends AppError {
  override readonly status = 429;
  override readonly code = 'rate-limited';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
export class ServiceUnavailableError extends AppError {
  override readonly status = 503;
  override readonly code = 'unavailable';
}

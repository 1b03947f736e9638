import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from './errors';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a request body up to `limit` bytes. The declared length is checked first and the stream is
 * counted as it arrives, so a chunked upload cannot get past the limit either.
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  const tooLarge = () =>
    new PayloadTooLargeError(`The request body is larger than the limit of ${Math.round(limit / 1024)} KB.`);
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const text = await readBodyText(request, limit);
  if (text.trim() === '') return undefined;
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new UnsupportedMediaTypeError('Send the body as JSON with content-type application/json.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON.');
  }
}

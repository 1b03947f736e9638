/**
 * Every way a sops file can be refused. Messages name files, paths and key sources, never key
 * material or plaintext.
 */
export type SopsErrorCode = 'MALFORMED' | 'NO_MAC' | 'BAD_MAC' | 'TAMPERED' | 'NO_KEY' | 'UNSUPPORTED';

export class SopsError extends Error {
  constructor(
    readonly code: SopsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SopsError';
  }
}

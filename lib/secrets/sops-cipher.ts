import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SopsError } from './sops-error';

/** A decrypted leaf as sops typed it when it was encrypted. */
export type SopsValue = string | number | boolean | Buffer;

const ENC =
  /^ENC\[AES256_GCM,data:([A-Za-z0-9+/=]*),iv:([A-Za-z0-9+/=]+),tag:([A-Za-z0-9+/=]+),type:(str|int|float|bool|bytes|comment)\]$/;

/**
 * Decrypts one sops value: AES-256-GCM with sops's 32-byte IV, the path ("a:b:") as additional
 * data. Returns the raw plaintext bytes and the typed value; GCM refuses any edited byte.
 */
export function decryptValue(
  ciphertext: string,
  key: Buffer,
  aad: string,
): { raw: Buffer; value: SopsValue; type: string } {
  if (ciphertext === '') return { raw: Buffer.alloc(0), value: '', type: 'str' };
  const match = ENC.exec(ciphertext);
  if (!match) throw new SopsError('MALFORMED', `The value at "${aad}" is not in sops's ENC[AES256_GCM,...] format.`);
  const [, data, iv, tag, type] = match as unknown as [string, string, string, string, string];
  const ivBytes = Buffer.from(iv, 'base64');
  const tagBytes = Buffer.from(tag, 'base64');
  if (ivBytes.length !== 32 || tagBytes.length !== 16) {
    throw new SopsError('MALFORMED', `The value at "${aad}" has an IV or tag of the wrong length (truncated?).`);
  }
  let raw: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tagBytes);
    raw = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
  } catch {
    throw new SopsError('TAMPERED', `The value at "${aad}" failed authentication: it was edited, moved or truncated.`);
  }
  return { raw, value: typed(raw, type, aad), type };
}

function typed(raw: Buffer, type: string, aad: string): SopsValue {
  const text = raw.toString('utf8');
  switch (type) {
    case 'int': {
      if (!/^-?\d+$/.test(text)) throw new SopsError('MALFORMED', `The int at "${aad}" is not an integer.`);
      return Number(text);
    }
    case 'float': {
      const n = Number(text);
      if (text.trim() === '' || Number.isNaN(n))
        throw new SopsError('MALFORMED', `The float at "${aad}" is not a number.`);
      return n;
    }
    case 'bool': {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false' && text !== '1' && text !== '0') {
        throw new SopsError('MALFORMED', `The bool at "${aad}" is not true or false.`);
      }
      return lower === 'true' || text === '1';
    }
    case 'bytes':
      return raw;
    default:
      return text;
  }
}

/** Encrypts like sops does (used to build test files and tampered copies). */
export function encryptValue(value: SopsValue, key: Buffer, aad: string): string {
  const type = Buffer.isBuffer(value)
    ? 'bytes'
    : typeof value === 'boolean'
      ? 'bool'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'int'
          : 'float'
        : 'str';
  const plain = Buffer.isBuffer(value) ? value : Buffer.from(macBytes(value).toString('utf8'), 'utf8');
  if (plain.length === 0 && type === 'str') return '';
  const iv = randomBytes(32);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const b64 = (b: Buffer) => b.toString('base64');
  return `ENC[AES256_GCM,data:${b64(data)},iv:${b64(iv)},tag:${b64(cipher.getAuthTag())},type:${type}]`;
}

/** The bytes sops feeds into the MAC for a value (Go's ToBytes: bools are "True"/"False"). */
export function macBytes(value: SopsValue): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'boolean') return Buffer.from(value ? 'True' : 'False');
  if (typeof value === 'number') return Buffer.from(goFloat(value));
  return Buffer.from(value, 'utf8');
}

/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
function goFloat(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  const [mantissa, exp] = s.split('e') as [string, string];
  const digits = mantissa.replace('-', '').replace('.', '');
  const shift = -Number(exp) - 1;
  return `${n < 0 ? '-' : ''}0.${'0'.repeat(shift)}${digits}`;
}

/**
 * Exact decimal arithmetic on strings for prices. Catalog JSON carries per-token prices such as
 * 3e-06; converting via floats would give 2.9999999999999997 per million. We shift the decimal
 * point of the number's own text instead, so "3e-06" per token becomes exactly "3" per million.
 */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Normalises a decimal literal (number or string) to canonical text, optionally scaled by 10^shift. */
export function toDecimal(value: unknown, shift = 0): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : typeof value === 'string'
        ? value.trim()
        : '';
  const match = DECIMAL.exec(text);
  if (!match || (!match[2] && !match[3])) return null;
  const [, sign, intPart = '', fracPart = '', exp = '0'] = match;
  let digits = intPart + fracPart;
  let point = intPart.length + Number(exp) + shift;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  if (whole === '0' && frac === '') return '0';
  return `${sign === '-' ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** USD per token -> USD per million tokens, exactly. */
export function perTokenToPerMillion(value: unknown): string | null {
  return toDecimal(value, 6);
}

/** Integer micro-dollars (BigInt) of a decimal string, for exact comparison and percentages. */
export function toMicros(decimal: string): bigint {
  const canonical = toDecimal(decimal, 6) ?? '0';
  const [whole] = canonical.split('.');
  return BigInt(whole ?? '0');
}

export function decimalsEqual(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return toDecimal(a) === toDecimal(b);
}

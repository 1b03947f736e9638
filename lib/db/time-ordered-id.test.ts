import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id';

describe('timeOrderedId', () => {
  it('is a UUIDv7 whose first 48 bits are the time in milliseconds', () => {
    const at = Date.UTC(2026, 11, 2, 3, 4, 5, 678);
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time as text, and differs within one millisecond', () => {
    const ids = [timeOrderedId(1_000), timeOrderedId(2_000), timeOrderedId(2_000), timeOrderedId(300_000_000_000)];
    expect([...ids].sort()).toEqual(ids.slice(0, 1).concat([...ids.slice(1, 3)].sort(), ids.slice(3)));
    expect(new Set(ids).size).toBe(4);
  });
});

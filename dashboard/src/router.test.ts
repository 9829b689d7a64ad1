import { describe, expect, it } from 'vitest';
import { safeNext } from './router';

describe('safeNext (where login sends a person afterwards)', () => {
  it.each([
    ['/', '/'],
    ['/scenarier/1?x=2', '/scenarier/1?x=2'],
    ['//evil.example/', '/'],
    ['https://evil.example/', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
  ])('%j → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

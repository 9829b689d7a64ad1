import { describe, expect, it } from 'vitest';
import { roleAtLeast } from './use-current-user';

describe('roleAtLeast', () => {
  it.each([
    ['VIEWER', 'VIEWER', true],
    ['VIEWER', 'ANALYST', false],
    ['ANALYST', 'VIEWER', true],
    ['ANALYST', 'EDITOR', false],
    ['EDITOR', 'ANALYST', true],
    ['EDITOR', 'ADMIN', false],
    ['ADMIN', 'EDITOR', true],
    [undefined, 'VIEWER', false],
  ] as const)('%s may do what needs %s: %s', (role, required, expected) => {
    expect(roleAtLeast(role, required)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { signed, signedFte } from './format';

describe('signed changes on the scenario page', () => {
  it('always writes the sign, the Swedish minus and ± for no change', () => {
    expect(signed(1.14, 1)).toBe('+1,1');
    expect(signed(-0.1749)).toBe('−0,17');
    expect(signed(0, 0)).toBe('±0');
    expect(signedFte(-1)).toBe('−1,0');
    expect(signedFte(0.25)).toBe('+0,25');
  });
});

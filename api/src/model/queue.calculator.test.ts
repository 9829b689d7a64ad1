import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmc, supportServiceLevel } from './queue.calculator.js';

describe('Erlang B and C', () => {
  it.each([
    // B(1, a) = a / (1 + a)
    { c: 1, a: 1, b: 0.5 },
    // B(2, 1): B(1) = 1/2, B(2) = 1·½ / (2 + ½) = 0.2
    { c: 2, a: 1, b: 0.2 },
    // B(3, 2): (2³/3!) / (1 + 2 + 2 + 8/6) = (4/3) / (19/3) = 4/19
    { c: 3, a: 2, b: 4 / 19 },
  ])('B(c=$c, a=$a) = $b', ({ c, a, b }) => {
    expect(erlangB(c, a)).toBeCloseTo(b, 12);
  });

  it('M/M/2 with λ = 1, μ = 1: ρ = 1/2, P(wait) = 1/3, Wq = 1/3 (textbook)', () => {
    // C = B / (1 − ρ(1 − B)) = 0.2 / (1 − ½ · 0.8) = 1/3; Wq = C / (cμ − λ) = (1/3) / (2 − 1) = 1/3.
    expect(mmc(1, 1, 2)).toEqual({ state: 'stable', servers: 2, utilisation: 0.5, probabilityOfWait: expect.closeTo(1 / 3, 12), expectedWait: expect.closeTo(1 / 3, 12) });
  });

  it('M/M/1 reduces to P(wait) = ρ and Wq = ρ / (μ − λ)', () => {
    // λ = 0.5, μ = 1: ρ = 0.5, Wq = 0.5 / 0.5 = 1
    expect(mmc(0.5, 1, 1)).toEqual({ state: 'stable', servers: 1, utilisation: 0.5, probabilityOfWait: expect.closeTo(0.5, 12), expectedWait: expect.closeTo(1, 12) });
  });

  it('M/M/3 with a = 2: P(wait) = 4/9 (classic example)', () => {
    // C = (4/19) / (1 − (2/3)(15/19)) = (4/19) / (9/19) = 4/9
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
  });

  it('stays finite and in [0, 1] for thousands of servers', () => {
    const c = erlangC(5000, 4900);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('at or above full utilisation it is saturated, never a number', () => {
    expect(mmc(2, 1, 2)).toEqual({ state: 'saturated', servers: 2, utilisation: 1 });
    expect(mmc(1, 0, 0)).toEqual({ state: 'saturated', servers: 0, utilisation: null });
  });
});

describe('support service level', () => {
  const level = (supportFte: number, requestsPerYear = 1500) => supportServiceLevel({ requestsPerYear, hoursPerRequest: 1, supportFte, productiveHoursPerFte: 1600 });

  it('utilisation is demand hours / capacity hours', () => {
    // 1 470,24 h / (1,1 × 1 600 h) = 0,835 36…
    const l = supportServiceLevel({ requestsPerYear: 1470.24, hoursPerRequest: 1, supportFte: 1.1, productiveHoursPerFte: 1600 });
    expect(l.queue.utilisation).toBeCloseTo(1470.24 / 1760, 12);
    expect(l.queue.servers).toBe(2);
  });

  it('property: utilisation ≥ 1 ⇔ saturated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 5000 }), (fteH, requests) => {
        const q = level(fteH / 100, requests).queue;
        const full = q.utilisation === null || q.utilisation >= 1;
        expect(q.state === 'saturated').toBe(full);
        expect(q.state !== 'stable' || Number.isFinite(q.expectedWait)).toBe(true);
      }),
    );
  });

  it('property: adding FTE never raises the waiting time nor turns a stable queue saturated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 6000 }), (fteH, addH, requests) => {
        const before = level(fteH / 100, requests).queue;
        const after = level((fteH + addH) / 100, requests).queue;
        // A saturated queue's wait counts as unbounded here, so a stable queue must stay stable.
        const wait = (q: typeof before) => (q.state === 'stable' ? q.expectedWait : Number.POSITIVE_INFINITY);
        expect(wait(after)).toBeLessThanOrEqual(wait(before) + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});

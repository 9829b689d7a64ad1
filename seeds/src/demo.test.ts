import { describe, expect, it } from 'vitest';
import { exempelkommun, grannby } from './demo.js';

const peopleIn = (year: number, units = exempelkommun.schoolUnits) =>
  units.reduce((sum, unit) => {
    const facts = unit.years.find((y) => y.year === year);
    return sum + (facts ? facts.pupils + facts.teachers + facts.schoolLeaders : 0);
  }, 0);

describe('the demo municipality', () => {
  it('has CMiT with exactly 4.2 FTE', () => {
    const hundredths = exempelkommun.supportUnit.posts.reduce((sum, post) => sum + Math.round(post.fte * 100), 0);
    expect(hundredths).toBe(420);
  });

  it('serves exactly 9,100 people in the budget year', () => {
    expect(peopleIn(exempelkommun.budgetYear)).toBe(9100);
  });

  it('has about 20 units with 8-digit codes, unique, some with and some without a local IT coordinator', () => {
    const codes = exempelkommun.schoolUnits.map((u) => u.code);
    expect(codes).toHaveLength(20);
    expect(new Set(codes).size).toBe(20);
    expect(codes.every((c) => /^\d{8}$/.test(c))).toBe(true);
    const withIt = exempelkommun.schoolUnits.filter((u) => u.hasLocalItCoordinator).length;
    expect(withIt).toBeGreaterThan(0);
    expect(withIt).toBeLessThan(20);
  });

  it('has five years: three of outcome, the budget year and a forecast', () => {
    expect(exempelkommun.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    for (const unit of exempelkommun.schoolUnits) expect(unit.years.map((y) => y.year)).toEqual(exempelkommun.years);
  });

  it('keeps every money figure a whole number of kronor', () => {
    for (const post of [...exempelkommun.supportUnit.posts, ...grannby.supportUnit.posts]) {
      expect(Number.isSafeInteger(post.annualCostSek)).toBe(true);
    }
  });

  it('gives Grannby its own, different codes', () => {
    const exempel = new Set(exempelkommun.schoolUnits.map((u) => u.code));
    expect(grannby.schoolUnits.some((u) => exempel.has(u.code))).toBe(false);
  });
});

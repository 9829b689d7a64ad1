import { describe, expect, it } from 'vitest';
import { BUDGET_CATEGORIES, demoMunicipalities } from './demo.js';
import { mulberry32, NATIONAL_YEARS, nationalMunicipalities, unitsPerMunicipality } from './national.js';

const small = { municipalities: 6, schoolUnits: 150, seed: 7 };
const all = (options = small) => [...nationalMunicipalities(options)];

describe('the national data generator', () => {
  it('makes exactly the municipalities and school units asked for, every municipality at least 3 units', () => {
    const ms = all();
    expect(ms).toHaveLength(6);
    expect(ms.reduce((s, m) => s + m.schoolUnits.length, 0)).toBe(150);
    expect(Math.min(...ms.map((m) => m.schoolUnits.length))).toBeGreaterThanOrEqual(3);
  });

  it('splits units with a heavy tail but an exact total', () => {
    const counts = unitsPerMunicipality(290, 16_000, mulberry32(1));
    expect(counts.reduce((s, c) => s + c, 0)).toBe(16_000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts)).toBeGreaterThan(4 * (16_000 / 290));
  });

  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(all()).toEqual(all());
    expect(all({ ...small, seed: 8 })).not.toEqual(all());
  });

  it('uses codes unique across the country and clear of the demo municipalities', () => {
    const ms = all();
    const codes = ms.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[0-9]{4}$/);
    expect(codes).not.toContain(demoMunicipalities[0]!.code);
    const unitCodes = ms.flatMap((m) => m.schoolUnits.map((u) => u.code));
    expect(new Set(unitCodes).size).toBe(unitCodes.length);
    for (const code of unitCodes) expect(code).toMatch(/^[0-9]{8}$/);
  });

  it('keeps every unit-level sum exact: pupils over bands, posts\' time split, five years of facts', () => {
    for (const m of all()) {
      expect(m.years).toEqual(NATIONAL_YEARS);
      for (const unit of m.schoolUnits) {
        expect(unit.years.map((y) => y.year)).toEqual(NATIONAL_YEARS);
        for (const y of unit.years) {
          expect(Object.values(y.pupilsByBand).reduce((s, n) => s + n, 0)).toBe(y.pupils);
          expect(y.teachers).toBeGreaterThan(0);
          expect(y.socioeconomicIndex).toBeGreaterThan(0.4);
          expect(y.socioeconomicIndex).toBeLessThan(1.7);
        }
      }
      expect(m.supportUnit.posts.length).toBeGreaterThan(0);
      for (const post of m.supportUnit.posts) {
        expect(Object.values(post.timeShares).reduce((s, x) => s + x!, 0)).toBeCloseTo(1, 10);
        expect(Number.isInteger(post.annualCostSek)).toBe(true);
        expect(post.fte).toBeGreaterThan(0);
        expect(post.fte).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives every municipality budget lines in every category every year, device fleets and indicator values', () => {
    for (const m of all()) {
      for (const year of NATIONAL_YEARS) {
        const central = m.budgetLines.filter((l) => l.year === year && l.schoolUnitCode === null);
        expect(new Set(central.map((l) => l.category))).toEqual(new Set(BUDGET_CATEGORIES));
      }
      for (const line of m.budgetLines) expect(Number.isInteger(line.amountSek) && line.amountSek >= 0).toBe(true);
      const codes = new Set(m.schoolUnits.map((u) => u.code));
      for (const f of m.deviceFleets) expect(codes.has(f.schoolUnitCode)).toBe(true);
      expect(m.deviceFleets.length).toBeGreaterThanOrEqual(m.schoolUnits.length * NATIONAL_YEARS.length);
      expect(m.indicatorValues.length).toBeGreaterThan(0);
      expect(m.goals.length).toBeGreaterThanOrEqual(2);
      for (const goal of m.goals) expect(goal.targets.map((t) => t.year)).toEqual(NATIONAL_YEARS);
    }
  });

  it('has a local IT coordinator in some units and not in others', () => {
    const units = all({ municipalities: 10, schoolUnits: 600, seed: 3 }).flatMap((m) => m.schoolUnits);
    const share = units.filter((u) => u.hasLocalItCoordinator).length / units.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.8);
  });
});

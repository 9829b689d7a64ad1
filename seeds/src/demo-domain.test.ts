import { describe, expect, it } from 'vitest';
import { BUDGET_CATEGORIES, PUPIL_BANDS, demoMunicipalities, exempelkommun } from './demo.js';
import { noise } from './demo-domain.js';

describe.each(demoMunicipalities.map((m) => [m.name, m] as const))('%s', (_name, m) => {
  const codes = new Set(m.schoolUnits.map((u) => u.code));

  it('splits every unit’s pupils over the grade bands exactly', () => {
    for (const unit of m.schoolUnits) {
      for (const facts of unit.years) {
        expect(PUPIL_BANDS.reduce((sum, band) => sum + facts.pupilsByBand[band], 0)).toBe(facts.pupils);
      }
    }
  });

  it('gives every post a time split that sums to exactly 1 over known service areas', () => {
    const areas = ['PEDAGOGICAL_SUPPORT', 'TRAINING', 'PLATFORM_ADMIN', 'ASSISTIVE_TOOLS', 'PROCUREMENT', 'DATA_PROTECTION'];
    for (const post of m.supportUnit.posts) {
      const shares = Object.entries(post.timeShares);
      expect(shares.every(([area, share]) => areas.includes(area) && share! > 0 && share! <= 1)).toBe(true);
      // In thousandths, as numeric(4,3) stores them: exact.
      expect(shares.reduce((sum, [, share]) => sum + Math.round(share! * 1000), 0)).toBe(1000);
    }
  });

  it('has budget lines in every category every year: outcome and budget before the budget year, budget in it, forecast after', () => {
    for (const year of m.years) {
      const kinds = year < m.budgetYear ? ['BUDGET', 'OUTCOME'] : year === m.budgetYear ? ['BUDGET'] : ['FORECAST'];
      for (const kind of kinds) {
        for (const owner of [null, ...codes]) {
          const categories = m.budgetLines.filter((l) => l.year === year && l.kind === kind && l.schoolUnitCode === owner).map((l) => l.category);
          expect(categories.sort()).toEqual([...BUDGET_CATEGORIES].sort());
        }
      }
      expect(m.budgetLines.filter((l) => l.year === year && !kinds.includes(l.kind))).toEqual([]);
    }
  });

  it('keeps money in whole, non-negative kronor below 2^53', () => {
    for (const line of m.budgetLines) expect(Number.isSafeInteger(line.amountSek) && line.amountSek >= 0).toBe(true);
    for (const fleet of m.deviceFleets) expect(Number.isInteger(fleet.leaseCostPerMonthSek)).toBe(true);
  });

  it('budgets each unit’s devices as its fleets’ yearly lease', () => {
    for (const unit of m.schoolUnits) {
      const lease = m.deviceFleets
        .filter((f) => f.schoolUnitCode === unit.code && f.year === m.budgetYear)
        .reduce((sum, f) => sum + f.deviceCount * f.leaseCostPerMonthSek * 12, 0);
      const line = m.budgetLines.find((l) => l.schoolUnitCode === unit.code && l.year === m.budgetYear && l.kind === 'BUDGET' && l.category === 'DEVICES');
      expect(line!.amountSek).toBe(lease);
    }
  });

  it('leases 1:1 Chromebooks only in years 7–9 and upper secondary, 110–130 SEK a month on 36 months', () => {
    for (const fleet of m.deviceFleets.filter((f) => f.oneToOne)) {
      expect(['PUPILS_7_9', 'PUPILS_UPPER_SECONDARY']).toContain(fleet.userGroup);
      expect(fleet.deviceType).toBe('CHROMEBOOK');
      expect(fleet.leaseCostPerMonthSek).toBeGreaterThanOrEqual(108);
      expect(fleet.leaseCostPerMonthSek).toBeLessThanOrEqual(130);
      expect([fleet.leaseTermMonths, fleet.replacementCycleYears]).toEqual([36, 3]);
    }
  });

  it('never gives a unit more 1:1 devices than pupils in the covered years', () => {
    for (const unit of m.schoolUnits) {
      for (const facts of unit.years) {
        const devices = m.deviceFleets.filter((f) => f.schoolUnitCode === unit.code && f.year === facts.year && f.oneToOne).reduce((s, f) => s + f.deviceCount, 0);
        expect(devices).toBeLessThanOrEqual(facts.pupilsByBand.PUPILS_7_9 + facts.pupilsByBand.PUPILS_UPPER_SECONDARY);
      }
    }
  });

  it('refers only to its own units, to goals with a target every year, and keeps indicator values in range', () => {
    for (const item of [...m.deviceFleets, ...m.indicatorValues]) expect(codes.has(item.schoolUnitCode)).toBe(true);
    for (const goal of m.goals) expect(goal.targets.map((t) => t.year)).toEqual(m.years);
    const rangeOf = (id: string): [number, number] => (id.startsWith('LIKV_LIKA') ? [1, 4] : id === 'N15505' ? [0, 340] : [0, 100]);
    const outside = m.indicatorValues.filter((v) => v.value < rangeOf(v.indicatorId)[0] || v.value > rangeOf(v.indicatorId)[1]);
    expect(outside).toEqual([]);
  });
});

describe('Exempelkommun’s indicators', () => {
  const valueOf = (code: string, indicatorId: string, year: number) =>
    exempelkommun.indicatorValues.find((v) => v.schoolUnitCode === code && v.indicatorId === indicatorId && v.year === year)!.value;

  it('follow the socioeconomic index: results in year 9 rank as the index does', () => {
    const units = exempelkommun.schoolUnits.filter((u) => u.years[0]!.pupilsByBand.PUPILS_7_9 > 0);
    const bySei = [...units].sort((a, b) => a.years[2]!.socioeconomicIndex - b.years[2]!.socioeconomicIndex).map((u) => u.code);
    const byResult = [...units].sort((a, b) => valueOf(a.code, 'N15419', 2025) - valueOf(b.code, 'N15419', 2025)).map((u) => u.code);
    expect(byResult).toEqual(bySei);
  });

  it('are higher, on average, where a local IT coordinator works', () => {
    const mean = (withCoordinator: boolean) => {
      const units = exempelkommun.schoolUnits.filter((u) => u.hasLocalItCoordinator === withCoordinator);
      return units.reduce((s, u) => s + valueOf(u.code, 'LIKV_PERSONAL_MODULER', 2026), 0) / units.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false));
  });

  it('vary deterministically', () => {
    expect(noise('a')).toBe(noise('a'));
    expect(noise('a')).not.toBe(noise('b'));
    for (const key of ['x', 'y', 'z', '61845213:results:2025']) expect(Math.abs(noise(key))).toBeLessThanOrEqual(1);
  });
});

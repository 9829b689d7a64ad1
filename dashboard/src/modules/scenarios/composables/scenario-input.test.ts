import { describe, expect, it } from 'vitest';
import { buildScenarioInput, emptyLevers, leverCount } from './scenario-input';

describe('buildScenarioInput', () => {
  it('is the base (no levers) when nothing is changed', () => {
    expect(buildScenarioInput(emptyLevers('Bas'), 2026, 3)).toEqual({ name: 'Bas', baseYear: 2026, horizonYears: 3, levers: [] });
  });

  it('sends only the levers that change something, from the year after the base year, FTE with two decimals', () => {
    const state = {
      ...emptyLevers(' Minska CMiT '),
      postFte: { p1: -1.0000000001, p2: 0 },
      budgetPercent: { DEVICES: -5, SUPPORT: 0 },
      leaseCostPerMonthSek: 119.6,
      replacementCycleYears: null,
    };
    expect(buildScenarioInput(state, 2026, 3)).toEqual({
      name: 'Minska CMiT',
      baseYear: 2026,
      horizonYears: 3,
      levers: [
        { changePostFte: { postId: 'p1', deltaFte: -1, fromYear: 2027 } },
        { changeBudget: { category: 'DEVICES', percent: -5, fromYear: 2027 } },
        { changeDevices: { fromYear: 2027, leaseCostPerMonthSek: 120 } },
      ],
    });
    expect(leverCount(state, 2026)).toBe(3);
  });

  it('names an unnamed scenario', () => {
    expect(buildScenarioInput(emptyLevers('  '), 2026, 1).name).toBe('Scenario');
  });
});

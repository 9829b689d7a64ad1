import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BudgetCategory } from '../../../gql/graphql';
import { buildScenarioInput, emptyLevers, leverCount, leversFromInput, type LeverState } from './scenario-input';

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

describe('leversFromInput (a saved scenario back on the controls)', () => {
  const CATEGORIES: BudgetCategory[] = ['PERSONNEL', 'DEVICES', 'LICENCES_SYSTEMS', 'COMPETENCE_DEVELOPMENT', 'INFRASTRUCTURE', 'SUPPORT'] as BudgetCategory[];
  const leverState: fc.Arbitrary<LeverState> = fc.record({
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
    postFte: fc.dictionary(fc.constantFrom('p1', 'p2', 'p3'), fc.integer({ min: -200, max: 200 }).map((x) => x / 100)),
    budgetPercent: fc.dictionary(fc.constantFrom(...CATEGORIES), fc.integer({ min: -50, max: 50 })) as fc.Arbitrary<LeverState['budgetPercent']>,
    leaseCostPerMonthSek: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    replacementCycleYears: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  });

  it('gives back controls that build the same input (property)', () => {
    fc.assert(
      fc.property(leverState, fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 10 }), (state, baseYear, horizon) => {
        const input = buildScenarioInput(state, baseYear, horizon);
        const back = leversFromInput(input);
        expect(back.notShown).toBe(0);
        expect(buildScenarioInput(back.state, baseYear, horizon)).toEqual(input);
      }),
    );
  });

  it('adds up several changes to one post and counts what the controls cannot show', () => {
    const { state, notShown } = leversFromInput({
      name: 'Blandat',
      baseYear: 2026,
      horizonYears: 3,
      levers: [
        { changePostFte: { postId: 'p1', deltaFte: -0.5, fromYear: 2027 } },
        { changePostFte: { postId: 'p1', deltaFte: -0.25 } },
        { changePostFte: { postId: 'p2', deltaFte: -1, fromYear: 2028 } },
        { changeBudget: { category: 'DEVICES', percent: -10, fromYear: 2027 } },
        { changeBudget: { category: 'LICENCES_SYSTEMS', percent: -5, schoolUnitId: 's1' } },
        { changeBudget: { category: 'SUPPORT', amountSek: -100_000 } },
        { changeDevices: { leaseCostPerMonthSek: 120 } },
        { movePostTime: { postId: 'p1', fromArea: 'PLATFORM_ADMIN', toArea: 'PEDAGOGICAL_SUPPORT', share: 0.1 } },
      ],
    });
    expect(state.postFte).toEqual({ p1: -0.75 });
    expect(state.budgetPercent).toEqual({ DEVICES: -10 });
    expect(state.leaseCostPerMonthSek).toBe(120);
    // p2 from 2028, a budget change for one school, one in kronor and moved post time.
    expect(notShown).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../gql/graphql';
import { MAX_COMPARED, useScenarioComparison } from './use-scenario-comparison';

const scenario = (name: string): ScenarioInput => ({ name, baseYear: 2026, horizonYears: 3, levers: [{ changePostFte: { postId: 'p1', deltaFte: -1, fromYear: 2027 } }] });

describe('the comparison of scenarios', () => {
  it('numbers a name met twice, keeps a copy of what was added, and takes a card away by its place', () => {
    const { comparison, add, remove } = useScenarioComparison();
    const first = scenario('Minska');
    add(first);
    add(scenario('Minska'));
    first.levers.pop();
    expect(comparison.value.map((c) => c.name)).toEqual(['Minska', 'Minska (2)']);
    expect(comparison.value[0]!.levers).toHaveLength(1);
    remove(0);
    expect(comparison.value.map((c) => c.name)).toEqual(['Minska (2)']);
  });

  it(`holds at most ${MAX_COMPARED}`, () => {
    const { comparison, full, add } = useScenarioComparison();
    for (let i = 0; i < MAX_COMPARED + 2; i++) add(scenario(`S${i}`));
    expect(comparison.value).toHaveLength(MAX_COMPARED);
    expect(full.value).toBe(true);
  });
});

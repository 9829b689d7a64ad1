import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate, prepareBase, withOverrides } from '../../model/index.js';
import { demoInput } from '../../model/fixtures.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { ScenarioBase } from '../scenarios/scenario-input.service.js';
import { freezeBase, thawBase } from './saved-scenario.evaluation.js';

describe('the frozen copy', () => {
  it('survives the trip through JSON (the database column) and evaluates to exactly the same numbers', () => {
    const input = demoInput();
    const assumptions = withOverrides(DEFAULT_ASSUMPTIONS, { productiveHoursPerFte: 1550 });
    const municipality = { id: 'm', code: '9901', name: 'Exempelkommun' } as Municipality;
    const base: ScenarioBase = {
      municipality,
      input,
      prepared: prepareBase(input, assumptions),
      units: new Map(input.schoolUnits.map((u) => [u.id, { id: u.id, municipalityId: 'm', code: u.code, name: u.name, schoolForms: [], area: null, hasLocalItCoordinator: u.hasLocalItCoordinator }])),
      subGoalTitles: new Map([['1.3', 'Personalens digitala kompetens']]),
      municipalityGoals: new Map(),
      assumptions,
      overrides: new Map([['productiveHoursPerFte', { value: 1550, version: 2, source: 'Tidsredovisning', changedBy: 'a@b.se', changedAt: new Date('2026-10-01T00:00:00Z') }]]),
      assumptionSetVersion: 2,
      years: [2026, 2027],
      coordinatorByYear: new Map([[input.schoolUnits[0]!.id, new Map([[2026, true]])]]),
    } as ScenarioBase;
    const frozen = freezeBase(base);
    const stored = JSON.parse(JSON.stringify(frozen)) as typeof frozen;
    const thawed = thawBase(municipality, stored.base as never, stored.assumptions as never);
    const scenario = { baseYear: 2026, horizonYears: 3, levers: [{ kind: 'changePostFte' as const, postId: 'p-support', deltaFte: -1, fromYear: 2027 }] };
    expect(evaluate(thawed.prepared, scenario)).toEqual(evaluate(base.prepared, scenario));
    expect(thawed.assumptions.productiveHoursPerFte.value).toBe(1550);
    expect(thawed.overrides.get('productiveHoursPerFte')?.changedAt).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(thawed.coordinatorByYear.get(input.schoolUnits[0]!.id)?.get(2026)).toBe(true);
    expect(thawed.assumptionSetVersion).toBe(2);
  });
});

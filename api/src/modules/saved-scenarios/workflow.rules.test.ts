import { describe, expect, it } from 'vitest';
import { Role } from '../auth/role.js';
import { allowedTransitions, checkEdit, checkTransition, type ScenarioStatusCode } from './workflow.rules.js';

const STATUSES: ScenarioStatusCode[] = ['DRAFT', 'PROPOSED', 'DECIDED', 'ARCHIVED'];
const ROLES = [Role.VIEWER, Role.ANALYST, Role.EDITOR, Role.ADMIN];

/** Every (from, to) pair and the least role that may make it; absent pairs are never allowed. */
const EXPECTED: Record<string, Role> = {
  'DRAFT>PROPOSED': Role.EDITOR,
  'PROPOSED>DRAFT': Role.EDITOR,
  'PROPOSED>DECIDED': Role.EDITOR,
  'DRAFT>ARCHIVED': Role.ANALYST,
  'PROPOSED>ARCHIVED': Role.EDITOR,
  'DECIDED>ARCHIVED': Role.EDITOR,
};
const rank = (r: Role) => ROLES.indexOf(r);

describe('scenario status workflow', () => {
  const cases = STATUSES.flatMap((from) => STATUSES.flatMap((to) => ROLES.map((role) => [from, to, role] as const)));
  it.each(cases)('%s → %s as %s', (from, to, role) => {
    const need = EXPECTED[`${from}>${to}`];
    const expected = !need ? { ok: false, code: 'CONFLICT' } : rank(role) < rank(need) ? { ok: false, code: 'FORBIDDEN' } : { ok: true };
    expect(checkTransition(from, to, role)).toMatchObject(expected);
  });

  it('archived and decided are where a decision ends: nothing leads back to a draft', () => {
    expect(allowedTransitions('ARCHIVED', Role.ADMIN)).toEqual([]);
    expect(allowedTransitions('DECIDED', Role.ADMIN)).toEqual(['ARCHIVED']);
    expect(allowedTransitions('DRAFT', Role.ANALYST)).toEqual(['ARCHIVED']);
    expect(allowedTransitions('DRAFT', Role.EDITOR)).toEqual(['PROPOSED', 'ARCHIVED']);
  });

  it('inputs change only in a draft; a viewer changes nothing', () => {
    expect(checkEdit('editInputs', 'DRAFT', Role.ANALYST).ok).toBe(true);
    expect(checkEdit('editInputs', 'PROPOSED', Role.ADMIN)).toMatchObject({ ok: false, code: 'CONFLICT' });
    for (const action of ['editInputs', 'delete', 'comment', 'manualRisk', 'followUp', 'overrideRating'] as const) {
      expect(checkEdit(action, 'DRAFT', Role.VIEWER)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('overrides need an EDITOR and an open assessment; follow-up goes on after the decision', () => {
    expect(checkEdit('overrideRating', 'PROPOSED', Role.ANALYST)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(checkEdit('overrideRating', 'PROPOSED', Role.EDITOR).ok).toBe(true);
    expect(checkEdit('overrideRating', 'DECIDED', Role.EDITOR)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(checkEdit('followUp', 'DECIDED', Role.ANALYST).ok).toBe(true);
    expect(checkEdit('followUp', 'ARCHIVED', Role.ADMIN)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

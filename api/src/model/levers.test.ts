import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoInput } from './fixtures.js';
import { leverContext, leverFromInput, validateScenario } from './levers.js';
import type { Lever } from './levers.js';

const ctx = leverContext(demoInput());
const check = (levers: Lever[], horizonYears = 3) => validateScenario(ctx, { baseYear: 2026, horizonYears, levers });

describe('lever validation', () => {
  it('accepts the demo cut', () => {
    expect(check([{ kind: 'changePostFte', postId: 'p-support', deltaFte: -1, fromYear: 2027 }])).toEqual([]);
  });

  it.each<{ name: string; levers: Lever[]; field: string; message: RegExp }>([
    { name: 'a cut larger than the post', levers: [{ kind: 'changePostFte', postId: 'p-assistive', deltaFte: -0.6 }], field: 'levers.0.changePostFte.deltaFte', message: /större än tjänstens omfattning \(0,50/ },
    {
      name: 'two cuts that together exceed the post',
      levers: [
        { kind: 'changePostFte', postId: 'p-support', deltaFte: -0.6 },
        { kind: 'changePostFte', postId: 'p-support', deltaFte: -0.5 },
      ],
      field: 'levers.1.changePostFte.deltaFte',
      message: /större än tjänstens omfattning \(0,40/,
    },
    { name: 'an unknown post', levers: [{ kind: 'changePostFte', postId: 'nope', deltaFte: -1 }], field: 'levers.0.changePostFte.postId', message: /Okänd tjänst/ },
    { name: 'FTE with three decimals', levers: [{ kind: 'changePostFte', postId: 'p-support', deltaFte: -0.125 }], field: 'levers.0.changePostFte.deltaFte', message: /två decimaler/ },
    { name: 'a year outside the horizon', levers: [{ kind: 'changePostFte', postId: 'p-support', deltaFte: -1, fromYear: 2030 }], field: 'levers.0.changePostFte.fromYear', message: /2027–2029/ },
    { name: 'percent below −100', levers: [{ kind: 'changeBudget', category: 'DEVICES', scope: { kind: 'all' }, percent: -101 }], field: 'levers.0.changeBudget.percent', message: /100 %/ },
    { name: 'both amount and percent', levers: [{ kind: 'changeBudget', category: 'DEVICES', scope: { kind: 'all' }, percent: -5, amountSek: 100 }], field: 'levers.0.changeBudget.percent', message: /antingen/ },
    { name: 'an unknown school', levers: [{ kind: 'changeBudget', category: 'DEVICES', scope: { kind: 'school', schoolUnitId: 'x' }, amountSek: -100 }], field: 'levers.0.changeBudget.schoolUnitId', message: /Okänd skolenhet/ },
    { name: 'money with öre', levers: [{ kind: 'changeBudget', category: 'DEVICES', scope: { kind: 'all' }, amountSek: 10.5 }], field: 'levers.0.changeBudget.amountSek', message: /hela kronor/ },
    { name: 'moving more time than the area has', levers: [{ kind: 'movePostTime', postId: 'p-gdpr', fromArea: 'TRAINING', toArea: 'DATA_PROTECTION', share: 0.1 }], field: 'levers.0.movePostTime.share', message: /bara 0 %/ },
    { name: 'a device lever that changes nothing', levers: [{ kind: 'changeDevices' }], field: 'levers.0.changeDevices', message: /minst en/ },
    { name: 'a replacement cycle of 0 years', levers: [{ kind: 'changeDevices', replacementCycleYears: 0 }], field: 'levers.0.changeDevices.replacementCycleYears', message: /1–10/ },
    { name: 'a training target above 1', levers: [{ kind: 'changeTrainingTarget', targetShare: 1.2 }], field: 'levers.0.changeTrainingTarget.targetShare', message: /andel/ },
  ])('refuses $name, naming $field', ({ levers, field, message }) => {
    const errors = check(levers);
    expect(errors.map((e) => e.field)).toContain(field);
    expect(errors.find((e) => e.field === field)?.message).toMatch(message);
  });

  it('refuses a horizon outside 1..10', () => {
    expect(check([], 0).map((e) => e.field)).toEqual(['horizonYears']);
    expect(check([], 11).map((e) => e.field)).toEqual(['horizonYears']);
  });

  it('property: a cut is accepted exactly when it leaves the post at 0 FTE or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: -1 }), (cutH) => {
        const errors = check([{ kind: 'changePostFte', postId: 'p-head', deltaFte: cutH / 100 }]);
        // p-head has 0.50 FTE
        expect(errors.map((e) => e.field)).toEqual(cutH >= -50 ? [] : ['levers.0.changePostFte.deltaFte']);
      }),
    );
  });

  it('property: percent below −100 is always refused at its path', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: -100.000001, noNaN: true }), fc.nat(5), (percent, pad) => {
        const filler: Lever[] = Array.from({ length: pad }, () => ({ kind: 'changeTrainingTarget', targetShare: 1 }));
        const errors = check([...filler, { kind: 'changeBudget', category: 'SUPPORT', scope: { kind: 'all' }, percent }]);
        expect(errors.map((e) => e.field)).toEqual([`levers.${pad}.changeBudget.percent`]);
      }),
    );
  });
});

describe('leverFromInput (the contract’s LeverInput)', () => {
  it('maps exactly one set field', () => {
    expect(leverFromInput({ changePostFte: { postId: 'p', deltaFte: -1, fromYear: null } }, 0)).toEqual({ kind: 'changePostFte', postId: 'p', deltaFte: -1, fromYear: undefined });
    expect(leverFromInput({ changeBudget: { category: 'DEVICES', schoolUnitId: 's', percent: -5 } }, 1)).toMatchObject({ kind: 'changeBudget', scope: { kind: 'school', schoolUnitId: 's' }, percent: -5 });
    expect(leverFromInput({ changeDevices: { oneToOneYears: [7, 8] } }, 0)).toMatchObject({ kind: 'changeDevices', oneToOneGrades: [7, 8] });
  });

  it('refuses none or more than one, naming the lever', () => {
    expect(leverFromInput({}, 2)).toEqual({ field: 'levers.2', message: expect.any(String) });
    expect(leverFromInput({ changePostFte: { postId: 'p', deltaFte: -1 }, changeDevices: { leaseCostPerMonthSek: 1 } }, 0)).toMatchObject({ field: 'levers.0' });
  });
});

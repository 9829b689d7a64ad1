import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';

describe('refusalOf', () => {
  it('names the field of a BAD_USER_INPUT and keeps the API’s message', () => {
    const e = new CombinedGraphQLErrors({ errors: [{ message: 'Ange restrisken vid uppföljningen.', extensions: { code: 'BAD_USER_INPUT', field: 'input.residualLikelihood' } }] });
    expect(refusalOf(e)).toEqual({ field: 'input.residualLikelihood', message: 'Ange restrisken vid uppföljningen.' });
  });

  it('has no field for a refusal that is not about one input, or for a network error', () => {
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'Scenariot är arkiverat; då går det inte att ändra egna risker.', extensions: { code: 'CONFLICT' } }] });
    expect(refusalOf(conflict)).toEqual({ field: null, message: 'Scenariot är arkiverat; då går det inte att ändra egna risker.' });
    expect(refusalOf(new Error('Failed to fetch'))).toEqual({ field: null, message: 'Failed to fetch' });
  });
});

import { CombinedGraphQLErrors } from '@apollo/client';

/** Why the API refused a change: its message and, for invalid input, the field it names (`extensions.field`). */
export function refusalOf(e: unknown): { field: string | null; message: string } {
  if (CombinedGraphQLErrors.is(e)) {
    const first = e.errors[0];
    const field = first?.extensions?.field;
    return { field: typeof field === 'string' ? field : null, message: first?.message ?? e.message };
  }
  return { field: null, message: e instanceof Error ? e.message : String(e) };
}

import type { ScenarioInput } from '../../../gql/graphql';

/** A saved scenario back as the input the builder and the comparison use (its levers are stored as JSON). */
export function savedToInput(saved: { name: string; baseYear: number; horizonYears: number; leversJson: string }): ScenarioInput {
  let levers: ScenarioInput['levers'] = [];
  try {
    const parsed: unknown = JSON.parse(saved.leversJson);
    if (Array.isArray(parsed)) levers = parsed as ScenarioInput['levers'];
  } catch {
    // A scenario whose levers cannot be read is compared as its base, which the card makes visible (0 levers).
  }
  return { name: saved.name, baseYear: saved.baseYear, horizonYears: saved.horizonYears, levers };
}

/** "25 nov. 2026" style dates for lists. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale === 'en' ? 'en-GB' : 'sv-SE', { year: 'numeric', month: 'short', day: 'numeric' });
}

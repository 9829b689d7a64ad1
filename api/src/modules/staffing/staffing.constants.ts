/**
 * Productive hours in one full-time post's year: 52 weeks × 40 h = 2,080 scheduled hours, less vacation
 * (25–32 days by age under the municipal agreement AB), public holidays, average sick leave (~5 %), and the
 * staff's own competence development and workplace meetings: about 1,600 hours of work for the schools.
 * Sources: SKR, Allmänna bestämmelser (AB) § 27 on vacation; SCB/SKR sick-leave statistics for municipal staff.
 * A placeholder until the scenario engine owns its assumptions (editable per municipality, versioned).
 */
export const PRODUCTIVE_HOURS_PER_FTE_YEAR = 1_600;

import { registerEnumType } from 'type-graphql';

/** Cumulative: each role may do everything the ones before it may. */
export enum Role {
  VIEWER = 'VIEWER',
  ANALYST = 'ANALYST',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'Behörighet. Kumulativ: VIEWER < ANALYST < EDITOR < ADMIN.',
  valuesConfig: {
    VIEWER: { description: 'Läser allt om sin kommun (t.ex. förtroendevalda).' },
    ANALYST: { description: 'Som VIEWER, och redigerar data, importerar och bygger scenarier.' },
    EDITOR: { description: 'Som ANALYST, och föreslår/beslutar scenarier och justerar riskbedömningar.' },
    ADMIN: { description: 'Som EDITOR, och hanterar användare och roller.' },
  },
});

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };

/** Whether `role` includes everything `required` may do. */
export const roleAtLeast = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && value in RANK;

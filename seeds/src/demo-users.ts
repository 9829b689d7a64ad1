/**
 * The demo accounts, one per role, so a newcomer can see what each role sees. They exist only in a database
 * seeded with the demo municipalities; their password comes from the API's config (DEMO_PASSWORD).
 */

export type DemoRole = 'VIEWER' | 'ANALYST' | 'EDITOR' | 'ADMIN';

export interface DemoUser {
  email: string;
  name: string;
  role: DemoRole;
  /** Kommunkod of the user's municipality. */
  municipalityCode: string;
}

export const demoUsers: DemoUser[] = [
  { email: 'politiker@exempelkommun.se', name: 'Eva Lindqvist', role: 'VIEWER', municipalityCode: '9901' },
  { email: 'forvaltningschef@exempelkommun.se', name: 'Anders Berg', role: 'EDITOR', municipalityCode: '9901' },
  { email: 'strateg@exempelkommun.se', name: 'Sara Nyström', role: 'ANALYST', municipalityCode: '9901' },
  { email: 'admin@exempelkommun.se', name: 'Johan Ek', role: 'ADMIN', municipalityCode: '9901' },
  { email: 'strateg@grannby.se', name: 'Maria Holm', role: 'ANALYST', municipalityCode: '9902' },
];

/**
 * Who may do what to a saved scenario, in which status. One table, enforced by the services and tested role by
 * role. DESIGN's roles: ANALYST builds scenarios; EDITOR also proposes and decides them and overrides risk ratings.
 *
 * - DRAFT: the inputs may change (ANALYST and up); the result follows the data and the assumptions.
 * - DRAFT → PROPOSED (EDITOR): the base data and the assumption values are frozen with the scenario.
 * - PROPOSED → DRAFT (EDITOR, "dra tillbaka"): the frozen copy is dropped; the draft follows the data again.
 * - PROPOSED → DECIDED (EDITOR): the decision rests on the frozen numbers, which never change after.
 * - → ARCHIVED: a draft by ANALYST and up (it is frozen as it stood), a proposal or a decision by EDITOR. Final.
 * - Delete: drafts only (ANALYST and up); anything proposed stays on record.
 */
import { Role, roleAtLeast } from '../auth/role.js';

export type ScenarioStatusCode = 'DRAFT' | 'PROPOSED' | 'DECIDED' | 'ARCHIVED';

export interface Transition {
  from: ScenarioStatusCode;
  to: ScenarioStatusCode;
  role: Role;
  /** What the frozen copy does: taken, dropped, or kept as it is. */
  frozenCopy: 'take' | 'drop' | 'keep';
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'DRAFT', to: 'PROPOSED', role: Role.EDITOR, frozenCopy: 'take' },
  { from: 'PROPOSED', to: 'DRAFT', role: Role.EDITOR, frozenCopy: 'drop' },
  { from: 'PROPOSED', to: 'DECIDED', role: Role.EDITOR, frozenCopy: 'keep' },
  { from: 'DRAFT', to: 'ARCHIVED', role: Role.ANALYST, frozenCopy: 'take' },
  { from: 'PROPOSED', to: 'ARCHIVED', role: Role.EDITOR, frozenCopy: 'keep' },
  { from: 'DECIDED', to: 'ARCHIVED', role: Role.EDITOR, frozenCopy: 'keep' },
];

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; message: string };

const LABEL: Record<ScenarioStatusCode, string> = { DRAFT: 'utkast', PROPOSED: 'förslag', DECIDED: 'beslutat', ARCHIVED: 'arkiverat' };

export function checkTransition(from: ScenarioStatusCode, to: ScenarioStatusCode, role: Role): TransitionCheck {
  const transition = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) return { ok: false, code: 'CONFLICT', message: `Ett scenario som är ${LABEL[from]} kan inte bli ${LABEL[to]}.` };
  if (!roleAtLeast(role, transition.role)) {
    return { ok: false, code: 'FORBIDDEN', message: `Bara ${transition.role === Role.EDITOR ? 'förvaltningschef (EDITOR)' : 'analytiker (ANALYST)'} eller högre får göra ett ${LABEL[from]} till ${LABEL[to]}.` };
  }
  return { ok: true, transition };
}

/** The statuses the caller may move a scenario to from where it is. */
export function allowedTransitions(from: ScenarioStatusCode, role: Role): ScenarioStatusCode[] {
  return TRANSITIONS.filter((t) => t.from === from && roleAtLeast(role, t.role)).map((t) => t.to);
}

/** What a change to a scenario's content or register needs: the least role and the statuses it is allowed in. */
export const EDIT_RULES = {
  /** Name, description, base year, horizon, levers. */
  editInputs: { role: Role.ANALYST, statuses: ['DRAFT'] },
  delete: { role: Role.ANALYST, statuses: ['DRAFT'] },
  duplicate: { role: Role.ANALYST, statuses: ['DRAFT', 'PROPOSED', 'DECIDED', 'ARCHIVED'] },
  comment: { role: Role.ANALYST, statuses: ['DRAFT', 'PROPOSED', 'DECIDED', 'ARCHIVED'] },
  /** Add, change or remove a manual risk: while the assessment is open. */
  manualRisk: { role: Role.ANALYST, statuses: ['DRAFT', 'PROPOSED'] },
  /** Override (or restore) a rating: the head of administration's judgement, before the decision. */
  overrideRating: { role: Role.EDITOR, statuses: ['DRAFT', 'PROPOSED'] },
  /** Mitigations, residual ratings, the assessment step, participants: acting and following up go on after the decision. */
  followUp: { role: Role.ANALYST, statuses: ['DRAFT', 'PROPOSED', 'DECIDED'] },
} as const satisfies Record<string, { role: Role; statuses: readonly ScenarioStatusCode[] }>;

export type EditAction = keyof typeof EDIT_RULES;

const ACTION_LABEL: Record<EditAction, string> = {
  editInputs: 'ändra scenariots indata',
  delete: 'ta bort scenariot',
  duplicate: 'kopiera scenariot',
  comment: 'kommentera',
  manualRisk: 'ändra egna risker',
  overrideRating: 'justera en riskbedömning',
  followUp: 'ändra åtgärder och uppföljning',
};

export function checkEdit(action: EditAction, status: ScenarioStatusCode, role: Role): { ok: true } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; message: string } {
  const rule = EDIT_RULES[action];
  if (!roleAtLeast(role, rule.role)) return { ok: false, code: 'FORBIDDEN', message: `Din roll får inte ${ACTION_LABEL[action]}.` };
  if (!(rule.statuses as readonly ScenarioStatusCode[]).includes(status)) {
    return { ok: false, code: 'CONFLICT', message: `Scenariot är ${LABEL[status]}; då går det inte att ${ACTION_LABEL[action]}.` };
  }
  return { ok: true };
}

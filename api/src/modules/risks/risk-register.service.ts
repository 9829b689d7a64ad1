/**
 * The risk register's changes: manual risks, overrides (EDITOR, with a justification; the original rating stays),
 * residual ratings, the assessment step (AFS 2023:1), mitigations and the employees' side's participation. Each
 * change asks its scenario's gate first (the saved-scenarios workflow: the caller's scenario, in a status and for a
 * role that allow the change) and writes its audit event, naming the scenario so the scenario's trail shows it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badUserInput, notFound } from '../../graphql/errors.js';
import { RISK_AREAS, type RiskArea } from '../../model/index.js';
import type { AuditAction } from '../audit/audit-event.entity.js';
import { recordChange } from '../audit/audit.service.js';
import { RISK_STEPS, type MitigationData, type RiskRowData, type RiskStep } from './risk-register.rules.js';

/** Who changes the register: the overrides record the user, the audit trail the actor (the user's e-mail). */
export interface RegisterCaller {
  municipalityId: string;
  userId: string;
  actor: string;
}

/** The kinds of change to a register; the saved-scenarios workflow says in which status and for which role each is open. */
export type RegisterChange = 'manualRisk' | 'overrideRating' | 'followUp';

/**
 * The scenario a change belongs to, checked before anything is written: the caller's (NOT_FOUND otherwise), open to
 * the change (FORBIDDEN or CONFLICT otherwise), locked when `lock` asks, and returned as the change's result. The
 * saved-scenarios module owns scenarios and their workflow, so it passes the gate in; the register knows neither.
 */
export type ScenarioGate<S> = (em: EntityManager, scenarioId: string, change: RegisterChange, lock: boolean) => Promise<S>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

/** Every snapshot names its scenario, so the scenario's trail finds the events of its risks too. */
type AuditSnapshot = { scenarioId: string } & Record<string, unknown>;

async function audit(
  em: EntityManager,
  caller: RegisterCaller,
  action: AuditAction,
  entity: 'ScenarioRisk' | 'ScenarioMitigation' | 'ScenarioParticipant',
  entityId: string,
  before: AuditSnapshot | null,
  after: AuditSnapshot | null,
): Promise<void> {
  await recordChange(em, { municipalityId: caller.municipalityId, actor: caller.actor, action, entity, entityId, before, after });
}

export const MAX_MANUAL_RISKS = 50;
export const MAX_MITIGATIONS_PER_RISK = 20;
export const MAX_PARTICIPANTS = 50;

interface RiskDbRow {
  id: string;
  scenarioId: string;
  source: 'ENGINE' | 'MANUAL';
  area: RiskArea;
  description: string | null;
  likelihood: number | null;
  consequence: number | null;
  overrideLikelihood: number | null;
  overrideConsequence: number | null;
  overrideJustification: string | null;
  overriddenBy: string | null;
  overriddenAt: string | Date | null;
  residualLikelihood: number | null;
  residualConsequence: number | null;
  step: RiskStep;
  sortOrder: number;
  mitigations: (MitigationData & { dueDate: string | null })[];
}

const RISK_SELECT = `
  SELECT r.id, r.scenario_id AS "scenarioId", r.source, r.area, r.description, r.likelihood, r.consequence,
    r.override_likelihood AS "overrideLikelihood", r.override_consequence AS "overrideConsequence",
    r.override_justification AS "overrideJustification", (SELECT u.name FROM app_user u WHERE u.id = r.overridden_by_id) AS "overriddenBy",
    r.overridden_at AS "overriddenAt", r.residual_likelihood AS "residualLikelihood", r.residual_consequence AS "residualConsequence",
    r.step, r.sort_order AS "sortOrder",
    coalesce((SELECT json_agg(json_build_object('id', m.id, 'action', m.action, 'owner', m.owner, 'dueDate', m.due_date, 'done', m.done) ORDER BY m.seq)
      FROM scenario_mitigation m WHERE m.risk_id = r.id), '[]'::json) AS mitigations
  FROM scenario_risk r`;

function toRiskRow(r: RiskDbRow): RiskRowData & { scenarioId: string } {
  return {
    id: r.id,
    scenarioId: r.scenarioId,
    source: r.source,
    area: r.area,
    description: r.description,
    likelihood: r.likelihood,
    consequence: r.consequence,
    override:
      r.overrideLikelihood !== null
        ? { likelihood: r.overrideLikelihood, consequence: r.overrideConsequence!, justification: r.overrideJustification!, by: r.overriddenBy ?? 'okänd', at: new Date(r.overriddenAt!) }
        : null,
    residual: r.residualLikelihood !== null ? { likelihood: r.residualLikelihood, consequence: r.residualConsequence! } : null,
    step: r.step,
    sortOrder: r.sortOrder,
    mitigations: r.mitigations,
  };
}

/** The stored register rows of many scenarios in one statement. */
export async function riskRowsOf(em: EntityManager, municipalityId: string, scenarioIds: readonly string[]): Promise<Map<string, RiskRowData[]>> {
  const rows = await em.execute<RiskDbRow[]>(`${RISK_SELECT} WHERE r.municipality_id = ? AND r.scenario_id = ANY(ARRAY[?]::uuid[]) ORDER BY r.sort_order, r.created_at`, [
    municipalityId,
    [...scenarioIds],
  ]);
  const out = new Map<string, RiskRowData[]>(scenarioIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.scenarioId)?.push(toRiskRow(row));
  return out;
}

/** The risk, locked for the change, with its scenario through the gate; NOT_FOUND outside the caller's municipality. */
async function riskForChange<S>(
  em: EntityManager,
  caller: RegisterCaller,
  riskId: string,
  change: RegisterChange,
  gate: ScenarioGate<S>,
): Promise<{ risk: RiskRowData & { scenarioId: string }; scenario: S }> {
  const [row] = isUuid(riskId) ? await em.execute<RiskDbRow[]>(`${RISK_SELECT} WHERE r.municipality_id = ? AND r.id = ? FOR UPDATE OF r`, [caller.municipalityId, riskId]) : [];
  if (!row) throw notFound('Risken finns inte.');
  const scenario = await gate(em, row.scenarioId, change, false);
  return { risk: toRiskRow(row), scenario };
}

const snapshot = (r: RiskRowData & { scenarioId: string }) => ({
  scenarioId: r.scenarioId,
  riskId: r.id,
  source: r.source,
  area: r.area,
  description: r.description,
  likelihood: r.likelihood,
  consequence: r.consequence,
  override: r.override,
  residual: r.residual,
  step: r.step,
});

async function reread(em: EntityManager, caller: RegisterCaller, riskId: string) {
  const [row] = await em.execute<RiskDbRow[]>(`${RISK_SELECT} WHERE r.municipality_id = ? AND r.id = ?`, [caller.municipalityId, riskId]);
  return toRiskRow(row!);
}

function rating(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw badUserInput(field, 'Bedömningen anges som ett heltal 1–5.');
  return value;
}

function text(value: string, field: string, max: number, what: string): string {
  const t = value.trim();
  if (t.length < 1) throw badUserInput(field, `${what} får inte vara tom.`);
  if (t.length > max) throw badUserInput(field, `${what} får vara högst ${max} tecken.`);
  return t;
}

function area(value: string): RiskArea {
  if (!(RISK_AREAS as readonly string[]).includes(value)) throw badUserInput('input.area', `Okänt riskområde "${value}".`);
  return value as RiskArea;
}

export interface ManualRiskData {
  area: string;
  description: string;
  likelihood: number;
  consequence: number;
}

function checkManual(input: ManualRiskData): ManualRiskData {
  return {
    area: area(input.area),
    description: text(input.description, 'input.description', 5000, 'Beskrivningen'),
    likelihood: rating(input.likelihood, 'input.likelihood'),
    consequence: rating(input.consequence, 'input.consequence'),
  };
}

export async function addManualRisk<S>(em: EntityManager, caller: RegisterCaller, scenarioId: string, input: ManualRiskData, gate: ScenarioGate<S>): Promise<S> {
  const clean = checkManual(input);
  return em.transactional(async (tx) => {
    // Locked: the count below must not race another addition.
    const scenario = await gate(tx, scenarioId, 'manualRisk', true);
    const [{ count, next }] = (await tx.execute<{ count: number; next: number }[]>(
      `SELECT count(*)::int AS count, coalesce(max(sort_order), 0)::int + 1 AS next FROM scenario_risk WHERE municipality_id = ? AND scenario_id = ? AND source = 'MANUAL'`,
      [caller.municipalityId, scenarioId],
    )) as [{ count: number; next: number }];
    if (count >= MAX_MANUAL_RISKS) throw badUserInput('scenarioId', `Högst ${MAX_MANUAL_RISKS} egna risker per scenario.`);
    const [created] = await tx.execute<{ id: string }[]>(
      `INSERT INTO scenario_risk (municipality_id, scenario_id, source, area, description, likelihood, consequence, sort_order)
       VALUES (?, ?, 'MANUAL', ?, ?, ?, ?, ?) RETURNING id`,
      [caller.municipalityId, scenarioId, clean.area, clean.description, clean.likelihood, clean.consequence, next],
    );
    await audit(tx, caller, 'CREATE', 'ScenarioRisk', created!.id, null, { ...snapshot(await reread(tx, caller, created!.id)), change: 'addRisk' });
    return scenario;
  });
}

export async function updateManualRisk<S>(em: EntityManager, caller: RegisterCaller, riskId: string, input: ManualRiskData, gate: ScenarioGate<S>): Promise<S> {
  const clean = checkManual(input);
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'manualRisk', gate);
    if (risk.source !== 'MANUAL') throw badUserInput('riskId', 'Modellens risker ändras med en justering av bedömningen, inte direkt.');
    await tx.execute('UPDATE scenario_risk SET area = ?, description = ?, likelihood = ?, consequence = ?, updated_at = now() WHERE municipality_id = ? AND id = ?', [
      clean.area,
      clean.description,
      clean.likelihood,
      clean.consequence,
      caller.municipalityId,
      riskId,
    ]);
    await audit(tx, caller, 'UPDATE', 'ScenarioRisk', riskId, snapshot(risk), { ...snapshot(await reread(tx, caller, riskId)), change: 'updateRisk' });
    return scenario;
  });
}

export async function removeManualRisk<S>(em: EntityManager, caller: RegisterCaller, riskId: string, gate: ScenarioGate<S>): Promise<S> {
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'manualRisk', gate);
    if (risk.source !== 'MANUAL') throw badUserInput('riskId', 'Modellens risker kan inte tas bort; justera bedömningen med en motivering i stället.');
    await tx.execute('DELETE FROM scenario_risk WHERE municipality_id = ? AND id = ?', [caller.municipalityId, riskId]);
    await audit(tx, caller, 'DELETE', 'ScenarioRisk', riskId, snapshot(risk), null);
    return scenario;
  });
}

export const MIN_JUSTIFICATION = 10;

/** Overrides likelihood and consequence; the justification is required and the original rating stays visible. */
export async function overrideRisk<S>(
  em: EntityManager,
  caller: RegisterCaller,
  riskId: string,
  input: { likelihood: number; consequence: number; justification: string },
  gate: ScenarioGate<S>,
): Promise<S> {
  const likelihood = rating(input.likelihood, 'input.likelihood');
  const consequence = rating(input.consequence, 'input.consequence');
  const justification = input.justification.trim();
  if (justification.length < MIN_JUSTIFICATION) {
    throw badUserInput('input.justification', `En justerad bedömning kräver en motivering (minst ${MIN_JUSTIFICATION} tecken).`);
  }
  if (justification.length > 5000) throw badUserInput('input.justification', 'Motiveringen får vara högst 5 000 tecken.');
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'overrideRating', gate);
    await tx.execute(
      `UPDATE scenario_risk SET override_likelihood = ?, override_consequence = ?, override_justification = ?, overridden_by_id = ?, overridden_at = now(),
         step = CASE WHEN step = 'IDENTIFIED' THEN 'ASSESSED' ELSE step END, updated_at = now()
       WHERE municipality_id = ? AND id = ?`,
      [likelihood, consequence, justification, caller.userId, caller.municipalityId, riskId],
    );
    await audit(tx, caller, 'UPDATE', 'ScenarioRisk', riskId, snapshot(risk), { ...snapshot(await reread(tx, caller, riskId)), change: 'override' });
    return scenario;
  });
}

export async function clearOverride<S>(em: EntityManager, caller: RegisterCaller, riskId: string, gate: ScenarioGate<S>): Promise<S> {
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'overrideRating', gate);
    if (!risk.override) throw new DomainError('CONFLICT', 'Bedömningen är inte justerad.');
    await tx.execute(
      `UPDATE scenario_risk SET override_likelihood = NULL, override_consequence = NULL, override_justification = NULL, overridden_by_id = NULL,
         overridden_at = NULL, updated_at = now() WHERE municipality_id = ? AND id = ?`,
      [caller.municipalityId, riskId],
    );
    await audit(tx, caller, 'UPDATE', 'ScenarioRisk', riskId, snapshot(risk), { ...snapshot(await reread(tx, caller, riskId)), change: 'clearOverride' });
    return scenario;
  });
}

/** Residual rating (after the mitigations) and the assessment step, in one change. */
export async function assessRisk<S>(
  em: EntityManager,
  caller: RegisterCaller,
  riskId: string,
  input: { step: RiskStep; residualLikelihood?: number | null; residualConsequence?: number | null },
  gate: ScenarioGate<S>,
): Promise<S> {
  if (!RISK_STEPS.includes(input.step)) throw badUserInput('input.step', 'Okänt steg i riskbedömningen.');
  const hasResidual = input.residualLikelihood != null || input.residualConsequence != null;
  const residual = hasResidual
    ? { likelihood: rating(input.residualLikelihood ?? 0, 'input.residualLikelihood'), consequence: rating(input.residualConsequence ?? 0, 'input.residualConsequence') }
    : null;
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'followUp', gate);
    if ((input.step === 'ACTIONS_DECIDED' || input.step === 'FOLLOWED_UP') && risk.mitigations.length === 0) {
      throw badUserInput('input.step', 'Lägg till minst en åtgärd innan åtgärderna markeras som beslutade eller uppföljda.');
    }
    if (input.step === 'FOLLOWED_UP' && !(residual ?? risk.residual)) throw badUserInput('input.residualLikelihood', 'Ange restrisken vid uppföljningen.');
    await tx.execute(
      `UPDATE scenario_risk SET step = ?, residual_likelihood = coalesce(?, residual_likelihood), residual_consequence = coalesce(?, residual_consequence), updated_at = now()
       WHERE municipality_id = ? AND id = ?`,
      [input.step, residual?.likelihood ?? null, residual?.consequence ?? null, caller.municipalityId, riskId],
    );
    await audit(tx, caller, 'UPDATE', 'ScenarioRisk', riskId, snapshot(risk), { ...snapshot(await reread(tx, caller, riskId)), change: 'assess' });
    return scenario;
  });
}

export interface MitigationInputData {
  action: string;
  owner: string;
  dueDate?: string | null;
  done?: boolean | null;
}

function checkMitigation(input: MitigationInputData) {
  const dueDate = input.dueDate ?? null;
  if (dueDate !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) || new Date(`${dueDate}T00:00:00Z`).toISOString().slice(0, 10) !== dueDate)) {
    throw badUserInput('input.dueDate', 'Datumet anges som ÅÅÅÅ-MM-DD.');
  }
  return {
    action: text(input.action, 'input.action', 2000, 'Åtgärden'),
    owner: text(input.owner, 'input.owner', 200, 'Ansvarig'),
    dueDate,
    done: input.done ?? false,
  };
}

export async function addMitigation<S>(em: EntityManager, caller: RegisterCaller, riskId: string, input: MitigationInputData, gate: ScenarioGate<S>): Promise<S> {
  const clean = checkMitigation(input);
  return em.transactional(async (tx) => {
    const { risk, scenario } = await riskForChange(tx, caller, riskId, 'followUp', gate);
    if (risk.mitigations.length >= MAX_MITIGATIONS_PER_RISK) throw badUserInput('riskId', `Högst ${MAX_MITIGATIONS_PER_RISK} åtgärder per risk.`);
    const [created] = await tx.execute<{ id: string }[]>(
      `INSERT INTO scenario_mitigation (municipality_id, scenario_id, risk_id, action, owner, due_date, done) VALUES (?, ?, ?, ?, ?, ?::date, ?) RETURNING id`,
      [caller.municipalityId, risk.scenarioId, riskId, clean.action, clean.owner, clean.dueDate, clean.done],
    );
    await audit(tx, caller, 'CREATE', 'ScenarioMitigation', created!.id, null, { scenarioId: risk.scenarioId, riskId, ...clean, change: 'addMitigation' });
    return scenario;
  });
}

async function mitigationForChange<S>(em: EntityManager, caller: RegisterCaller, id: string, gate: ScenarioGate<S>) {
  const [row] = isUuid(id)
    ? await em.execute<{ id: string; riskId: string; action: string; owner: string; dueDate: string | null; done: boolean }[]>(
        `SELECT id, risk_id AS "riskId", action, owner, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", done FROM scenario_mitigation WHERE municipality_id = ? AND id = ? FOR UPDATE`,
        [caller.municipalityId, id],
      )
    : [];
  if (!row) throw notFound('Åtgärden finns inte.');
  const { risk, scenario } = await riskForChange(em, caller, row.riskId, 'followUp', gate);
  return { row, scenarioId: risk.scenarioId, scenario };
}

export async function updateMitigation<S>(em: EntityManager, caller: RegisterCaller, id: string, input: MitigationInputData, gate: ScenarioGate<S>): Promise<S> {
  const clean = checkMitigation(input);
  return em.transactional(async (tx) => {
    const { row, scenarioId, scenario } = await mitigationForChange(tx, caller, id, gate);
    await tx.execute('UPDATE scenario_mitigation SET action = ?, owner = ?, due_date = ?::date, done = ? WHERE municipality_id = ? AND id = ?', [
      clean.action,
      clean.owner,
      clean.dueDate,
      clean.done,
      caller.municipalityId,
      id,
    ]);
    await audit(tx, caller, 'UPDATE', 'ScenarioMitigation', id, { scenarioId, ...row }, { scenarioId, riskId: row.riskId, ...clean, change: 'updateMitigation' });
    return scenario;
  });
}

export async function removeMitigation<S>(em: EntityManager, caller: RegisterCaller, id: string, gate: ScenarioGate<S>): Promise<S> {
  return em.transactional(async (tx) => {
    const { row, scenarioId, scenario } = await mitigationForChange(tx, caller, id, gate);
    await tx.execute('DELETE FROM scenario_mitigation WHERE municipality_id = ? AND id = ?', [caller.municipalityId, id]);
    await audit(tx, caller, 'DELETE', 'ScenarioMitigation', id, { scenarioId, ...row }, null);
    return scenario;
  });
}

/* ------------------------------------------------------------------ participants */

export interface ParticipantRow {
  id: string;
  name: string;
  role: string;
  participatedOn: string;
  note: string | null;
}

export async function participantsOf(em: EntityManager, municipalityId: string, scenarioIds: readonly string[]): Promise<Map<string, ParticipantRow[]>> {
  const rows = await em.execute<(ParticipantRow & { scenarioId: string })[]>(
    `SELECT id, scenario_id AS "scenarioId", name, role, to_char(participated_on, 'YYYY-MM-DD') AS "participatedOn", note
     FROM scenario_participant WHERE municipality_id = ? AND scenario_id = ANY(ARRAY[?]::uuid[]) ORDER BY participated_on, seq`,
    [municipalityId, [...scenarioIds]],
  );
  const out = new Map<string, ParticipantRow[]>(scenarioIds.map((id) => [id, []]));
  for (const { scenarioId, ...row } of rows) out.get(scenarioId)?.push(row);
  return out;
}

export async function addParticipant<S>(
  em: EntityManager,
  caller: RegisterCaller,
  scenarioId: string,
  input: { name: string; role: string; participatedOn: string; note?: string | null },
  gate: ScenarioGate<S>,
): Promise<S> {
  const clean = {
    name: text(input.name, 'input.name', 200, 'Namnet'),
    role: text(input.role, 'input.role', 200, 'Rollen'),
    participatedOn: input.participatedOn,
    note: input.note?.trim() || null,
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(clean.participatedOn) || Number.isNaN(Date.parse(`${clean.participatedOn}T00:00:00Z`))) {
    throw badUserInput('input.participatedOn', 'Datumet anges som ÅÅÅÅ-MM-DD.');
  }
  if (clean.note && clean.note.length > 2000) throw badUserInput('input.note', 'Anteckningen får vara högst 2 000 tecken.');
  return em.transactional(async (tx) => {
    // Locked: the count below must not race another addition.
    const scenario = await gate(tx, scenarioId, 'followUp', true);
    const [{ count }] = (await tx.execute<{ count: number }[]>('SELECT count(*)::int AS count FROM scenario_participant WHERE municipality_id = ? AND scenario_id = ?', [
      caller.municipalityId,
      scenarioId,
    ])) as [{ count: number }];
    if (count >= MAX_PARTICIPANTS) throw badUserInput('scenarioId', `Högst ${MAX_PARTICIPANTS} medverkande per scenario.`);
    const [created] = await tx.execute<{ id: string }[]>(
      'INSERT INTO scenario_participant (municipality_id, scenario_id, name, role, participated_on, note) VALUES (?, ?, ?, ?, ?::date, ?) RETURNING id',
      [caller.municipalityId, scenarioId, clean.name, clean.role, clean.participatedOn, clean.note],
    );
    await audit(tx, caller, 'CREATE', 'ScenarioParticipant', created!.id, null, { scenarioId, ...clean, change: 'addParticipant' });
    return scenario;
  });
}

export async function removeParticipant<S>(em: EntityManager, caller: RegisterCaller, id: string, gate: ScenarioGate<S>): Promise<S> {
  return em.transactional(async (tx) => {
    const [row] = isUuid(id)
      ? await tx.execute<(ParticipantRow & { scenarioId: string })[]>(
          `SELECT id, scenario_id AS "scenarioId", name, role, to_char(participated_on, 'YYYY-MM-DD') AS "participatedOn", note FROM scenario_participant WHERE municipality_id = ? AND id = ?`,
          [caller.municipalityId, id],
        )
      : [];
    if (!row) throw notFound('Den medverkande finns inte.');
    const scenario = await gate(tx, row.scenarioId, 'followUp', true);
    await tx.execute('DELETE FROM scenario_participant WHERE municipality_id = ? AND id = ?', [caller.municipalityId, id]);
    await audit(tx, caller, 'DELETE', 'ScenarioParticipant', id, { ...row }, null);
    return scenario;
  });
}

/**
 * Saved scenarios: create, update with optimistic locking, the status workflow with its frozen copy, duplicate,
 * delete, comments, and the scenario's audit trail. Raw SQL in the request's transaction (row-level security scopes
 * every statement to the caller's municipality; the statements say so too). Every change writes its audit event in
 * the same transaction, carrying the scenario's id so the trail can be read per scenario.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badUserInput, notFound } from '../../graphql/errors.js';
import { pagedSql } from '../../graphql/sql-page.js';
import type { ConnectionShape, PageRequest } from '../../graphql/types/connection.js';
import { RISK_AREAS, type LeverInputShape } from '../../model/index.js';
import type { AuditAction } from '../audit/audit-event.entity.js';
import { recordChange } from '../audit/audit.service.js';
import { NOT_SIGNED_IN } from '../auth/auth.service.js';
import type { Role } from '../auth/role.js';
import type { User } from '../auth/user.entity.js';
import type { ScenarioGate } from '../risks/risk-register.service.js';
import { checkEdit, checkTransition, type EditAction, type ScenarioStatusCode } from './workflow.rules.js';

export interface Caller {
  municipalityId: string;
  userId: string;
  role: Role;
  /** The audit trail's actor: the user's e-mail. */
  actor: string;
}

/** The signed-in user as a caller of these services; UNAUTHENTICATED without one. */
export function scenarioCaller(user: Pick<User, 'id' | 'municipalityId' | 'role' | 'email'> | null): Caller {
  if (!user) throw new DomainError('UNAUTHENTICATED', NOT_SIGNED_IN);
  return { municipalityId: user.municipalityId, userId: user.id, role: user.role, actor: user.email };
}

/** A user as the scenario rows carry them (enough for the GraphQL User type). */
export interface UserRef {
  id: string;
  municipalityId: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

/** What a client sends: the contract's ScenarioInput plus the background text. */
export interface ScenarioData {
  name: string;
  /** On update, null keeps the scenario's background as it is. */
  description: string | null;
  baseYear: number;
  horizonYears: number;
  levers: LeverInputShape[];
}

export interface ScenarioRow {
  id: string;
  name: string;
  description: string;
  status: ScenarioStatusCode;
  version: number;
  baseYear: number;
  horizonYears: number;
  levers: LeverInputShape[];
  owner: UserRef;
  createdBy: UserRef;
  proposedBy: UserRef | null;
  decidedBy: UserRef | null;
  createdAt: Date;
  updatedAt: Date;
  proposedAt: Date | null;
  decidedAt: Date | null;
  frozenAt: Date | null;
}

export const MAX_NAME_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 20_000;
export const STALE_VERSION = 'Scenariot har ändrats av någon annan sedan du läste det. Läs in det igen och gör om ändringen.';
export const NOT_FOUND = 'Scenariot finns inte.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

const userJson = (column: string) =>
  `(SELECT json_build_object('id', u.id, 'municipalityId', u.municipality_id, 'email', u.email, 'name', u.name, 'role', u.role, 'active', u.active)
      FROM app_user u WHERE u.id = ${column})`;

/** The columns every read of a scenario selects; `sort_key` lists the newest first. */
const SELECT = `
  SELECT s.id, s.name, s.description, s.status, s.version, s.base_year AS "baseYear", s.horizon_years AS "horizonYears", s.levers,
    s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.proposed_at AS "proposedAt", s.decided_at AS "decidedAt",
    s.frozen_at AS "frozenAt",
    ${userJson('s.owner_id')} AS owner, ${userJson('s.created_by_id')} AS "createdBy",
    ${userJson('s.proposed_by_id')} AS "proposedBy", ${userJson('s.decided_by_id')} AS "decidedBy",
    lpad((9223372036854775807 - s.seq)::text, 19, '0') AS sort_key
  FROM saved_scenario s`;

type RawRow = Omit<ScenarioRow, 'createdAt' | 'updatedAt' | 'proposedAt' | 'decidedAt' | 'frozenAt'> & Record<'createdAt' | 'updatedAt' | 'proposedAt' | 'decidedAt' | 'frozenAt', string | Date | null>;

const date = (v: string | Date | null) => (v === null ? null : new Date(v));
function toRow(raw: RawRow): ScenarioRow {
  return {
    ...raw,
    createdAt: date(raw.createdAt)!,
    updatedAt: date(raw.updatedAt)!,
    proposedAt: date(raw.proposedAt),
    decidedAt: date(raw.decidedAt),
    frozenAt: date(raw.frozenAt),
  };
}

export async function listScenarios(
  em: EntityManager,
  municipalityId: string,
  page: PageRequest,
  statuses: ScenarioStatusCode[] | null,
): Promise<ConnectionShape<ScenarioRow>> {
  const filter = statuses && statuses.length > 0 ? ' AND s.status = ANY(ARRAY[?]::text[])' : '';
  const params: unknown[] = [municipalityId, ...(filter ? [statuses] : [])];
  const result = await pagedSql<RawRow & { sort_key: string }>(em, `${SELECT} WHERE s.municipality_id = ?${filter}`, params, page);
  return { ...result, nodes: result.nodes.map(toRow) };
}

/** The scenario, or null when it is not the caller's municipality's (or does not exist). */
export async function findScenario(em: EntityManager, municipalityId: string, id: string, lock = false): Promise<ScenarioRow | null> {
  if (!isUuid(id)) return null;
  const [raw] = await em.execute<RawRow[]>(`${SELECT} WHERE s.municipality_id = ? AND s.id = ?${lock ? ' FOR UPDATE OF s' : ''}`, [municipalityId, id]);
  return raw ? toRow(raw) : null;
}

export async function getScenario(em: EntityManager, municipalityId: string, id: string, lock = false): Promise<ScenarioRow> {
  const row = await findScenario(em, municipalityId, id, lock);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Several scenarios in the order asked, in one statement; NOT_FOUND when any is not the caller's municipality's. */
export async function getScenarios(em: EntityManager, municipalityId: string, ids: readonly string[]): Promise<ScenarioRow[]> {
  if (!ids.every(isUuid)) throw notFound(NOT_FOUND);
  const rows = await em.execute<RawRow[]>(`${SELECT} WHERE s.municipality_id = ? AND s.id = ANY(ARRAY[?]::uuid[])`, [municipalityId, [...ids]]);
  const byId = new Map(rows.map((raw) => [raw.id, toRow(raw)]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound(NOT_FOUND);
    return row;
  });
}

export function assertEdit(action: EditAction, row: Pick<ScenarioRow, 'status'>, caller: Caller): void {
  const check = checkEdit(action, row.status, caller.role);
  if (!check.ok) throw new DomainError(check.code, check.message);
}

/** What the risk register asks before a change: the caller's scenario, open to that change under the workflow. */
export const registerGate =
  (caller: Caller): ScenarioGate<ScenarioRow> =>
  async (em, scenarioId, change, lock) => {
    const scenario = await getScenario(em, caller.municipalityId, scenarioId, lock);
    assertEdit(change, scenario, caller);
    return scenario;
  };

/** The scenario as its audit events record it: its own fields, never the frozen copy (large; it has its own event). */
export const scenarioSnapshot = (row: Pick<ScenarioRow, 'id' | 'name' | 'description' | 'status' | 'version' | 'baseYear' | 'horizonYears' | 'levers'> & { ownerId?: string }) => ({
  scenarioId: row.id,
  name: row.name,
  description: row.description,
  status: row.status,
  version: row.version,
  baseYear: row.baseYear,
  horizonYears: row.horizonYears,
  levers: row.levers,
  ...(row.ownerId ? { ownerId: row.ownerId } : {}),
});

/** Every snapshot names its scenario, so the scenario's trail finds the events of its comments too (the risks module's name it as well). */
export type AuditSnapshot = { scenarioId: string } & Record<string, unknown>;

export async function audit(
  em: EntityManager,
  caller: Caller,
  action: AuditAction,
  entity: 'Scenario' | 'ScenarioComment',
  entityId: string,
  before: AuditSnapshot | null,
  after: AuditSnapshot | null,
): Promise<void> {
  await recordChange(em, { municipalityId: caller.municipalityId, actor: caller.actor, action, entity, entityId, before, after });
}

/** Shape checks that need no data: the name, the background and the horizon. Levers are checked against the base. */
export function checkScenarioData(data: ScenarioData): ScenarioData & { description: string } {
  const name = data.name.trim();
  const description = data.description ?? '';
  if (name.length < 1 || name.length > MAX_NAME_LENGTH) throw badUserInput('input.name', `Namnet ska vara 1–${MAX_NAME_LENGTH} tecken.`);
  if (description.length > MAX_DESCRIPTION_LENGTH) throw badUserInput('description', `Bakgrunden får vara högst ${MAX_DESCRIPTION_LENGTH} tecken.`);
  if (!Number.isInteger(data.horizonYears) || data.horizonYears < 1 || data.horizonYears > 10) throw badUserInput('input.horizonYears', 'Tidshorisonten måste vara 1–10 år.');
  return { ...data, name, description };
}

/** The levers as stored: plain JSON of the contract's LeverInput, nulls dropped. */
export const storedLevers = (levers: LeverInputShape[]): LeverInputShape[] => JSON.parse(JSON.stringify(levers, (_k, v: unknown) => (v === null ? undefined : v))) as LeverInputShape[];

export async function insertScenario(em: EntityManager, caller: Caller, data: ScenarioData & { description: string }, ownerId = caller.userId): Promise<string> {
  const [created] = await em.execute<{ id: string }[]>(
    `INSERT INTO saved_scenario (municipality_id, name, description, base_year, horizon_years, levers, owner_id, created_by_id)
     VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id`,
    [caller.municipalityId, data.name, data.description, data.baseYear, data.horizonYears, JSON.stringify(storedLevers(data.levers)), ownerId, caller.userId],
  );
  const id = created!.id;
  // The register has a row for every risk area from the start, so overrides and mitigations have a stable id.
  await em.execute(
    `INSERT INTO scenario_risk (municipality_id, scenario_id, source, area, sort_order)
     SELECT ?, ?, 'ENGINE', area, ord FROM unnest(ARRAY[?]::text[]) WITH ORDINALITY AS a(area, ord)`,
    [caller.municipalityId, id, [...RISK_AREAS]],
  );
  await audit(em, caller, 'CREATE', 'Scenario', id, null, { ...scenarioSnapshot({ id, status: 'DRAFT', version: 1, ...data, levers: storedLevers(data.levers) }), ownerId, change: 'create' });
  return id;
}

/** `validated` checks the levers against the base (BAD_USER_INPUT naming the field) before anything is written. */
export async function createScenario(em: EntityManager, caller: Caller, data: ScenarioData, validated: (data: ScenarioData) => Promise<void>): Promise<ScenarioRow> {
  const clean = checkScenarioData(data);
  await validated(clean);
  return em.transactional(async (tx) => getScenario(tx, caller.municipalityId, await insertScenario(tx, caller, clean)));
}

export async function updateScenario(
  em: EntityManager,
  caller: Caller,
  id: string,
  version: number,
  data: ScenarioData,
  validated: (data: ScenarioData) => Promise<void>,
): Promise<ScenarioRow> {
  return em.transactional(async (tx) => {
    const before = await getScenario(tx, caller.municipalityId, id, true);
    if (before.version !== version) throw new DomainError('CONFLICT', STALE_VERSION);
    assertEdit('editInputs', before, caller);
    const clean = checkScenarioData({ ...data, description: data.description ?? before.description });
    await validated(clean);
    await tx.execute(
      `UPDATE saved_scenario SET name = ?, description = ?, base_year = ?, horizon_years = ?, levers = ?::jsonb, version = version + 1, updated_at = now()
       WHERE municipality_id = ? AND id = ? AND version = ?`,
      [clean.name, clean.description, clean.baseYear, clean.horizonYears, JSON.stringify(storedLevers(clean.levers)), caller.municipalityId, id, version],
    );
    const after = await getScenario(tx, caller.municipalityId, id);
    await audit(tx, caller, 'UPDATE', 'Scenario', id, scenarioSnapshot(before), { ...scenarioSnapshot(after), change: 'update' });
    return after;
  });
}

/** The frozen copy a scenario takes when it leaves DRAFT: the base data and the assumption values, as JSON. */
export interface FrozenCopy {
  base: object;
  assumptions: object;
}

export async function setScenarioStatus(
  em: EntityManager,
  caller: Caller,
  id: string,
  version: number,
  to: ScenarioStatusCode,
  freeze: (row: ScenarioRow) => Promise<FrozenCopy>,
): Promise<ScenarioRow> {
  return em.transactional(async (tx) => {
    const before = await getScenario(tx, caller.municipalityId, id, true);
    if (before.version !== version) throw new DomainError('CONFLICT', STALE_VERSION);
    const check = checkTransition(before.status, to, caller.role);
    if (!check.ok) throw new DomainError(check.code, check.message);
    const sets = ['status = ?', 'version = version + 1', 'updated_at = now()'];
    const params: unknown[] = [to];
    let frozen: FrozenCopy | null = null;
    if (check.transition.frozenCopy === 'take') {
      frozen = await freeze(before);
      sets.push('frozen_at = now()', 'frozen_input = ?::jsonb', 'frozen_assumptions = ?::jsonb');
      params.push(JSON.stringify(frozen.base), JSON.stringify(frozen.assumptions));
    } else if (check.transition.frozenCopy === 'drop') {
      sets.push('frozen_at = NULL', 'frozen_input = NULL', 'frozen_assumptions = NULL');
    }
    if (to === 'PROPOSED') {
      sets.push('proposed_at = now()', 'proposed_by_id = ?');
      params.push(caller.userId);
    }
    if (to === 'DRAFT') sets.push('proposed_at = NULL', 'proposed_by_id = NULL');
    if (to === 'DECIDED') {
      sets.push('decided_at = now()', 'decided_by_id = ?');
      params.push(caller.userId);
    }
    await tx.execute(`UPDATE saved_scenario SET ${sets.join(', ')} WHERE municipality_id = ? AND id = ? AND version = ?`, [...params, caller.municipalityId, id, version]);
    const after = await getScenario(tx, caller.municipalityId, id);
    await audit(tx, caller, 'UPDATE', 'Scenario', id, scenarioSnapshot(before), {
      ...scenarioSnapshot(after),
      change: 'status',
      ...(frozen ? { frozenAssumptions: frozen.assumptions } : {}),
    });
    return after;
  });
}

export async function duplicateScenario(em: EntityManager, caller: Caller, id: string): Promise<ScenarioRow> {
  return em.transactional(async (tx) => {
    const source = await getScenario(tx, caller.municipalityId, id);
    assertEdit('duplicate', source, caller);
    const name = `Kopia av ${source.name}`.slice(0, MAX_NAME_LENGTH);
    const copy = await insertScenario(tx, caller, { name, description: source.description, baseYear: source.baseYear, horizonYears: source.horizonYears, levers: source.levers });
    // Manual risks come along (they describe the proposal); overrides and follow-up are judgements of the original.
    await tx.execute(
      `INSERT INTO scenario_risk (municipality_id, scenario_id, source, area, description, likelihood, consequence, sort_order)
       SELECT municipality_id, ?, 'MANUAL', area, description, likelihood, consequence, sort_order
       FROM scenario_risk WHERE municipality_id = ? AND scenario_id = ? AND source = 'MANUAL'`,
      [copy, caller.municipalityId, id],
    );
    await audit(tx, caller, 'UPDATE', 'Scenario', copy, null, { scenarioId: copy, change: 'duplicate', duplicatedFrom: id });
    return getScenario(tx, caller.municipalityId, copy);
  });
}

export async function deleteScenario(em: EntityManager, caller: Caller, id: string, version: number): Promise<boolean> {
  return em.transactional(async (tx) => {
    const before = await getScenario(tx, caller.municipalityId, id, true);
    if (before.version !== version) throw new DomainError('CONFLICT', STALE_VERSION);
    assertEdit('delete', before, caller);
    await tx.execute('DELETE FROM saved_scenario WHERE municipality_id = ? AND id = ?', [caller.municipalityId, id]);
    await audit(tx, caller, 'DELETE', 'Scenario', id, scenarioSnapshot(before), null);
    return true;
  });
}

/* ------------------------------------------------------------------ comments */

export interface CommentRow {
  id: string;
  scenarioId: string;
  body: string;
  createdAt: Date;
  author: UserRef;
}

export async function addComment(em: EntityManager, caller: Caller, scenarioId: string, body: string): Promise<ScenarioRow> {
  const text = body.trim();
  if (text.length < 1 || text.length > 5000) throw badUserInput('body', 'Kommentaren ska vara 1–5 000 tecken.');
  return em.transactional(async (tx) => {
    const row = await getScenario(tx, caller.municipalityId, scenarioId);
    assertEdit('comment', row, caller);
    const [created] = await tx.execute<{ id: string }[]>(
      'INSERT INTO scenario_comment (municipality_id, scenario_id, author_id, body) VALUES (?, ?, ?, ?) RETURNING id',
      [caller.municipalityId, scenarioId, caller.userId, text],
    );
    await audit(tx, caller, 'CREATE', 'ScenarioComment', created!.id, null, { scenarioId, body: text, change: 'comment' });
    return row;
  });
}

export async function listComments(em: EntityManager, municipalityId: string, scenarioId: string, page: PageRequest): Promise<ConnectionShape<CommentRow>> {
  const result = await pagedSql<{ sort_key: string; id: string; scenarioId: string; body: string; createdAt: string; author: UserRef }>(
    em,
    `SELECT c.id, c.scenario_id AS "scenarioId", c.body, c.created_at AS "createdAt", ${userJson('c.author_id')} AS author,
       lpad(c.seq::text, 19, '0') AS sort_key
     FROM scenario_comment c WHERE c.municipality_id = ? AND c.scenario_id = ?`,
    [municipalityId, scenarioId],
    page,
  );
  return { ...result, nodes: result.nodes.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })) };
}

/* ------------------------------------------------------------------ audit trail */

export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  actor: string;
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every event of the scenario and of its comments, risks, mitigations and participants, newest first. */
export async function auditTrail(em: EntityManager, municipalityId: string, scenarioId: string, page: PageRequest): Promise<ConnectionShape<AuditEntryRow>> {
  const result = await pagedSql<Omit<AuditEntryRow, 'occurredAt'> & { occurredAt: string; sort_key: string }>(
    em,
    `SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.actor, (SELECT u.name FROM app_user u WHERE u.email = e.actor) AS "actorName",
       e.action, e.entity, e.entity_id AS "entityId", e.before, e.after,
       lpad((9223372036854775807 - e.id)::text, 19, '0') AS sort_key
     FROM audit_event e
     WHERE e.municipality_id = ? AND e.entity LIKE 'Scenario%' AND (coalesce(e.after, e.before) ->> 'scenarioId') = ?`,
    [municipalityId, scenarioId],
    page,
  );
  return { ...result, nodes: result.nodes.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) })) };
}

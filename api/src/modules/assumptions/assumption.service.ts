/**
 * A municipality's assumption values: the model's defaults (api/src/model/assumptions.ts) overridden by versions
 * stored in assumption_version. Each change is a new version with who, when and why, and an audit record.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badUserInput } from '../../graphql/errors.js';
import { toConnection, type ConnectionShape, type PageRequest } from '../../graphql/types/connection.js';
import {
  ASSUMPTION_IDS,
  DEFAULT_ASSUMPTIONS,
  validateAssumptionOverrides,
  withOverrides,
  type AssumptionId,
  type AssumptionSet,
} from '../../model/index.js';
import { recordChange } from '../audit/audit.service.js';

export interface AssumptionOverride {
  value: number;
  version: number;
  source: string;
  changedBy: string;
  changedAt: Date;
}

export interface AssumptionVersionRow extends AssumptionOverride {
  assumptionId: string;
}

interface Row {
  assumption_id: string;
  version: number;
  value: number;
  source: string;
  changed_by: string;
  changed_at: Date | string;
  set_version?: number;
}

const toOverride = (r: Row): AssumptionVersionRow => ({
  assumptionId: r.assumption_id,
  value: Number(r.value),
  version: r.version,
  source: r.source,
  changedBy: r.changed_by,
  changedAt: new Date(r.changed_at),
});

const isAssumptionId = (id: string): id is AssumptionId => (ASSUMPTION_IDS as readonly string[]).includes(id);

/**
 * The newest version of every overridden assumption, and the number of changes the municipality has made (the
 * version of its whole set of values). One statement.
 */
export async function currentAssumptionOverrides(em: EntityManager, municipalityId: string): Promise<{ overrides: Map<AssumptionId, AssumptionOverride>; setVersion: number }> {
  const rows = await em.execute<Row[]>(
    `SELECT * FROM (
       SELECT DISTINCT ON (assumption_id) assumption_id, version, value, source, changed_by, changed_at,
         count(*) OVER ()::int AS set_version
       FROM assumption_version WHERE municipality_id = ? ORDER BY assumption_id, version DESC) latest`,
    [municipalityId],
  );
  const overrides = new Map<AssumptionId, AssumptionOverride>();
  let setVersion = 0;
  for (const r of rows) {
    setVersion = Math.max(setVersion, r.set_version ?? 0);
    // An id the model no longer knows is history only.
    if (isAssumptionId(r.assumption_id)) overrides.set(r.assumption_id, toOverride(r));
  }
  return { overrides, setVersion };
}

/** The municipality's assumption set in force: the model's defaults with the municipality's newest versions. */
export async function currentAssumptions(em: EntityManager, municipalityId: string): Promise<AssumptionSet> {
  const { overrides } = await currentAssumptionOverrides(em, municipalityId);
  return withOverrides(DEFAULT_ASSUMPTIONS, Object.fromEntries([...overrides].map(([id, o]) => [id, o.value])));
}

/** One assumption as the API shows it: the value in force with its version, the default and the range. */
export interface AssumptionView {
  id: AssumptionId;
  name: string;
  value: number;
  unit: string;
  defaultValue: number;
  low: number;
  high: number;
  /** The source note of the value in force: the municipality's own when overridden, else the model's. */
  source: string;
  defaultSource: string;
  /** 0 = the model's default, never changed by the municipality. */
  version: number;
  changedBy: string | null;
  /** ISO 8601, UTC. */
  changedAt: string | null;
}

export function assumptionView(id: AssumptionId, override: AssumptionOverride | undefined): AssumptionView {
  const d = DEFAULT_ASSUMPTIONS[id];
  return {
    id,
    name: d.label,
    value: override?.value ?? d.value,
    unit: d.unit,
    defaultValue: d.value,
    low: d.low,
    high: d.high,
    source: override?.source ?? d.source,
    defaultSource: d.source,
    version: override?.version ?? 0,
    changedBy: override?.changedBy ?? null,
    changedAt: override?.changedAt.toISOString() ?? null,
  };
}

export async function listAssumptions(em: EntityManager, municipalityId: string): Promise<AssumptionView[]> {
  const { overrides } = await currentAssumptionOverrides(em, municipalityId);
  return ASSUMPTION_IDS.map((id) => assumptionView(id, overrides.get(id)));
}

export const STALE_ASSUMPTION = 'Antagandet har ändrats sedan du läste det. Läs in det igen och gör om ändringen.';

/**
 * Stores a new version of one assumption: validated as the model validates overrides (together with the
 * municipality's other values, so e.g. the equity weights cannot all become 0), refused as CONFLICT when
 * `expectedVersion` is given and no longer current, recorded in the audit trail, all in one transaction.
 */
export async function setAssumption(
  em: EntityManager,
  caller: { municipalityId: string; actor: string },
  args: { id: string; value: number; source: string; expectedVersion?: number | null },
): Promise<AssumptionView> {
  const { id, value } = args;
  const source = args.source.trim();
  if (!isAssumptionId(id)) throw badUserInput('id', `Okänt antagande "${id}".`);
  if (source.length < 1 || source.length > 1000) throw badUserInput('source', 'Ange en källa eller motivering (1–1 000 tecken).');
  return em.transactional(async (tx) => {
    const { overrides } = await currentAssumptionOverrides(tx, caller.municipalityId);
    const current = overrides.get(id);
    const currentVersion = current?.version ?? 0;
    if (args.expectedVersion != null && args.expectedVersion !== currentVersion) throw new DomainError('CONFLICT', STALE_ASSUMPTION);
    const values: Record<string, number> = Object.fromEntries([...overrides].map(([k, o]) => [k, o.value]));
    values[id] = value;
    const problem = validateAssumptionOverrides(values).find((e) => e.field === `assumptions.${id}`) ?? validateAssumptionOverrides(values)[0];
    if (problem) throw badUserInput('value', problem.message);
    const version = currentVersion + 1;
    let inserted: Row[];
    try {
      inserted = await tx.execute<Row[]>(
        `INSERT INTO assumption_version (municipality_id, assumption_id, version, value, source, changed_by)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING assumption_id, version, value, source, changed_by, changed_at`,
        [caller.municipalityId, id, version, value, source, caller.actor],
      );
    } catch (error) {
      // Another request stored this version first (unique key): the caller's view is stale.
      if ((error as { code?: string }).code === '23505') throw new DomainError('CONFLICT', STALE_ASSUMPTION);
      throw error;
    }
    const after = toOverride(inserted[0]!);
    const before = assumptionView(id, current);
    await recordChange(tx, {
      municipalityId: caller.municipalityId,
      actor: caller.actor,
      action: 'UPDATE',
      entity: 'Assumption',
      entityId: id,
      before: { value: before.value, version: before.version, source: before.source },
      after: { value: after.value, version: after.version, source: after.source },
    });
    return assumptionView(id, after);
  });
}

/** The versions of one assumption, newest first, a page at a time (the cursor is the version). One statement. */
export async function assumptionHistory(em: EntityManager, municipalityId: string, id: string, page: PageRequest): Promise<ConnectionShape<AssumptionVersionRow>> {
  if (!isAssumptionId(id)) throw badUserInput('id', `Okänt antagande "${id}".`);
  const after = page.after === undefined ? null : Number(page.after);
  if (after !== null && !Number.isInteger(after)) throw badUserInput('after', 'after är ingen giltig markör (cursor) från en tidigare sida.');
  const [result] = await em.execute<{ total: number; rows: Row[] }[]>(
    `WITH v AS (SELECT assumption_id, version, value, source, changed_by, changed_at FROM assumption_version
                WHERE municipality_id = ? AND assumption_id = ?)
     SELECT (SELECT count(*) FROM v)::int AS total,
       coalesce((SELECT json_agg(p ORDER BY p.version DESC) FROM (
         SELECT * FROM v WHERE ?::int IS NULL OR version < ? ORDER BY version DESC LIMIT ?) p), '[]'::json) AS rows`,
    [municipalityId, id, after, after, page.first + 1],
  );
  return toConnection((result?.rows ?? []).map(toOverride), page, result?.total ?? 0, (r) => String(r.version));
}

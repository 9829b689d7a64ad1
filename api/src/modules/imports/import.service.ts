import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, DomainError } from '../../graphql/errors.js';
import { MAX_YEAR, MIN_YEAR } from '../../graphql/types/year.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { recordChange } from '../audit/audit.service.js';
import type { ImportReport, ImportRowError, ImportRowResult } from './dto/import.output.js';
import { readImportFile, type ReadFile } from './import-file.reader.js';
import { planTabular, type Plan, type PlanContext, type RecordDraft, type RowProblem, type Source } from './import-kinds.js';
import { ImportKind, ImportRowAction } from './import.enums.js';
import {
  insertRows,
  keyString,
  loadExisting,
  newId,
  normalise,
  sameValue,
  TABLES,
  updateRows,
  type ExistingRow,
  type TableName,
  type TableSpec,
} from './import-tables.js';
import { planSchoolRegister } from './school-register.planner.js';

export interface ImportCaller {
  municipalityId: string;
  municipalityCode: string;
  actor: string;
}

/** At most this many errors and row results travel in a report; the counts always cover the whole file. */
export const MAX_REPORTED_ERRORS = 1_000;
export const MAX_REPORTED_ROWS = 5_000;

/** Swedish names of the columns, for what an update changes. */
const COLUMN_LABELS: Record<string, string> = {
  name: 'namn',
  school_forms: 'skolformer',
  area: 'område',
  has_local_it_coordinator: 'lokal IT-samordnare',
  pupils: 'elever',
  pupils_preschool: 'barn i förskolan',
  pupils_f_3: 'elever F–3',
  pupils_4_6: 'elever 4–6',
  pupils_7_9: 'elever 7–9',
  pupils_upper_secondary: 'elever gymnasiet',
  pupils_other: 'elever övriga',
  teachers: 'lärare',
  teachers_fte: 'lärare (årsarbetare)',
  school_leaders: 'skolledare',
  socioeconomic_index: 'socioekonomiskt index',
  superusers: 'superanvändare',
  amount_sek: 'belopp',
  note: 'anteckning',
  device_count: 'antal',
  lease_cost_per_month_sek: 'leasingkostnad',
  lease_term_months: 'avtalstid',
  lease_start_year: 'leasingstart',
  replacement_cycle_years: 'utbytescykel',
  one_to_one: '1:1',
  value: 'värde',
};

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'J' : 'N';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
};

interface Change {
  table: TableSpec;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  id?: string;
  row: Record<string, unknown>;
  before: Record<string, unknown> | null;
  label: string;
  message: string | null;
  sources: Source[];
}

const sourceKey = (source: Source) => `${source.sheet ?? ''}\u0000${source.row}`;

function planFile(kind: ImportKind, file: ReadFile, ctx: PlanContext): Plan {
  return kind === ImportKind.SCHOOL_REGISTER ? planSchoolRegister(file.sheets, ctx) : planTabular(kind, file.sheets, ctx);
}

function describeFormat(file: ReadFile): string {
  if (file.format === 'XLSX') return `XLSX, ${file.sheets.length} blad`;
  const separator = file.separator === ';' ? 'semikolon' : file.separator === ',' ? 'komma' : 'tabb';
  return `CSV, ${file.encoding}, ${separator}`;
}

/**
 * Reads the file, compares every row with what the caller's municipality has, and (when `commit`) writes all of
 * it or nothing: any error in any row and nothing is written. Loads each table once, writes in multi-row
 * statements, and records one audit event for the import plus one per changed row.
 */
/** A file to import, however it arrived (base64 in GraphQL, or the bytes of an upload to /import/<kind>). */
export interface ImportFile {
  kind: ImportKind;
  fileName: string;
  bytes: Buffer;
  year?: number | null;
}

export async function runImport(em: EntityManager, caller: ImportCaller, input: ImportFile, commit: boolean): Promise<ImportReport> {
  if (input.year != null && (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > MAX_YEAR)) {
    throw badUserInput('input.year', `year måste vara ett årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.`);
  }
  if (!input.fileName.trim() || input.fileName.length > 255) throw badUserInput('input.fileName', 'Filnamnet saknas eller är för långt.');
  const file = await readImportFile(input.fileName, input.bytes);
  if (input.kind === ImportKind.SCHOOL_REGISTER && file.format !== 'XLSX') {
    // The sheet names say which school form a row is: a CSV has none.
    throw badUserInput('input.fileName', 'Skolenhetsregistret läses som Excel-arbetsbok (.xlsx) med ett blad per skolform, som Skolverket publicerar det.');
  }

  const indicators = new Map(
    (await em.execute<{ id: string; unit: string }[]>('SELECT id, unit FROM indicator')).map((row) => [row.id, row.unit]),
  );
  const plan = planFile(input.kind, file, { municipalityCode: caller.municipalityCode, year: input.year ?? null, indicators });
  const errors: RowProblem[] = [...plan.errors];
  const changes = await compare(em, caller, plan.drafts, errors);

  // Row by row: a row's action is the strongest of its records' (error > create > update > unchanged).
  const rank: Record<ImportRowAction, number> = { ERROR: 4, SKIP: 3, CREATE: 2, UPDATE: 1, UNCHANGED: 0 };
  const outcomes = new Map<string, ImportRowResult>();
  const note = (source: Source, action: ImportRowAction, key: string, message: string | null) => {
    const id = sourceKey(source);
    const current = outcomes.get(id);
    if (!current || rank[action] > rank[current.action]) outcomes.set(id, { sheet: source.sheet, row: source.row, action, key: current?.key || key, message });
    else if (current && action === current.action && message && current.action !== ImportRowAction.UNCHANGED) {
      current.message = current.message ? `${current.message}; ${message}` : message;
    }
  };
  for (const change of changes) for (const source of change.sources) note(source, ImportRowAction[change.action], change.label, change.message);
  for (const skip of plan.skips) note(skip, ImportRowAction.SKIP, skip.label, skip.message);
  for (const error of errors) if (error.row > 0) note(error, ImportRowAction.ERROR, error.label, error.column ? `${error.column}: ${error.message}` : error.message);

  const counted = [...outcomes.values()];
  const count = (action: ImportRowAction) => counted.filter((r) => r.action === action).length;
  const valid = errors.length === 0;
  let committed = false;
  if (commit && valid) {
    try {
      await write(em, caller, changes);
    } catch (error) {
      // Another import created the same rows between our read and our write: the whole import is refused.
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError('CONFLICT', 'Någon annan ändrade samma uppgifter under tiden. Förhandsvisa filen igen och importera sedan.');
      }
      throw error;
    }
    const summary = { fileName: input.fileName, format: describeFormat(file), rows: plan.rowsRead, creates: count(ImportRowAction.CREATE), updates: count(ImportRowAction.UPDATE), unchanged: 0, skipped: count(ImportRowAction.SKIP) };
    summary.unchanged = plan.rowsRead - summary.creates - summary.updates - summary.skipped;
    await recordChange(em, { municipalityId: caller.municipalityId, actor: caller.actor, action: 'CREATE', entity: 'Import', entityId: input.kind, before: null, after: summary });
    committed = true;
  }

  // Errors first, then in the file's order (sheet by sheet, row by row).
  const sheetOrder = new Map(file.sheets.map((sheet, i) => [sheet.name, i]));
  const order = (r: ImportRowResult) => [r.action === ImportRowAction.ERROR ? 0 : 1, sheetOrder.get(r.sheet) ?? 0, r.row];
  const rowResults = counted.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  const reportedErrors: ImportRowError[] = errors.slice(0, MAX_REPORTED_ERRORS).map(({ sheet, row, column, message }) => ({ sheet, row, column, message }));
  const creates = count(ImportRowAction.CREATE);
  const updates = count(ImportRowAction.UPDATE);
  const skipped = count(ImportRowAction.SKIP);
  const errorRows = count(ImportRowAction.ERROR);
  return {
    kind: input.kind,
    rows: plan.rowsRead,
    creates,
    updates,
    skipped,
    // Rows that produced nothing to write (e.g. a LIKA row with no levels) leave things as they are.
    unchanged: Math.max(0, plan.rowsRead - creates - updates - skipped - errorRows),
    errors: reportedErrors,
    errorCount: errors.length,
    committed,
    rowResults: rowResults.slice(0, MAX_REPORTED_ROWS),
    rowResultsTruncated: rowResults.length > MAX_REPORTED_ROWS,
    format: describeFormat(file),
  };
}

/** Resolves school unit codes, finds duplicates and compares each draft with the stored row. */
async function compare(em: EntityManager, caller: ImportCaller, drafts: RecordDraft[], errors: RowProblem[]): Promise<Change[]> {
  const existing = new Map<TableName, Map<string, ExistingRow>>();
  const tableRows = async (name: TableName) => {
    let rows = existing.get(name);
    if (!rows) existing.set(name, (rows = await loadExisting(em, TABLES[name], caller.municipalityId)));
    return rows;
  };
  const units = await tableRows('school_unit');
  const unitIds = new Map([...units.values()].map((u) => [String(u.row.code), u.id!]));

  const seen = new Map<string, Source>();
  const changes: Change[] = [];
  // School units first: the same import's facts may refer to a unit it creates (the register does).
  const ordered = [...drafts.filter((d) => d.table === 'school_unit'), ...drafts.filter((d) => d.table !== 'school_unit')];
  for (const draft of ordered) {
    const spec: TableSpec = TABLES[draft.table];
    const first = draft.sources[0]!;
    const key = { ...draft.key };
    if (draft.unitCode !== undefined) {
      if (draft.unitCode === null) key.school_unit_id = null;
      else {
        const id = unitIds.get(draft.unitCode);
        if (!id) {
          errors.push({ ...first, column: null, label: draft.label, message: `Skolenheten ${draft.unitCode} finns inte i din kommun. Importera skolenheterna först.` });
          continue;
        }
        key.school_unit_id = id;
      }
    }
    const identity = `${draft.table}\u0000${keyString(spec, key)}`;
    const earlier = seen.get(identity);
    if (earlier) {
      errors.push({ ...first, column: null, label: draft.label, message: `Dubblett: ${draft.label} finns redan på rad ${earlier.row}${earlier.sheet && earlier.sheet !== first.sheet ? ` i bladet ${earlier.sheet}` : ''}.` });
      continue;
    }
    seen.set(identity, first);

    const stored = (await tableRows(draft.table)).get(keyString(spec, key));
    const row: Record<string, unknown> = { ...(stored?.row ?? spec.defaults), ...key, ...draft.values };
    spec.derive?.(row);
    if (!stored) {
      const id = spec.hasId ? newId() : undefined;
      if (id) row.id = id;
      if (draft.table === 'school_unit') unitIds.set(String(key.code), id!);
      changes.push({ table: spec, action: 'CREATE', id, row, before: null, label: draft.label, message: null, sources: draft.sources });
      continue;
    }
    const changed = Object.entries(spec.values).filter(([column, cast]) => !sameValue(cast, row[column], stored.row[column]));
    changes.push({
      table: spec,
      action: changed.length > 0 ? 'UPDATE' : 'UNCHANGED',
      id: stored.id,
      row,
      before: stored.row,
      label: draft.label,
      message: changed.length > 0 ? changed.map(([c, cast]) => `${COLUMN_LABELS[c] ?? c}: ${show(normalise(cast, stored.row[c]))} → ${show(normalise(cast, row[c]))}`).join(', ') : null,
      sources: draft.sources,
    });
  }
  return changes;
}

/** Writes the creates and updates, table by table in multi-row statements, with an audit event per changed row. */
async function write(em: EntityManager, caller: ImportCaller, changes: Change[]): Promise<void> {
  const order: TableName[] = ['school_unit', 'school_year_fact', 'budget_line', 'device_fleet', 'indicator_value'];
  for (const name of order) {
    const spec = TABLES[name];
    const mine = changes.filter((c) => c.table.table === name);
    const creates = mine.filter((c) => c.action === 'CREATE');
    const updates = mine.filter((c) => c.action === 'UPDATE');
    if (creates.length > 0) await insertRows(em, spec, caller.municipalityId, creates.map((c) => c.row));
    if (updates.length > 0) await updateRows(em, spec, caller.municipalityId, updates.map((c) => ({ id: c.id, row: c.row })));
  }
  const audited = changes.filter((c) => c.action !== 'UNCHANGED');
  for (let i = 0; i < audited.length; i += 1_000) {
    await em.insertMany(
      AuditEvent,
      audited.slice(i, i + 1_000).map((c) => ({
        municipalityId: caller.municipalityId,
        actor: caller.actor,
        action: c.action as 'CREATE' | 'UPDATE',
        entity: c.table.entity,
        entityId: c.id ?? keyString(c.table, c.row).replaceAll('\u0000', '/'),
        before: c.before ? JSON.parse(JSON.stringify(c.before)) : null,
        after: JSON.parse(JSON.stringify(c.row)),
      })),
    );
  }
}

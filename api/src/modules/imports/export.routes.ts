import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { endRequest } from '../../db/request/orm-adapter.js';
import { MAX_YEAR, MIN_YEAR } from '../../graphql/types/year.js';
import { beginSessionRequest, isCrossSite } from '../auth/session.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { DomainError } from '../../graphql/errors.js';
import { exportTable, isExportTable } from './export.service.js';
import { readScenarioParam, scenarioComparisonTable } from './scenario-export.service.js';
import { COLUMNS } from './import-kinds.js';
import { ImportKind, KIND_SLUGS } from './import.enums.js';
import { CONTENT_TYPES, toCsv, toXlsx, type TableFile } from './table-file.writer.js';
import { parseNumber } from './swedish-values.js';

const FILE = /^([a-z0-9-]+)\.(csv|xlsx)$/;
/** GET /export/scenariojamforelse.csv|.xlsx?scenario=<base64url JSON of ScenarioInput>: base against scenario per year. */
export const SCENARIO_TABLE = 'scenariojamforelse';

/** Skolverket's register: the columns of its Grundskola sheet, for a template of the same shape. */
const REGISTER_TEMPLATE_HEADERS = [
  'HUVUDMANNATYP', 'ORGANISATIONSNR', 'LÄN', 'KOMMUN', 'KOMMUNNAMN', 'SKOLENHETSKOD', 'NAMN',
  'FKLASS', 'ÅR1', 'ÅR2', 'ÅR3', 'ÅR4', 'ÅR5', 'ÅR6', 'ÅR7', 'ÅR8', 'ÅR9',
  'ELEVER FKLASS', 'ELEVER ÅR1', 'ELEVER ÅR2', 'ELEVER ÅR3', 'ELEVER ÅR4', 'ELEVER ÅR5', 'ELEVER ÅR6', 'ELEVER ÅR7', 'ELEVER ÅR8', 'ELEVER ÅR9',
];
const REGISTER_EXAMPLE = ['Kommun', '212000-0000', '99', '9901', 'Exempelkommun', '72310458', 'Centrumskolan F–6', 'J', 'J', 'J', 'J', 'J', 'J', 'J', 'N', 'N', 'N', '78', '78', '78', '78', '78', '78', '78', '0', '0', '0'];

const TEXT_KEYS = new Set(['code', 'kommun', 'note', 'name', 'area', 'schoolForms']);

/** A template: the kind's Swedish headers and one example row (numbers as numbers in XLSX). */
export function templateTable(kind: ImportKind): TableFile<string[]> {
  if (kind === ImportKind.SCHOOL_REGISTER) {
    return {
      sheet: 'Grundskola',
      rows: [REGISTER_EXAMPLE],
      columns: REGISTER_TEMPLATE_HEADERS.map((header, i) => ({
        header,
        type: i >= 17 ? 'integer' : 'text',
        value: (row: string[]) => (i >= 17 ? Number(row[i]) : row[i]),
      })),
    };
  }
  const specs = COLUMNS[kind];
  return {
    sheet: 'Mall',
    rows: [specs.map((spec) => spec.example)],
    columns: specs.map((spec, i) => {
      const numeric = !TEXT_KEYS.has(spec.key) && parseNumber(spec.example).ok;
      return {
        header: spec.header,
        type: numeric ? 'decimal' : 'text',
        value: (row: string[]) => {
          const parsed = parseNumber(row[i] ?? '');
          return numeric && parsed.ok ? parsed.value : row[i];
        },
      };
    }),
  };
}

async function send<T>(reply: FastifyReply, name: string, format: 'csv' | 'xlsx', table: TableFile<T>): Promise<FastifyReply> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

/**
 * GET /templates/<kind>.csv|.xlsx (no data in them: anyone may fetch them) and GET /export/<table>.csv|.xlsx?year=
 * (the session cookie decides who and which municipality, exactly as for GraphQL: one transaction as the row-level
 * security role with the tenant set, and the ORM's tenant filter on).
 */
export function registerExportRoutes(server: FastifyInstance, orm: MikroORM, options: { sessionCookie: string; tenantEntities: string[] }): void {
  const kindBySlug = new Map(Object.entries(KIND_SLUGS).map(([kind, slug]) => [slug, kind as ImportKind]));

  server.get<{ Params: { file: string } }>('/templates/:file', async (request, reply) => {
    const match = FILE.exec(request.params.file);
    const kind = match ? kindBySlug.get(match[1]!) : undefined;
    if (!match || !kind || (kind === ImportKind.SCHOOL_REGISTER && match[2] === 'csv')) {
      return reply.code(404).send({ error: 'Not Found', message: 'Mallen finns inte.' });
    }
    return send(reply, `mall-${match[1]}`, match[2] as 'csv' | 'xlsx', templateTable(kind));
  });

  server.get<{ Params: { file: string }; Querystring: { year?: string; scenario?: string } }>('/export/:file', async (request, reply) => {
    if (isCrossSite(request.headers)) return reply.code(403).send({ error: 'Forbidden', message: 'Exporten hämtas från Likvärd.' });
    const match = FILE.exec(request.params.file);
    const scenarioComparison = match?.[1] === SCENARIO_TABLE;
    if (!match || (!isExportTable(match[1]!) && !scenarioComparison)) return reply.code(404).send({ error: 'Not Found', message: 'Tabellen finns inte.' });
    const table = match[1]!;
    const format = match[2] as 'csv' | 'xlsx';
    const yearText = request.query.year;
    const year = yearText === undefined ? null : Number(yearText);
    if (year !== null && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) {
      return reply.code(400).send({ error: 'Bad Request', message: `year måste vara ett årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.` });
    }

    const { request: bound, session } = await beginSessionRequest(orm.em, request.cookies[options.sessionCookie], options.tenantEntities);
    const em = bound.em;
    let ok = false;
    try {
      if (!session) return reply.code(401).send({ error: 'Unauthorized', message: 'Du är inte inloggad. Logga in och försök igen.' });
      const municipality = await em.findOneOrFail(Municipality, { id: session.user.municipalityId });
      if (scenarioComparison) {
        const comparison = await scenarioComparisonTable(em, municipality, readScenarioParam(request.query.scenario));
        ok = true;
        return await send(reply, `${SCENARIO_TABLE}-${municipality.code}`, format, comparison);
      }
      if (!isExportTable(table)) return reply.code(404).send({ error: 'Not Found', message: 'Tabellen finns inte.' });
      const file = await exportTable(em, municipality, table, year ?? municipality.budgetYear);
      ok = true;
      return await send(reply, `${table}-${municipality.code}${file.sheet.match(/\d{4}$/) ? `-${year ?? municipality.budgetYear}` : ''}`, format, file);
    } catch (error) {
      // A scenario the engine refuses (unknown post, cut below zero …): the same Swedish reason GraphQL gives.
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
        return reply.code(400).send({ error: 'Bad Request', message: error.message, field: error.field });
      }
      throw error;
    } finally {
      // Reads only: the transaction ends either way; committing a read is the same as rolling it back.
      await endRequest(bound, ok);
    }
  });
}

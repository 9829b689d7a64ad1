/**
 * GET /scenarios/:id/{analys|sammanfattning}.{pdf|docx}: the exported risk- och konsekvensanalys. Authorised like
 * GraphQL: the session cookie, in one transaction as the row-level security role with the caller's municipality
 * set, so another municipality's scenario is simply not found. Every signed-in role may read (VIEWER and up).
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { endRequest } from '../../db/request/orm-adapter.js';
import { beginSessionRequest, isCrossSite } from '../auth/session.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { participantsOf } from '../risks/risk-register.service.js';
import { CONTENT_TYPE, fileName, renderAnalysis, type AnalysisFormat, type AnalysisKind } from './document-export/analysis.export.js';
import { evaluateSaved } from './saved-scenario.evaluation.js';
import { findScenario } from './saved-scenario.service.js';
import { analysisDataOf } from './saved-scenario.views.js';

const FILE = /^(analys|sammanfattning)\.(pdf|docx)$/;

export function registerAnalysisRoutes(server: FastifyInstance, options: { orm: MikroORM; tenantEntities: string[]; sessionCookie: string }): void {
  server.get<{ Params: { id: string; file: string } }>('/scenarios/:id/:file', async (request, reply) => {
    if (isCrossSite(request.headers)) return reply.code(403).send({ error: 'Forbidden', message: 'Dokumentet hämtas från Likvärd.' });
    const match = FILE.exec(request.params.file);
    if (!match) return reply.code(404).send({ error: 'Not Found', message: 'Dokumentet finns inte.' });
    const kind = match[1] as AnalysisKind;
    const format = match[2] as AnalysisFormat;
    const { request: bound, session } = await beginSessionRequest(options.orm.em, request.cookies[options.sessionCookie], options.tenantEntities);
    const em = bound.em;
    let ok = false;
    try {
      if (!session) return reply.code(401).send({ error: 'Unauthorized', message: 'Logga in för att hämta dokumentet.' });
      const user = session.user;
      const row = await findScenario(em, user.municipalityId, request.params.id);
      if (!row) return reply.code(404).send({ error: 'Not Found', message: 'Scenariot finns inte.' });
      const municipality = await em.findOneOrFail(Municipality, { id: user.municipalityId });
      const evaluated = await evaluateSaved(em, municipality, row);
      const participants = (await participantsOf(em, user.municipalityId, [row.id])).get(row.id) ?? [];
      const document = await renderAnalysis(analysisDataOf(municipality, row, evaluated, participants, new Date()), kind, format);
      ok = true;
      return reply
        .header('content-type', CONTENT_TYPE[format])
        .header('content-disposition', `attachment; filename="${fileName(row.name, kind, format)}"`)
        .header('cache-control', 'private, no-store')
        .send(document);
    } finally {
      await endRequest(bound, ok);
    }
  });
}

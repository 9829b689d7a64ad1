/**
 * POST /import/<kind>?fileName=…&mode=preview|commit[&year=…]: an import file as the request body, the way a file
 * travels over HTTP (GraphQL bodies stay under 1 MB for everyone, so a file larger than about 750 kB comes here),
 * with exactly previewImport's and commitImport's semantics and report. Only for a signed-in ANALYST (or above),
 * in one request transaction as the row-level security role, like GraphQL.
 *
 * CSRF: the body must be `application/octet-stream`, `text/csv` or the XLSX type — none of them a type a page of
 * another site can send without a preflight (which this API never grants) — and a cross-site request is refused.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { endRequest } from '../../db/request/orm-adapter.js';
import { DomainError } from '../../graphql/errors.js';
import { FORBIDDEN_MESSAGE } from '../auth/auth.checker.js';
import { Role, roleAtLeast } from '../auth/role.js';
import { beginSessionRequest, isCrossSite } from '../auth/session.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { MAX_FILE_BYTES } from './import-file.reader.js';
import { ImportKind, KIND_SLUGS } from './import.enums.js';
import { runImport } from './import.service.js';

const UPLOAD_TYPES = ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

interface UploadQuery {
  fileName?: string;
  mode?: string;
  year?: string;
}

export function registerImportRoutes(server: FastifyInstance, orm: MikroORM, options: { sessionCookie: string; tenantEntities: string[] }): void {
  const kindBySlug = new Map(Object.entries(KIND_SLUGS).map(([kind, slug]) => [slug, kind as ImportKind]));

  // Its own encapsulated plugin: the raw-body parsers and the 20 MB limit hold for this route only.
  void server.register(async (files) => {
    files.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

    files.post<{ Params: { kind: string }; Querystring: UploadQuery }>('/import/:kind', { bodyLimit: MAX_FILE_BYTES }, async (request, reply) => {
      if (isCrossSite(request.headers)) return reply.code(403).send({ error: 'Forbidden', message: 'Filen skickas från Likvärd.' });
      const type = request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
      if (!type || !UPLOAD_TYPES.includes(type)) {
        return reply.code(415).send({ error: 'Unsupported Media Type', message: `Skicka filen som ${UPLOAD_TYPES.join(', ')}.` });
      }
      const kind = kindBySlug.get(request.params.kind) ?? (Object.values(ImportKind) as string[]).find((k) => k === request.params.kind);
      if (!kind) return reply.code(404).send({ error: 'Not Found', message: 'Det finns ingen sådan import.' });
      const { fileName, mode, year } = request.query;
      if (mode !== 'preview' && mode !== 'commit') return reply.code(400).send({ error: 'Bad Request', message: 'mode ska vara preview eller commit.', field: 'mode' });
      if (!fileName) return reply.code(400).send({ error: 'Bad Request', message: 'Filnamnet saknas.', field: 'fileName' });
      const yearNumber = year === undefined || year === '' ? null : Number(year);

      const { request: bound, session } = await beginSessionRequest(orm.em, request.cookies[options.sessionCookie], options.tenantEntities);
      let ok = false;
      try {
        if (!session) return reply.code(401).send({ error: 'Unauthorized', message: 'Du är inte inloggad. Logga in och försök igen.' });
        if (!roleAtLeast(session.user.role, Role.ANALYST)) return reply.code(403).send({ error: 'Forbidden', message: FORBIDDEN_MESSAGE });
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (bytes.length === 0) return reply.code(400).send({ error: 'Bad Request', message: 'Filen är tom.', field: 'file' });
        const municipality = await bound.em.findOneOrFail(Municipality, { id: session.user.municipalityId });
        const report = await runImport(
          bound.em,
          { municipalityId: municipality.id, municipalityCode: municipality.code, actor: session.user.email },
          { kind: kind as ImportKind, fileName, bytes, year: yearNumber },
          mode === 'commit',
        );
        ok = true;
        return reply.header('cache-control', 'no-store').send(report);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
          // The same Swedish reasons as GraphQL's; the file is the body here, not input.contentBase64.
          const field = error.field === 'input.contentBase64' ? 'file' : error.field?.replace(/^input\./, '');
          return reply.code(400).send({ error: 'Bad Request', message: error.message, field });
        }
        throw error;
      } finally {
        await endRequest(bound, ok);
      }
    });
  });
}

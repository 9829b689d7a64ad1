import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../auth/auth.context.js';
import { Role } from '../auth/role.js';
import { ImportFileInput } from './dto/import.input.js';
import { ImportReport } from './dto/import.output.js';
import { decodeContent } from './import-file.reader.js';
import { runImport, type ImportCaller } from './import.service.js';

const caller = async (ctx: GraphQLContext): Promise<ImportCaller> => {
  const municipality = await ctx.municipality();
  return { municipalityId: municipality.id, municipalityCode: municipality.code, actor: actorOf(ctx) };
};

@Resolver()
export class ImportResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => ImportReport, { description: 'Förhandsvisar en import rad för rad: vad som skulle skapas, ändras, lämnas, hoppas över och vad som är fel. Skriver ingenting.' })
  async previewImport(@Ctx() ctx: GraphQLContext, @Arg('input', () => ImportFileInput) input: ImportFileInput): Promise<ImportReport> {
    return runImport(ctx.em, await caller(ctx), { ...input, bytes: decodeContent(input.contentBase64) }, false);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => ImportReport, {
    description: 'Importerar filen, allt eller inget: ett enda fel och ingenting skrivs (committed: false). Samma fil igen ändrar ingenting.',
  })
  async commitImport(@Ctx() ctx: GraphQLContext, @Arg('input', () => ImportFileInput) input: ImportFileInput): Promise<ImportReport> {
    return runImport(ctx.em, await caller(ctx), { ...input, bytes: decodeContent(input.contentBase64) }, true);
  }
}

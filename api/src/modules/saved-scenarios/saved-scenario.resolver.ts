import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { readPageArgs, type ConnectionShape } from '../../graphql/types/connection.js';
import type { LeverInputShape } from '../../model/index.js';
import { Role } from '../auth/role.js';
import { ScenarioInput } from '../scenarios/dto/scenario.input.js';
import { ScenarioResult } from '../scenarios/dto/scenario.output.js';
import { describeLever } from './document-export/lever-text.js';
import {
  Scenario,
  ScenarioAuditConnection,
  ScenarioCommentConnection,
  ScenarioComparison,
  ScenarioConnection,
  ScenarioDocuments,
  ScenarioEdit,
  ScenarioStatus,
} from './dto/saved-scenario.output.js';
import { evaluateSaved, savedResult, takeFrozenCopy, validateAgainstBase } from './saved-scenario.evaluation.js';
import * as scenarios from './saved-scenario.service.js';
import { asRow, asScenario, auditEntryOut, comparedOut } from './saved-scenario.views.js';
import { EDIT_RULES, allowedTransitions, checkEdit, type EditAction } from './workflow.rules.js';

const callerOf = (ctx: GraphQLContext): scenarios.Caller => scenarios.scenarioCaller(ctx.user);

const dataOf = (input: ScenarioInput, description: string | null | undefined): scenarios.ScenarioData => ({
  name: input.name,
  description: description ?? null,
  baseYear: input.baseYear,
  horizonYears: input.horizonYears,
  // Service area names arrive as strings; the model's validation refuses an unknown one, naming the field.
  levers: input.levers as LeverInputShape[],
});

const EDIT_NAME: Record<EditAction, ScenarioEdit> = {
  editInputs: ScenarioEdit.EDIT_INPUTS,
  delete: ScenarioEdit.DELETE,
  duplicate: ScenarioEdit.DUPLICATE,
  comment: ScenarioEdit.COMMENT,
  manualRisk: ScenarioEdit.MANUAL_RISK,
  overrideRating: ScenarioEdit.OVERRIDE_RATING,
  followUp: ScenarioEdit.FOLLOW_UP,
};


/** Saved scenarios and their workflow; the risk register's fields and changes are in scenario-risks.resolver.ts. */
@Resolver(() => Scenario)
export class SavedScenarioResolver {
  @Authorized(Role.VIEWER)
  @Query(() => ScenarioConnection, { description: 'Kommunens sparade scenarier, nyast först; filtrera på status.' })
  async scenarios(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => [ScenarioStatus], { nullable: true }) status: ScenarioStatus[] | null,
  ): Promise<ConnectionShape<Scenario>> {
    const page = await scenarios.listScenarios(ctx.em, callerOf(ctx).municipalityId, readPageArgs(first, after), status);
    return { ...page, nodes: page.nodes.map(asScenario) };
  }

  @Authorized(Role.VIEWER)
  @Query(() => Scenario, { nullable: true, description: 'Ett sparat scenario; null för ett id som inte är kommunens.' })
  async scenario(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Scenario | null> {
    const row = await scenarios.findScenario(ctx.em, callerOf(ctx).municipalityId, id);
    return row ? asScenario(row) : null;
  }

  @Authorized(Role.VIEWER)
  @Query(() => ScenarioComparison, { description: 'Två till fyra sparade scenarier sida vid sida: kostnader, nettobesparing, kapacitet, likvärdighet och risker.' })
  async compareScenarios(@Ctx() ctx: GraphQLContext, @Arg('ids', () => [ID]) ids: string[]): Promise<ScenarioComparison> {
    if (ids.length < 2 || ids.length > 4) throw badUserInput('ids', 'Jämför två till fyra scenarier.');
    if (new Set(ids).size !== ids.length) throw badUserInput('ids', 'Samma scenario finns två gånger.');
    const caller = callerOf(ctx);
    const municipality = await ctx.municipality();
    const rows = await scenarios.getScenarios(ctx.em, caller.municipalityId, ids);
    const compared = [];
    // One after another: the request has one connection, and evaluations share its per-request caches.
    for (const row of rows) compared.push(comparedOut(row, await evaluateSaved(ctx.em, municipality, row)));
    return { scenarios: compared };
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Sparar ett nytt scenario som utkast (ANALYST, EDITOR, ADMIN).' })
  async createScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ScenarioInput) input: ScenarioInput,
    @Arg('description', () => String, { nullable: true, description: 'Bakgrund: varför scenariot tas fram.' }) description: string | null,
  ): Promise<Scenario> {
    const municipality = await ctx.municipality();
    return asScenario(await scenarios.createScenario(ctx.em, callerOf(ctx), dataOf(input, description), (d) => validateAgainstBase(ctx.em, municipality, d)));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Ändrar ett utkast. En gammal version ger CONFLICT och ändrar ingenting.' })
  async updateScenario(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ScenarioInput) input: ScenarioInput,
    @Arg('description', () => String, { nullable: true, description: 'Ny bakgrund; utelämnad behålls den gamla.' }) description: string | null,
  ): Promise<Scenario> {
    const municipality = await ctx.municipality();
    return asScenario(await scenarios.updateScenario(ctx.em, callerOf(ctx), id, version, dataOf(input, description), (d) => validateAgainstBase(ctx.em, municipality, d)));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, {
    description:
      'Flyttar scenariot i beslutsgången. Utkast → förslag, förslag → utkast/beslutat och förslag/beslutat → arkiverat kräver EDITOR; ett utkast arkiverar ANALYST. Lämnar scenariot utkast fryses data och antaganden.',
  })
  async setScenarioStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => ScenarioStatus) status: ScenarioStatus,
  ): Promise<Scenario> {
    const municipality = await ctx.municipality();
    return asScenario(await scenarios.setScenarioStatus(ctx.em, callerOf(ctx), id, version, status, (row) => takeFrozenCopy(ctx.em, municipality, row)));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Kopierar ett scenario (i vilken status som helst) till ett nytt utkast med dig som ägare.' })
  async duplicateScenario(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    return asScenario(await scenarios.duplicateScenario(ctx.em, callerOf(ctx), id));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort ett utkast. Föreslagna och beslutade scenarier arkiveras i stället.' })
  async deleteScenario(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<boolean> {
    return scenarios.deleteScenario(ctx.em, callerOf(ctx), id, version);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario)
  async addScenarioComment(@Ctx() ctx: GraphQLContext, @Arg('scenarioId', () => ID) scenarioId: string, @Arg('body', () => String) body: string): Promise<Scenario> {
    return asScenario(await scenarios.addComment(ctx.em, callerOf(ctx), scenarioId, body));
  }

  /* ---------------------------------------------------------------- fields */

  @FieldResolver(() => ScenarioResult, { description: 'Utkast: på aktuella data och antaganden. Övriga: på den frysta kopian.' })
  async result(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<ScenarioResult> {
    const row = asRow(scenario);
    return savedResult(row, await evaluateSaved(ctx.em, await ctx.municipality(), row));
  }

  @FieldResolver(() => [String], { description: 'Förslaget i klartext, en mening per hävstång.' })
  async proposal(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    const e = await evaluateSaved(ctx.em, await ctx.municipality(), asRow(scenario));
    return e.levers.map((l) => describeLever(l, e.base.input, scenario.baseYear));
  }

  @FieldResolver(() => String, { description: 'Hävstängerna som JSON i ScenarioInput.levers form, för att fylla ett formulär.' })
  leversJson(@Root() scenario: Scenario): string {
    return JSON.stringify(asRow(scenario).levers);
  }

  @FieldResolver(() => [ScenarioStatus], { description: 'De statusar du får flytta scenariot till nu.' })
  allowedTransitions(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): ScenarioStatus[] {
    return allowedTransitions(scenario.status, callerOf(ctx).role) as ScenarioStatus[];
  }

  @FieldResolver(() => Boolean, { description: 'Om du får ändra indata (bara utkast, ANALYST och uppåt).' })
  canEdit(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): boolean {
    return checkEdit('editInputs', scenario.status, callerOf(ctx).role).ok;
  }

  @FieldResolver(() => [ScenarioEdit], { description: 'De ändringar du får göra i scenariot och dess riskregister nu, efter din roll och scenariots status.' })
  allowedEdits(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): ScenarioEdit[] {
    const role = callerOf(ctx).role;
    return (Object.keys(EDIT_RULES) as EditAction[]).filter((action) => checkEdit(action, scenario.status, role).ok).map((action) => EDIT_NAME[action]);
  }

  @FieldResolver(() => ScenarioCommentConnection, { description: 'Kommentarer, äldst först.' })
  async comments(
    @Root() scenario: Scenario,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ScenarioCommentConnection> {
    const page = await scenarios.listComments(ctx.em, callerOf(ctx).municipalityId, scenario.id, readPageArgs(first, after));
    return page as unknown as ScenarioCommentConnection;
  }

  @FieldResolver(() => ScenarioAuditConnection, { description: 'Varje ändring av scenariot och dess riskregister: vem, när, vad, före och efter. Nyast först.' })
  async auditTrail(
    @Root() scenario: Scenario,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ScenarioAuditConnection> {
    const page = await scenarios.auditTrail(ctx.em, callerOf(ctx).municipalityId, scenario.id, readPageArgs(first, after));
    return { ...page, nodes: page.nodes.map(auditEntryOut) };
  }

  @FieldResolver(() => ScenarioDocuments, { description: 'Risk- och konsekvensanalysen som PDF och DOCX, och en sida för förtroendevalda.' })
  documents(@Root() scenario: Scenario): ScenarioDocuments {
    const at = (file: string) => `/scenarios/${scenario.id}/${file}`;
    return { analysisPdf: at('analys.pdf'), analysisDocx: at('analys.docx'), summaryPdf: at('sammanfattning.pdf'), summaryDocx: at('sammanfattning.docx') };
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/role.js';
import { ManualRiskInput, MitigationInput, ParticipantInput, RiskAssessmentInput, RiskOverrideInput } from '../risks/dto/risk-register.input.js';
import { ScenarioParticipant, ScenarioRisk } from '../risks/dto/risk-register.output.js';
import * as risks from '../risks/risk-register.service.js';
import { registerRiskOut } from '../risks/risk-register.views.js';
import { Scenario } from './dto/saved-scenario.output.js';
import { evaluateSaved, registerOf } from './saved-scenario.evaluation.js';
import { registerGate, scenarioCaller } from './saved-scenario.service.js';
import { asRow, asScenario } from './saved-scenario.views.js';

/** The caller of a change to the register, and the workflow's gate the risks module checks it against. */
function changeBy(ctx: GraphQLContext) {
  const caller = scenarioCaller(ctx.user);
  return { caller, gate: registerGate(caller) };
}

/**
 * A saved scenario's risk register: its fields and its changes (own risks, overrides, the assessment step,
 * mitigations, participants). The risks module does the work; these live here because they hang off Scenario,
 * this module's type, and the risks module sits below it.
 */
@Resolver(() => Scenario)
export class ScenarioRisksResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Lägger till en egen risk (utkast och förslag).' })
  async addScenarioRisk(@Ctx() ctx: GraphQLContext, @Arg('scenarioId', () => ID) scenarioId: string, @Arg('input', () => ManualRiskInput) input: ManualRiskInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.addManualRisk(ctx.em, caller, scenarioId, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Ändrar en egen risk.' })
  async updateScenarioRisk(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string, @Arg('input', () => ManualRiskInput) input: ManualRiskInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.updateManualRisk(ctx.em, caller, riskId, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Tar bort en egen risk (modellens risker justeras i stället).' })
  async removeScenarioRisk(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.removeManualRisk(ctx.em, caller, riskId, gate));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Scenario, { description: 'Justerar sannolikhet och konsekvens för en risk (EDITOR); motivering krävs och den ursprungliga bedömningen finns kvar.' })
  async overrideScenarioRisk(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string, @Arg('input', () => RiskOverrideInput) input: RiskOverrideInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.overrideRisk(ctx.em, caller, riskId, input, gate));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Scenario, { description: 'Tar bort en justering; den ursprungliga bedömningen gäller igen.' })
  async clearScenarioRiskOverride(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.clearOverride(ctx.em, caller, riskId, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Steg i riskbedömningen (AFS 2023:1) och restrisk efter åtgärderna.' })
  async assessScenarioRisk(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string, @Arg('input', () => RiskAssessmentInput) input: RiskAssessmentInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.assessRisk(ctx.em, caller, riskId, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Lägger till en åtgärd mot en risk.' })
  async addRiskMitigation(@Ctx() ctx: GraphQLContext, @Arg('riskId', () => ID) riskId: string, @Arg('input', () => MitigationInput) input: MitigationInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.addMitigation(ctx.em, caller, riskId, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario)
  async updateRiskMitigation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => MitigationInput) input: MitigationInput): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.updateMitigation(ctx.em, caller, id, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario)
  async removeRiskMitigation(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.removeMitigation(ctx.em, caller, id, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario, { description: 'Registrerar att någon från arbetstagarsidan (t.ex. skyddsombud) medverkat i riskbedömningen.' })
  async addScenarioParticipant(
    @Ctx() ctx: GraphQLContext,
    @Arg('scenarioId', () => ID) scenarioId: string,
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
  ): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.addParticipant(ctx.em, caller, scenarioId, input, gate));
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Scenario)
  async removeScenarioParticipant(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Scenario> {
    const { caller, gate } = changeBy(ctx);
    return asScenario(await risks.removeParticipant(ctx.em, caller, id, gate));
  }

  @FieldResolver(() => [ScenarioRisk], { description: 'Riskregistret: modellens risker per område och egna risker, med justeringar, åtgärder och restrisk.' })
  async riskRegister(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<ScenarioRisk[]> {
    return registerOf(await evaluateSaved(ctx.em, await ctx.municipality(), asRow(scenario))).map(registerRiskOut);
  }

  @FieldResolver(() => [ScenarioParticipant], { description: 'Medverkan från arbetstagarsidan i riskbedömningen.' })
  participants(@Root() scenario: Scenario, @Ctx() ctx: GraphQLContext): Promise<ScenarioParticipant[]> {
    return ctx.loaders.participantsByScenario.load(scenario.id);
  }
}

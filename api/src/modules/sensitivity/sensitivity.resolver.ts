import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/role.js';
import { ScenarioInput } from '../scenarios/dto/scenario.input.js';
import { SensitivityResult } from './dto/sensitivity.output.js';
import { scenarioSensitivity } from './sensitivity.service.js';

@Resolver(() => SensitivityResult)
export class SensitivityResolver {
  @Authorized(Role.VIEWER)
  @Query(() => SensitivityResult, {
    description:
      'Hur säkra är siffrorna? Varje antagande varieras ensamt över sitt intervall (tornado), nyckelresultatens intervall när de viktigaste antagandena sätts till sina ytterlägen, och brytpunkten för nettobesparingen; med kommunens antaganden, skriver ingenting.',
  })
  async scenarioSensitivity(@Ctx() ctx: GraphQLContext, @Arg('input', () => ScenarioInput) input: ScenarioInput): Promise<SensitivityResult> {
    return scenarioSensitivity(ctx.em, await ctx.municipality(), input);
  }
}

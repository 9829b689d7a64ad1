import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { Role } from '../auth/role.js';
import { ScenarioInput } from './dto/scenario.input.js';
import { ScenarioResult, SchoolImpact, TraceEntry } from './dto/scenario.output.js';
import { evaluateScenario } from './scenario.service.js';

const MAX_SCHOOLS = 500;

@Resolver(() => ScenarioResult)
export class ScenarioResolver {
  @Authorized(Role.VIEWER)
  @Query(() => ScenarioResult, {
    description: 'Vad händer om? Räknar ett scenario mot kommunens data och antaganden; skriver ingenting (alla roller får fråga).',
  })
  async evaluateScenario(@Ctx() ctx: GraphQLContext, @Arg('input', () => ScenarioInput) input: ScenarioInput): Promise<ScenarioResult> {
    return evaluateScenario(ctx.em, await ctx.municipality(), input);
  }

  @FieldResolver(() => TraceEntry, { nullable: true, description: 'Hur en siffra räknades, t.ex. figure: "summary.netSavingSek"; null för en okänd siffra.' })
  explain(@Root() result: ScenarioResult, @Arg('figure', () => String) figure: string): TraceEntry | null {
    return result.trace.find((e) => e.figure === figure) ?? null;
  }

  @FieldResolver(() => [SchoolImpact], { description: 'De skolor vars index ändras mest (störst försämring först).' })
  schoolsMovingMost(@Root() result: ScenarioResult, @Arg('first', () => Int, { defaultValue: 5 }) first: number): SchoolImpact[] {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SCHOOLS) throw badUserInput('first', `first måste vara 1–${MAX_SCHOOLS}.`);
    return [...result.schools].sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.school.code.localeCompare(b.school.code)).slice(0, first);
  }
}

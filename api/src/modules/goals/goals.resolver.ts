import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { FocusArea, GoalAchievementConnection, GoalStatusConnection } from './dto/goal.output.js';
import { goalAchievement, goalExists, goalStatuses, nationalGoals } from './goals.service.js';

@Resolver(() => Municipality)
export class GoalsResolver {
  @Authorized(Role.VIEWER)
  @Query(() => [FocusArea], { description: 'Den nationella digitaliseringsstrategins fokusområden och delmål (2017).' })
  nationalGoals(@Ctx() ctx: GraphQLContext): Promise<FocusArea[]> {
    return nationalGoals(ctx.em);
  }

  @FieldResolver(() => GoalStatusConnection, { description: 'Kommunens egna mål och hur många skolenheter som når dem ett år (standard: budgetåret).' })
  goals(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<GoalStatusConnection> {
    return goalStatuses(ctx.em, municipality.id, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }

  @FieldResolver(() => GoalAchievementConnection, {
    description: 'Måluppfyllelse per skolenhet och mål ett år (standard: budgetåret): utfall mot målvärde och utvecklingen över åren.',
  })
  async goalAchievement(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('goalId', () => ID, { nullable: true, description: 'Bara detta mål.' }) goalId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<GoalAchievementConnection> {
    const resolvedYear = readYear(year, municipality.budgetYear);
    const page = readPageArgs(first, after);
    if (goalId != null && !(await goalExists(ctx.em, municipality.id, goalId))) throw notFound(`Målet ${goalId} finns inte.`);
    return goalAchievement(ctx.em, municipality.id, resolvedYear, goalId ?? null, page);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { actorOf } from '../auth/auth.context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { GoalInput } from './dto/goal.input.js';
import { FocusArea, GoalAchievementConnection, GoalStatusConnection, SavedGoal } from './dto/goal.output.js';
import { createGoal, deleteGoal, goalAchievement, goalExists, goalStatuses, nationalGoals, updateGoal } from './municipality-goal.service.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

/** The national strategy's goals and the municipality's own: fields on Municipality, and the own goals' changes. */
@Resolver(() => Municipality)
export class MunicipalityGoalResolver {
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

  @Authorized(Role.ANALYST)
  @Mutation(() => SavedGoal, { description: 'Skapar ett av kommunens egna mål med målvärden per år.' })
  async createGoal(@Ctx() ctx: GraphQLContext, @Arg('input', () => GoalInput) input: GoalInput): Promise<SavedGoal> {
    return createGoal(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => SavedGoal, { description: 'Ersätter ett måls värden och målvärden.' })
  async updateGoal(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => GoalInput) input: GoalInput): Promise<SavedGoal> {
    return updateGoal(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort ett mål och dess målvärden.' })
  async deleteGoal(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteGoal(ctx.em, await caller(ctx), id);
  }
}

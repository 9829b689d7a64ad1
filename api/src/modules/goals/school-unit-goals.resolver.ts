import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import { readYear } from '../../graphql/types/year.js';
import { SchoolUnit } from '../schools/school-unit.entity.js';
import { GoalAchievement } from './dto/goal.output.js';

/** A school unit's goal achievement: the goals module's field on SchoolUnit, batched per request by goalAchievementByUnitYear. */
@Resolver(() => SchoolUnit)
export class SchoolUnitGoalsResolver {
  @FieldResolver(() => [GoalAchievement], { description: 'Enhetens måluppfyllelse för kommunens mål ett år (standard: budgetåret).' })
  async goalAchievement(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<GoalAchievement[]> {
    return ctx.loaders.goalAchievementByUnitYear.load(factKey(unit.id, readYear(year, (await ctx.municipality()).budgetYear)));
  }
}

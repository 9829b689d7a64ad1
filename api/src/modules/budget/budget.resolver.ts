import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { costsByCategory, costsByOwner, costsByYear } from './budget.service.js';
import { CategoryCost, OwnerCostConnection, YearCost } from './dto/cost.output.js';

@Resolver(() => Municipality)
export class BudgetResolver {
  @FieldResolver(() => [YearCost], { description: 'Kostnader per år (standard: alla år), med utfall mot budget och kostnad per elev.' })
  costsByYear(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('fromYear', () => Int, { nullable: true }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true }) toYear?: number,
  ): Promise<YearCost[]> {
    return costsByYear(ctx.em, municipality.id, readYear(fromYear, 2000, 'fromYear'), readYear(toYear, 2100, 'toYear'));
  }

  @FieldResolver(() => [CategoryCost], { description: 'Kostnader per kostnadsslag ett år (standard: budgetåret).' })
  costsByCategory(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<CategoryCost[]> {
    return costsByCategory(ctx.em, municipality.id, readYear(year, municipality.budgetYear));
  }

  @FieldResolver(() => OwnerCostConnection, { description: 'Kostnader per ägare ett år: först den centrala enheten, sedan skolenheterna.' })
  costsByOwner(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<OwnerCostConnection> {
    return costsByOwner(ctx.em, municipality.id, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }
}

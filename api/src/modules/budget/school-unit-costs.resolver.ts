import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import { readYear } from '../../graphql/types/year.js';
import { SchoolUnit } from '../schools/school-unit.entity.js';
import { CategoryCost } from './dto/cost.output.js';

/** A school unit's costs: the budget module's field on SchoolUnit, batched per request by costsByUnitYear. */
@Resolver(() => SchoolUnit)
export class SchoolUnitCostsResolver {
  @FieldResolver(() => [CategoryCost], { description: 'Enhetens kostnader per kostnadsslag ett år, med utfall mot budget och per elev.' })
  async costs(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<CategoryCost[]> {
    return ctx.loaders.costsByUnitYear.load(factKey(unit.id, readYear(year, (await ctx.municipality()).budgetYear)));
  }
}

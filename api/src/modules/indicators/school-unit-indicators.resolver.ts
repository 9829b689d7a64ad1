import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readYear } from '../../graphql/types/year.js';
import { SchoolUnit } from '../schools/school-unit.entity.js';
import { IndicatorValueOutput } from './dto/indicator.output.js';

/** A school unit's indicator values: the indicators module's field on SchoolUnit, batched per request by indicatorValuesByUnit. */
@Resolver(() => SchoolUnit)
export class SchoolUnitIndicatorsResolver {
  @FieldResolver(() => [IndicatorValueOutput], { description: 'Enhetens nyckeltalsvärden, alla år eller ett år.' })
  async indicatorValues(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<IndicatorValueOutput[]> {
    const values = await ctx.loaders.indicatorValuesByUnit.load(unit.id);
    if (year == null) return values;
    const resolvedYear = readYear(year, year);
    return values.filter((value) => value.year === resolvedYear);
  }
}

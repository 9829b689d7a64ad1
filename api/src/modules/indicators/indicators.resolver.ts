import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Indicator, IndicatorComparisonConnection, SchoolComparisonConnection } from './dto/indicator.output.js';
import { compareIndicator, compareSchools, listIndicators } from './indicators.service.js';

@Resolver(() => Municipality)
export class IndicatorsResolver {
  @Authorized(Role.VIEWER)
  @Query(() => [Indicator], { description: 'Nyckeltalen som mäter målen: resultat, LIKA-självskattning, kompetens, 1:1-täckning.' })
  indicators(@Ctx() ctx: GraphQLContext): Promise<Indicator[]> {
    return listIndicators(ctx.em);
  }

  @FieldResolver(() => IndicatorComparisonConnection, {
    description: 'Ett nyckeltal per skolenhet ett år (standard: budgetåret) med kommunens medelvärde, rang och förändring mot året innan.',
  })
  indicatorComparison(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('indicatorId', () => String) indicatorId: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<IndicatorComparisonConnection> {
    return compareIndicator(ctx.em, municipality.id, indicatorId, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }

  @FieldResolver(() => SchoolComparisonConnection, {
    description: 'Skolenheterna sida vid sida ett år (standard: budgetåret): socioekonomiskt index, lokalt IT-stöd, 1:1-täckning, kompetens, LIKA och resultat.',
  })
  schoolComparison(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<SchoolComparisonConnection> {
    return compareSchools(ctx.em, municipality.id, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }
}

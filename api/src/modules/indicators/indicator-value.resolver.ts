import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { actorOf } from '../auth/auth.context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { Indicator, IndicatorComparisonConnection, IndicatorValueOutput, SchoolComparisonConnection } from './dto/indicator.output.js';
import { IndicatorValueInput } from './dto/indicator-value.input.js';
import { compareIndicator, compareSchools, deleteIndicatorValue, listIndicators, setIndicatorValue } from './indicator-value.service.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

/** Indicators and their values: the definitions, the comparisons as fields on Municipality, and the values' changes. */
@Resolver(() => Municipality)
export class IndicatorValueResolver {
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

  @Authorized(Role.ANALYST)
  @Mutation(() => IndicatorValueOutput, { description: 'Sätter (skapar eller ersätter) en skolenhets värde för ett nyckeltal ett år.' })
  async setIndicatorValue(@Ctx() ctx: GraphQLContext, @Arg('input', () => IndicatorValueInput) input: IndicatorValueInput): Promise<IndicatorValueOutput> {
    return setIndicatorValue(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort en skolenhets värde för ett nyckeltal ett år.' })
  async deleteIndicatorValue(
    @Ctx() ctx: GraphQLContext,
    @Arg('schoolUnitId', () => ID) schoolUnitId: string,
    @Arg('indicatorId', () => String) indicatorId: string,
    @Arg('year', () => Int) year: number,
  ): Promise<boolean> {
    return deleteIndicatorValue(ctx.em, await caller(ctx), { schoolUnitId, indicatorId, year: readYear(year, year) });
  }
}

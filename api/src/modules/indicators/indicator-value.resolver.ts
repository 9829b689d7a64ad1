import { Arg, Ctx, ID, Int, Mutation, Resolver, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { readYear } from '../../graphql/types/year.js';
import { actorOf } from '../auth/auth.context.js';
import { IndicatorValueOutput } from './dto/indicator.output.js';
import { IndicatorValueInput } from './dto/indicator-value.input.js';
import { deleteIndicatorValue, setIndicatorValue } from './indicator-value.service.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

@Resolver(() => IndicatorValueOutput)
export class IndicatorValueResolver {
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

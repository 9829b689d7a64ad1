import { Arg, Authorized, Ctx, Float, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { actorOf } from '../auth/auth.context.js';
import { Role } from '../auth/role.js';
import { assumptionHistory, listAssumptions, setAssumption } from './assumption.service.js';
import { AssumptionValue, AssumptionVersionConnection } from './dto/assumption.output.js';

@Resolver(() => AssumptionValue)
export class AssumptionResolver {
  @Authorized(Role.VIEWER)
  @Query(() => [AssumptionValue], { description: 'Scenariomodellens antaganden med kommunens värden (standardvärdet där kommunen inte ändrat).' })
  async assumptions(@Ctx() ctx: GraphQLContext): Promise<AssumptionValue[]> {
    return listAssumptions(ctx.em, (await ctx.municipality()).id);
  }

  @Authorized(Role.VIEWER)
  @Query(() => AssumptionVersionConnection, { description: 'Ett antagandes versioner, senaste först.' })
  async assumptionHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => String) id: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AssumptionVersionConnection> {
    const page = await assumptionHistory(ctx.em, (await ctx.municipality()).id, id, readPageArgs(first, after));
    return { ...page, nodes: page.nodes.map((n) => ({ ...n, changedAt: n.changedAt.toISOString() })) };
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => AssumptionValue, {
    description:
      'Ger ett antagande ett nytt värde för kommunen, som en ny version med källa eller motivering (i granskningsloggen). expectedVersion: versionen du läste; är den inte längre aktuell blir det CONFLICT.',
  })
  async setAssumption(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => String) id: string,
    @Arg('value', () => Float) value: number,
    @Arg('source', () => String) source: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number,
  ): Promise<AssumptionValue> {
    return setAssumption(ctx.em, { municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) }, { id, value, source, expectedVersion });
  }
}

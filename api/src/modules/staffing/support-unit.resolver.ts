import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';
import { peopleServed, totalAnnualCostSek, totalFte } from './support-unit.service.js';

@Resolver(() => SupportUnit)
export class SupportUnitResolver {
  @FieldResolver(() => Float, { description: 'Summa årsarbetare (heltidstjänster).' })
  async totalFte(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<number> {
    return totalFte(await ctx.loaders.postsBySupportUnit.load(unit.id));
  }

  @FieldResolver(() => Int, { description: 'Elever, lärare och skolledare som enheten stöder (standard: budgetåret).' })
  async peopleServed(
    @Root() unit: SupportUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number> {
    return peopleServed(ctx.em, unit.municipalityId, year ?? (await ctx.municipality()).budgetYear);
  }

  @FieldResolver(() => GraphQLSafeInt, { description: 'Tjänsternas sammanlagda årskostnad, hela kronor.' })
  async annualCostSek(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<number> {
    return totalAnnualCostSek(await ctx.loaders.postsBySupportUnit.load(unit.id));
  }

  @FieldResolver(() => [SupportPost])
  posts(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<SupportPost[]> {
    return ctx.loaders.postsBySupportUnit.load(unit.id);
  }
}

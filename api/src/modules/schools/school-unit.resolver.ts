import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import { SchoolUnit } from './school-unit.entity.js';

@Resolver(() => SchoolUnit)
export class SchoolUnitResolver {
  private async factFor(unit: SchoolUnit, year: number | undefined, ctx: GraphQLContext) {
    const resolvedYear = year ?? (await ctx.municipality()).budgetYear;
    return ctx.loaders.schoolYearFact.load(factKey(unit.id, resolvedYear));
  }

  @FieldResolver(() => Int, { description: 'Antal barn/elever året (standard: budgetåret); 0 om året saknar data.' })
  async pupils(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<number> {
    return (await this.factFor(unit, year, ctx))?.pupils ?? 0;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Socioekonomiskt index året (1,0 = riksgenomsnittet).' })
  async socioeconomicIndex(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number | null> {
    return (await this.factFor(unit, year, ctx))?.socioeconomicIndex ?? null;
  }
}

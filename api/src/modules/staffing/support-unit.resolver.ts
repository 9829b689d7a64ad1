import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';
import { readYear } from '../../graphql/types/year.js';
import { ServiceAreaCapacity, TimeShare } from './dto/capacity.output.js';
import { PRODUCTIVE_HOURS_PER_FTE_YEAR } from './staffing.constants.js';
import { capacityByServiceArea } from './staffing.service.js';
import { peoplePerFte, peopleServed, totalAnnualCostSek, totalFte } from './support-unit.service.js';

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

  @FieldResolver(() => Int, { description: `Produktiva timmar per årsarbetare och år som kapaciteten räknas med (${PRODUCTIVE_HOURS_PER_FTE_YEAR}).` })
  productiveHoursPerFte(): number {
    return PRODUCTIVE_HOURS_PER_FTE_YEAR;
  }

  @FieldResolver(() => [ServiceAreaCapacity], {
    description: 'Kapacitet per tjänsteområde: timmar = Σ årsarbetare × andel av tiden × produktiva timmar per årsarbetare.',
  })
  capacity(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<ServiceAreaCapacity[]> {
    return capacityByServiceArea(ctx.em, unit.municipalityId, unit.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Personer som enheten stöder per årsarbetare (standard: budgetåret); null utan tjänster.' })
  async peoplePerFte(
    @Root() unit: SupportUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<number | null> {
    const resolvedYear = readYear(year, (await ctx.municipality()).budgetYear);
    const [posts, people] = await Promise.all([ctx.loaders.postsBySupportUnit.load(unit.id), peopleServed(ctx.em, unit.municipalityId, resolvedYear)]);
    return peoplePerFte(people, totalFte(posts));
  }
}

@Resolver(() => SupportPost)
export class SupportPostResolver {
  @FieldResolver(() => [TimeShare], { description: 'Hur tjänstens tid fördelas på tjänsteområdena; andelarna summerar till 1.' })
  timeSplit(@Root() post: SupportPost, @Ctx() ctx: GraphQLContext): Promise<TimeShare[]> {
    return ctx.loaders.timeSharesByPost.load(post.id);
  }
}

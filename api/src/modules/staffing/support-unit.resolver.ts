import { GraphQLSafeInt } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readYear } from '../../graphql/types/year.js';
import { DEFAULT_ASSUMPTIONS } from '../../model/index.js';
import { actorOf } from '../auth/auth.context.js';
import { Role } from '../auth/role.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { ServiceAreaCapacity, TimeShare } from './dto/capacity.output.js';
import { PostInput } from './dto/post.input.js';
import { SupportPost, SupportUnit } from './support-unit.entity.js';
import {
  capacityByServiceArea,
  createPost,
  deletePost,
  peoplePerFte,
  peopleServed,
  productiveHoursPerFte,
  readSupportUnit,
  totalAnnualCostSek,
  totalFte,
  updatePost,
} from './support-unit.service.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

/** The municipality's central support unit: the staffing module's field on Municipality. */
@Resolver(() => Municipality)
export class MunicipalitySupportResolver {
  @FieldResolver(() => SupportUnit)
  supportUnit(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<SupportUnit> {
    return readSupportUnit(ctx.em, municipality.id);
  }
}

/** The support unit's figures, from its posts (batched per request) and the school facts. */
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

  // The description names the model's default, as it did when the figure was a constant; the value is the municipality's.
  @FieldResolver(() => Int, { description: `Produktiva timmar per årsarbetare och år som kapaciteten räknas med (${DEFAULT_ASSUMPTIONS.productiveHoursPerFte.value}).` })
  async productiveHoursPerFte(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<number> {
    return productiveHoursPerFte(await ctx.loaders.assumptionSet.load(unit.municipalityId));
  }

  @FieldResolver(() => [ServiceAreaCapacity], {
    description: 'Kapacitet per tjänsteområde: timmar = Σ årsarbetare × andel av tiden × produktiva timmar per årsarbetare.',
  })
  async capacity(@Root() unit: SupportUnit, @Ctx() ctx: GraphQLContext): Promise<ServiceAreaCapacity[]> {
    return capacityByServiceArea(ctx.em, unit.municipalityId, unit.id, await ctx.loaders.assumptionSet.load(unit.municipalityId));
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

/** A post of the support unit: its time split, and the posts' changes. */
@Resolver(() => SupportPost)
export class SupportPostResolver {
  @Authorized(Role.ANALYST)
  @Mutation(() => SupportPost, { description: 'Lägger till en tjänst i stödenheten med sin tidsfördelning.' })
  async createPost(@Ctx() ctx: GraphQLContext, @Arg('input', () => PostInput) input: PostInput): Promise<SupportPost> {
    return createPost(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => SupportPost, { description: 'Ersätter en tjänsts titel, tjänstgöringsgrad, kostnad och tidsfördelning.' })
  async updatePost(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input', () => PostInput) input: PostInput): Promise<SupportPost> {
    return updatePost(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort en tjänst och dess tidsfördelning.' })
  async deletePost(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deletePost(ctx.em, await caller(ctx), id);
  }

  @FieldResolver(() => [TimeShare], { description: 'Hur tjänstens tid fördelas på tjänsteområdena; andelarna summerar till 1.' })
  timeSplit(@Root() post: SupportPost, @Ctx() ctx: GraphQLContext): Promise<TimeShare[]> {
    return ctx.loaders.timeSharesByPost.load(post.id);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import './school-unit.loaders.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { SchoolUnit, SchoolYearFact } from './school-unit.entity.js';
import { SchoolUnitConnection } from './dto/school-unit.output.js';
import { findSchoolUnit, listSchoolUnits } from './school-unit.service.js';

/**
 * A school unit and its own facts. The other domains add their fields to SchoolUnit in their own modules (costs,
 * devices, indicator values, goal achievement); every field is batched per request, so a list of units costs no
 * query per unit.
 */
@Resolver(() => SchoolUnit)
export class SchoolUnitResolver {
  private async factFor(unit: SchoolUnit, year: number | undefined, ctx: GraphQLContext) {
    const resolvedYear = year ?? (await ctx.municipality()).budgetYear;
    return ctx.loaders.schoolYearFact.load(factKey(unit.id, resolvedYear));
  }

  @Authorized(Role.VIEWER)
  @Query(() => SchoolUnit, { nullable: true, description: 'En av den inloggades skolenheter; null för en okänd enhet eller en annan kommuns.' })
  async schoolUnit(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<SchoolUnit | null> {
    return findSchoolUnit(ctx.em, (await ctx.municipality()).id, id);
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

  @FieldResolver(() => [SchoolYearFact], { description: 'Enhetens fakta år för år, äldsta först.' })
  facts(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext): Promise<SchoolYearFact[]> {
    return ctx.loaders.schoolFactsByUnit.load(unit.id);
  }
}

/** The municipality's school units: the schools module's field on Municipality. */
@Resolver(() => Municipality)
export class MunicipalitySchoolsResolver {
  @FieldResolver(() => SchoolUnitConnection, { description: 'Skolenheterna, sorterade på skolenhetskod.' })
  schoolUnits(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true, description: 'Bara enheter med data detta år.' }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<SchoolUnitConnection> {
    return listSchoolUnits(ctx.em, municipality.id, { year, first, after });
  }
}

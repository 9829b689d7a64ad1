import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { SchoolUnitConnection } from '../schools/school-unit.output.js';
import { listSchoolUnits } from '../schools/school-unit.service.js';
import { SupportUnit } from '../staffing/support-unit.entity.js';
import { readSupportUnit } from '../staffing/support-unit.service.js';
import { Municipality } from './municipality.entity.js';
import { yearsWithData } from './municipality.service.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Authorized(Role.VIEWER)
  @Query(() => Municipality, { description: 'Den inloggades egen kommun.' })
  municipality(@Ctx() ctx: GraphQLContext): Promise<Municipality> {
    return ctx.municipality();
  }

  @FieldResolver(() => [Int], { description: 'Åren som har data, stigande.' })
  years(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<number[]> {
    return yearsWithData(ctx.em, municipality.id);
  }

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

  @FieldResolver(() => SupportUnit)
  supportUnit(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<SupportUnit> {
    return readSupportUnit(ctx.em, municipality.id);
  }
}

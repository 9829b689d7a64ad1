import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { SchoolUnitConnection } from './school-unit.output.js';
import { listSchoolUnits } from './school-unit.service.js';

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

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { SupportUnit } from './support-unit.entity.js';
import { readSupportUnit } from './support-unit.service.js';

/** The municipality's central support unit: the staffing module's field on Municipality. */
@Resolver(() => Municipality)
export class MunicipalitySupportResolver {
  @FieldResolver(() => SupportUnit)
  supportUnit(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<SupportUnit> {
    return readSupportUnit(ctx.em, municipality.id);
  }
}

import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readYear } from '../../graphql/types/year.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { MunicipalityKpis } from './dto/kpis.output.js';
import { municipalityKpis } from './kpi.service.js';

/** The overview's key figures: the kpis module's field on Municipality, above the domains it sums. */
@Resolver(() => Municipality)
export class KpiResolver {
  @FieldResolver(() => MunicipalityKpis, { description: 'Översiktens nyckeltal ett år (standard: budgetåret).' })
  kpis(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<MunicipalityKpis> {
    return municipalityKpis(ctx.em, municipality.id, readYear(year, municipality.budgetYear));
  }
}

import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Municipality } from './municipality.entity.js';
import { yearsWithData } from './municipality.service.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @FieldResolver(() => [Int], { description: 'Åren som har data, stigande.' })
  years(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<number[]> {
    return yearsWithData(ctx.em, municipality.id);
  }
}

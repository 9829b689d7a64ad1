import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs, toConnection } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { badUserInput } from '../../graphql/errors.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { EquityTrendPoint, EquityYear, SchoolEquityConnection } from './dto/equity.output.js';
import { equityInYear, equityTrend } from './equity.service.js';

@Resolver(() => Municipality)
export class MunicipalityEquityResolver {
  @FieldResolver(() => EquityYear, { description: 'Likvärdigheten mellan skolorna ett år (standard: budgetåret): index per skola och spridningsmått.' })
  equity(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<EquityYear> {
    return equityInYear(ctx.em, municipality, readYear(year, municipality.budgetYear));
  }

  @FieldResolver(() => [EquityTrendPoint], { description: 'Likvärdighetens spridningsmått varje år med data, äldst först.' })
  equityTrend(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext): Promise<EquityTrendPoint[]> {
    return equityTrend(ctx.em, municipality);
  }
}

@Resolver(() => EquityYear)
export class EquityYearResolver {
  @FieldResolver(() => SchoolEquityConnection, { description: 'Skolorna, lägst index först; markören är skolenhetskoden.' })
  schools(
    @Root() equity: EquityYear,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): SchoolEquityConnection {
    const page = readPageArgs(first, after);
    const all = equity.allSchools;
    const start = page.after === undefined ? 0 : all.findIndex((s) => s.school.code === page.after) + 1;
    if (start === 0 && page.after !== undefined) throw badUserInput('after', 'after är ingen giltig markör (cursor) från en tidigare sida.');
    return toConnection(all.slice(start, start + page.first + 1), page, all.length, (s) => s.school.code);
  }
}

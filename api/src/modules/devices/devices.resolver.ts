import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { requireSchoolUnit } from '../schools/school-unit.service.js';
import { deviceCoverage, deviceSummary, replacementWaves } from './devices.service.js';
import { DeviceCoverageConnection, DeviceSummary, ReplacementWave } from './dto/devices.output.js';

@Resolver(() => Municipality)
export class DevicesResolver {
  @FieldResolver(() => DeviceSummary, { description: 'Kommunens enheter och 1:1-täckning ett år (standard: budgetåret).' })
  devices(@Root() municipality: Municipality, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<DeviceSummary> {
    return deviceSummary(ctx.em, municipality.id, readYear(year, municipality.budgetYear));
  }

  @FieldResolver(() => DeviceCoverageConnection, { description: 'Enheter och 1:1-täckning per skolenhet ett år, sorterat på skolenhetskod.' })
  deviceCoverage(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<DeviceCoverageConnection> {
    return deviceCoverage(ctx.em, municipality.id, readYear(year, municipality.budgetYear), readPageArgs(first, after));
  }

  @FieldResolver(() => [ReplacementWave], {
    description: 'Utbytesvågor: hur många enheter och kronor som faller ut varje år, för årets enhetsbestånd (standard: budgetåret).',
  })
  async replacementWaves(
    @Root() municipality: Municipality,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('schoolUnitId', () => ID, { nullable: true, description: 'Bara denna skolenhet.' }) schoolUnitId?: string,
  ): Promise<ReplacementWave[]> {
    const resolvedYear = readYear(year, municipality.budgetYear);
    const unit = schoolUnitId == null ? null : await requireSchoolUnit(ctx.em, municipality.id, schoolUnitId);
    return replacementWaves(ctx.em, municipality.id, resolvedYear, unit?.id ?? null);
  }
}

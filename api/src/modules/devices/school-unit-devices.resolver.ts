import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { factKey } from '../../graphql/loaders.js';
import { readYear } from '../../graphql/types/year.js';
import { SchoolUnit } from '../schools/school-unit.entity.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { DeviceCoverage } from './dto/devices.output.js';

/** A school unit's devices: the devices module's fields on SchoolUnit, batched per request by its loaders. */
@Resolver(() => SchoolUnit)
export class SchoolUnitDevicesResolver {
  @FieldResolver(() => [DeviceFleet], { description: 'Enhetens leasade enheter ett år (standard: budgetåret).' })
  async devices(@Root() unit: SchoolUnit, @Ctx() ctx: GraphQLContext, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<DeviceFleet[]> {
    return ctx.loaders.devicesByUnitYear.load(factKey(unit.id, readYear(year, (await ctx.municipality()).budgetYear)));
  }

  @FieldResolver(() => DeviceCoverage, { nullable: true, description: 'Enheter och 1:1-täckning ett år; null om året saknar data.' })
  async deviceCoverage(
    @Root() unit: SchoolUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<DeviceCoverage | null> {
    return ctx.loaders.deviceCoverageByUnitYear.load(factKey(unit.id, readYear(year, (await ctx.municipality()).budgetYear)));
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { readPageArgs } from '../../graphql/types/connection.js';
import { readYear } from '../../graphql/types/year.js';
import { actorOf } from '../auth/auth.context.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import { requireSchoolUnit } from '../schools/school-unit.service.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { createDeviceFleet, deleteDeviceFleet, deviceCoverage, deviceSummary, replacementWaves, updateDeviceFleet } from './device-fleet.service.js';
import { DeviceFleetInput } from './dto/device-fleet.input.js';
import { DeviceCoverageConnection, DeviceSummary, ReplacementWave } from './dto/devices.output.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

/** Device fleets and the figures read from them: fields on Municipality, and the fleets' changes. */
@Resolver(() => Municipality)
export class DeviceFleetResolver {
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

  @Authorized(Role.ANALYST)
  @Mutation(() => DeviceFleet, { description: 'Registrerar ett leasat enhetsbestånd på en skolenhet.' })
  async createDeviceFleet(@Ctx() ctx: GraphQLContext, @Arg('input', () => DeviceFleetInput) input: DeviceFleetInput): Promise<DeviceFleet> {
    return createDeviceFleet(ctx.em, await caller(ctx), input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => DeviceFleet, { description: 'Ersätter ett enhetsbestånds värden.' })
  async updateDeviceFleet(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DeviceFleetInput) input: DeviceFleetInput,
  ): Promise<DeviceFleet> {
    return updateDeviceFleet(ctx.em, await caller(ctx), id, input);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => Boolean, { description: 'Tar bort ett enhetsbestånd.' })
  async deleteDeviceFleet(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteDeviceFleet(ctx.em, await caller(ctx), id);
  }
}

import { Arg, Ctx, ID, Mutation, Resolver, Authorized } from 'type-graphql';
import { Role } from '../auth/role.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { actorOf } from '../auth/auth.context.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { createDeviceFleet, deleteDeviceFleet, updateDeviceFleet } from './device-fleet.service.js';
import { DeviceFleetInput } from './dto/device-fleet.input.js';

const caller = async (ctx: GraphQLContext) => ({ municipalityId: (await ctx.municipality()).id, actor: actorOf(ctx) });

@Resolver(() => DeviceFleet)
export class DeviceFleetResolver {
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

import { defineModule } from '../module.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { DeviceFleetResolver } from './device-fleet.resolver.js';
import { devicesLoaders } from './devices.loaders.js';
import { SchoolUnitDevicesResolver } from './school-unit-devices.resolver.js';

export const devicesModule = defineModule({ name: 'devices', entities: [DeviceFleet], resolvers: [DeviceFleetResolver, SchoolUnitDevicesResolver], loaders: devicesLoaders });

import DataLoader from 'dataloader';
import { byIdAndYear, groupBy, type LoaderFactories } from '../../graphql/loaders.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { deviceCoverageOfUnits } from './device-fleet.service.js';
import type { DeviceCoverage } from './dto/devices.output.js';

declare module '../../graphql/loaders.js' {
  interface Loaders {
    /** A unit's device fleets in a year, keyed `unitId:year`. */
    devicesByUnitYear: DataLoader<string, DeviceFleet[]>;
    /** A unit's device coverage in a year, keyed `unitId:year`. */
    deviceCoverageByUnitYear: DataLoader<string, DeviceCoverage | null>;
  }
}

export const devicesLoaders: LoaderFactories = {
  devicesByUnitYear: (em, municipalityId) =>
    new DataLoader(
      byIdAndYear(async (year, unitIds) => {
        const rows = await em.find(
          DeviceFleet,
          { municipalityId: await municipalityId(), year, schoolUnitId: { $in: unitIds } },
          { orderBy: { userGroup: 'asc', leaseStartYear: 'asc', deviceType: 'asc' } },
        );
        return groupBy(rows, (row) => row.schoolUnitId);
      }, []),
    ),
  deviceCoverageByUnitYear: (em, municipalityId) =>
    new DataLoader(
      byIdAndYear(async (year, unitIds) => {
        const rows = await deviceCoverageOfUnits(em, await municipalityId(), year, unitIds);
        return new Map(rows.map((row) => [row.schoolUnit.id, row]));
      }, null),
    ),
};

import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { DeviceUserGroup } from './devices.enums.js';
import type { DeviceFleetInput } from './dto/device-fleet.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Caller {
  municipalityId: string;
  actor: string;
}

async function checkedValues(em: EntityManager, caller: Caller, input: DeviceFleetInput) {
  await validateInput(input);
  if (input.oneToOne && input.userGroup === DeviceUserGroup.STAFF) {
    throw badUserInput('input.oneToOne', '1:1-satsningen gäller elevdatorer, inte personalens enheter.');
  }
  if (!(await findSchoolUnit(em, caller.municipalityId, input.schoolUnitId))) {
    throw badUserInput('input.schoolUnitId', 'Skolenheten finns inte i din kommun.');
  }
  const { schoolUnitId, year, deviceType, userGroup, deviceCount, leaseCostPerMonthSek, leaseTermMonths, leaseStartYear, replacementCycleYears, oneToOne } = input;
  return { schoolUnitId, year, deviceType, userGroup, deviceCount, leaseCostPerMonthSek, leaseTermMonths, leaseStartYear, replacementCycleYears, oneToOne };
}

async function findFleet(em: EntityManager, caller: Caller, id: string): Promise<DeviceFleet> {
  const fleet = UUID.test(id) ? await em.findOne(DeviceFleet, { id, municipalityId: caller.municipalityId }) : null;
  if (!fleet) throw notFound(`Enhetsbeståndet ${id} finns inte.`);
  return fleet;
}

export function createDeviceFleet(em: EntityManager, caller: Caller, input: DeviceFleetInput): Promise<DeviceFleet> {
  return em.transactional(async (tx) => {
    const fleet = tx.create(DeviceFleet, { ...(await checkedValues(tx, caller, input)), municipalityId: caller.municipalityId });
    await tx.flush();
    await recordChange(tx, { ...caller, action: 'CREATE', entity: 'DeviceFleet', entityId: fleet.id, before: null, after: fleet });
    return fleet;
  });
}

export function updateDeviceFleet(em: EntityManager, caller: Caller, id: string, input: DeviceFleetInput): Promise<DeviceFleet> {
  return em.transactional(async (tx) => {
    const fleet = await findFleet(tx, caller, id);
    const before = { ...fleet };
    tx.assign(fleet, await checkedValues(tx, caller, input));
    await tx.flush();
    await recordChange(tx, { ...caller, action: 'UPDATE', entity: 'DeviceFleet', entityId: fleet.id, before, after: fleet });
    return fleet;
  });
}

export function deleteDeviceFleet(em: EntityManager, caller: Caller, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    const fleet = await findFleet(tx, caller, id);
    const before = { ...fleet };
    await tx.nativeDelete(DeviceFleet, { id: fleet.id, municipalityId: caller.municipalityId });
    await recordChange(tx, { ...caller, action: 'DELETE', entity: 'DeviceFleet', entityId: id, before, after: null });
    return true;
  });
}

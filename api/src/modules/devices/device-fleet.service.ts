/**
 * A municipality's leased device fleets: changing them, and the figures read from them (coverage of the 1:1
 * programme per unit and in all, replacement waves), one statement each.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { mapConnection, pagedSql } from '../../graphql/sql-page.js';
import type { PageRequest } from '../../graphql/types/connection.js';
import { validateInput } from '../../graphql/validate-input.js';
import { recordChange } from '../audit/audit.service.js';
import type { SchoolUnit } from '../schools/school-unit.entity.js';
import { SCHOOL_UNIT_JSON, type SchoolUnitRow } from '../schools/dto/school-unit.row.js';
import { findSchoolUnit } from '../schools/school-unit.service.js';
import { DeviceFleet } from './device-fleet.entity.js';
import { type DeviceType, DeviceUserGroup } from './devices.enums.js';
import type { DeviceFleetInput } from './dto/device-fleet.input.js';
import type { DeviceCoverage, DeviceCoverageConnection, DeviceSummary, DeviceTypeCount, ReplacementWave } from './dto/devices.output.js';

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

interface CoverageRow {
  sort_key: string;
  unit: SchoolUnitRow;
  year: number;
  pupils: number;
  coveredPupils: number;
  oneToOneDevices: number;
  sharedPupilDevices: number;
  staffDevices: number;
  annualLeaseCostSek: number;
}

/** Per school unit with facts in the year: pupils, pupils the 1:1 programme covers and the fleets' sums. */
const coverageSql = (unitFilter: string) => `
  SELECT u.code AS sort_key, ${SCHOOL_UNIT_JSON} AS unit, f.year, f.pupils AS "pupils",
    f.pupils_7_9 + f.pupils_upper_secondary AS "coveredPupils",
    coalesce(d.one_to_one, 0)::int AS "oneToOneDevices", coalesce(d.shared, 0)::int AS "sharedPupilDevices",
    coalesce(d.staff, 0)::int AS "staffDevices", coalesce(d.annual, 0)::bigint AS "annualLeaseCostSek"
  FROM school_year_fact f
  JOIN school_unit u ON u.id = f.school_unit_id
  LEFT JOIN (
    SELECT df.school_unit_id,
      sum(df.device_count) FILTER (WHERE df.one_to_one) AS one_to_one,
      sum(df.device_count) FILTER (WHERE NOT df.one_to_one AND df.user_group <> 'STAFF') AS shared,
      sum(df.device_count) FILTER (WHERE df.user_group = 'STAFF') AS staff,
      sum(df.device_count * df.lease_cost_per_month_sek * 12) AS annual
    FROM device_fleet df WHERE df.municipality_id = ? AND df.year = ? ${unitFilter.replaceAll('u.id', 'df.school_unit_id')}
    GROUP BY df.school_unit_id) d ON d.school_unit_id = f.school_unit_id
  WHERE f.municipality_id = ? AND f.year = ? ${unitFilter.replaceAll('u.id', 'f.school_unit_id')}`;

function toCoverage(row: CoverageRow): DeviceCoverage {
  const uncovered = row.pupils - row.coveredPupils;
  return {
    schoolUnit: row.unit as SchoolUnit,
    year: row.year,
    pupils: row.pupils,
    coveredPupils: row.coveredPupils,
    oneToOneDevices: row.oneToOneDevices,
    oneToOneCoverage: row.coveredPupils > 0 ? Math.round((1000 * row.oneToOneDevices) / row.coveredPupils) / 1000 : null,
    sharedPupilDevices: row.sharedPupilDevices,
    pupilsPerSharedDevice: row.sharedPupilDevices > 0 ? Math.round((10 * uncovered) / row.sharedPupilDevices) / 10 : null,
    staffDevices: row.staffDevices,
    devices: row.oneToOneDevices + row.sharedPupilDevices + row.staffDevices,
    annualLeaseCostSek: Number(row.annualLeaseCostSek),
  };
}

/** Device coverage per school unit in a year, a page at a time by unit code: one statement. */
export async function deviceCoverage(em: EntityManager, municipalityId: string, year: number, page: PageRequest): Promise<DeviceCoverageConnection> {
  const connection = await pagedSql<CoverageRow>(em, coverageSql(''), [municipalityId, year, municipalityId, year], page);
  return mapConnection(connection, toCoverage);
}

/** Device coverage of the given units in a year (for a school's profile, batched by a DataLoader). */
export async function deviceCoverageOfUnits(em: EntityManager, municipalityId: string, year: number, unitIds: readonly string[]): Promise<DeviceCoverage[]> {
  if (unitIds.length === 0) return [];
  const filter = 'AND u.id = ANY(ARRAY[?]::uuid[])';
  const rows = await em.execute<CoverageRow[]>(coverageSql(filter), [municipalityId, year, [...unitIds], municipalityId, year, [...unitIds]]);
  return rows.map(toCoverage);
}

interface TypeRow {
  deviceType: DeviceType;
  devices: number;
  annualLeaseCostSek: number | string;
  contractValueSek: number | string;
}
const toTypeCount = (row: TypeRow): DeviceTypeCount => ({
  deviceType: row.deviceType,
  devices: Number(row.devices),
  annualLeaseCostSek: Number(row.annualLeaseCostSek),
  contractValueSek: Number(row.contractValueSek),
});

/** The municipality's devices in a year, with 1:1 coverage over all units: one statement. */
export async function deviceSummary(em: EntityManager, municipalityId: string, year: number): Promise<DeviceSummary> {
  const [row] = await em.execute<
    { oneToOne: number; shared: number; staff: number; covered: number; byType: TypeRow[] | null }[]
  >(
    `SELECT
       coalesce((SELECT sum(device_count) FROM device_fleet WHERE municipality_id = ? AND year = ? AND one_to_one), 0)::int AS "oneToOne",
       coalesce((SELECT sum(device_count) FROM device_fleet WHERE municipality_id = ? AND year = ? AND NOT one_to_one AND user_group <> 'STAFF'), 0)::int AS shared,
       coalesce((SELECT sum(device_count) FROM device_fleet WHERE municipality_id = ? AND year = ? AND user_group = 'STAFF'), 0)::int AS staff,
       coalesce((SELECT sum(pupils_7_9 + pupils_upper_secondary) FROM school_year_fact WHERE municipality_id = ? AND year = ?), 0)::int AS covered,
       (SELECT json_agg(t ORDER BY t."deviceType") FROM (
          SELECT device_type AS "deviceType", sum(device_count)::int AS devices,
            sum(device_count * lease_cost_per_month_sek * 12) AS "annualLeaseCostSek",
            sum(device_count * lease_cost_per_month_sek * lease_term_months) AS "contractValueSek"
          FROM device_fleet WHERE municipality_id = ? AND year = ? GROUP BY device_type) t) AS "byType"`,
    [municipalityId, year, municipalityId, year, municipalityId, year, municipalityId, year, municipalityId, year],
  );
  const byType = (row?.byType ?? []).map(toTypeCount);
  const oneToOneDevices = row?.oneToOne ?? 0;
  const coveredPupils = row?.covered ?? 0;
  return {
    year,
    devices: byType.reduce((sum, t) => sum + t.devices, 0),
    oneToOneDevices,
    coveredPupils,
    oneToOneCoverage: coveredPupils > 0 ? Math.round((1000 * oneToOneDevices) / coveredPupils) / 1000 : null,
    sharedPupilDevices: row?.shared ?? 0,
    staffDevices: row?.staff ?? 0,
    annualLeaseCostSek: byType.reduce((sum, t) => sum + t.annualLeaseCostSek, 0),
    byType,
  };
}

/**
 * The replacement waves of the fleets a year holds: per year the leases end (start + replacement cycle), how
 * many devices fall due and what re-leasing them costs at today's prices. One statement, folded in one pass.
 */
export async function replacementWaves(
  em: EntityManager,
  municipalityId: string,
  year: number,
  schoolUnitId: string | null,
): Promise<ReplacementWave[]> {
  const rows = await em.execute<(TypeRow & { dueYear: number })[]>(
    `SELECT lease_start_year + replacement_cycle_years AS "dueYear", device_type AS "deviceType",
       sum(device_count)::int AS devices,
       sum(device_count * lease_cost_per_month_sek * 12) AS "annualLeaseCostSek",
       sum(device_count * lease_cost_per_month_sek * lease_term_months) AS "contractValueSek"
     FROM device_fleet
     WHERE municipality_id = ? AND year = ? ${schoolUnitId ? 'AND school_unit_id = ?' : ''}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    schoolUnitId ? [municipalityId, year, schoolUnitId] : [municipalityId, year],
  );
  const waves = new Map<number, ReplacementWave>();
  for (const row of rows) {
    const type = toTypeCount(row);
    const wave = waves.get(row.dueYear) ?? { dueYear: row.dueYear, devices: 0, contractValueSek: 0, annualLeaseCostSek: 0, byType: [] };
    wave.devices += type.devices;
    wave.contractValueSek += type.contractValueSek;
    wave.annualLeaseCostSek += type.annualLeaseCostSek;
    wave.byType.push(type);
    waves.set(row.dueYear, wave);
  }
  return [...waves.values()];
}

import type { SchoolUnit } from '../school-unit.entity.js';

/**
 * SQL columns that build a SchoolUnit inside a JSON row (alias `u` for school_unit), so an aggregate query can
 * return the unit with its figures and nothing has to load it again.
 */
export const SCHOOL_UNIT_JSON = `json_build_object('id', u.id, 'municipalityId', u.municipality_id, 'code', u.code,
  'name', u.name, 'schoolForms', u.school_forms, 'area', u.area, 'hasLocalItCoordinator', u.has_local_it_coordinator)`;

export type SchoolUnitRow = Pick<SchoolUnit, 'id' | 'municipalityId' | 'code' | 'name' | 'schoolForms' | 'area' | 'hasLocalItCoordinator'>;

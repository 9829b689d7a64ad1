/**
 * Workload shift: the support demand the central unit cannot meet (demand hours − capacity hours, when positive)
 * partly moves to teachers and school leaders, who need longer than a specialist. Costed at their hourly cost
 * (monthly salary × 12 × (1 + PO) / annual working hours). Money is rounded once, here, half away from zero.
 */
import { roundSek } from './money.js';

export interface WorkloadInput {
  demandHours: number;
  capacityHours: number;
  teachers: number;
  schoolLeaders: number;
  shareShifted: number;
  staffHoursPerUnmetHour: number;
  shareToSchoolLeaders: number;
  teacherHourlyCostSek: number;
  schoolLeaderHourlyCostSek: number;
}

export interface WorkloadResult {
  unmetHours: number;
  shiftedHours: number;
  teacherHours: number;
  schoolLeaderHours: number;
  hoursPerTeacher: number;
  hoursPerSchoolLeader: number;
  teacherCostSek: number;
  schoolLeaderCostSek: number;
  /** teacherCostSek + schoolLeaderCostSek, exactly. */
  costSek: number;
}

export function hourlyCost(monthlySalarySek: number, employerFeeRate: number, annualHours: number): number {
  return (monthlySalarySek * 12 * (1 + employerFeeRate)) / annualHours;
}

export function workload(input: WorkloadInput): WorkloadResult {
  const unmetHours = Math.max(0, input.demandHours - input.capacityHours);
  const shiftedHours = unmetHours * input.shareShifted * input.staffHoursPerUnmetHour;
  const schoolLeaderHours = shiftedHours * input.shareToSchoolLeaders;
  const teacherHours = shiftedHours - schoolLeaderHours;
  const teacherCostSek = roundSek(teacherHours * input.teacherHourlyCostSek);
  const schoolLeaderCostSek = roundSek(schoolLeaderHours * input.schoolLeaderHourlyCostSek);
  return {
    unmetHours,
    shiftedHours,
    teacherHours,
    schoolLeaderHours,
    hoursPerTeacher: input.teachers > 0 ? teacherHours / input.teachers : 0,
    hoursPerSchoolLeader: input.schoolLeaders > 0 ? schoolLeaderHours / input.schoolLeaders : 0,
    teacherCostSek,
    schoolLeaderCostSek,
    costSek: teacherCostSek + schoolLeaderCostSek,
  };
}

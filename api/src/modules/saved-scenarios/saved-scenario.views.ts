/**
 * Turns a saved scenario's evaluation into what the API and the documents show: the register entries, the
 * comparison figures, the audit trail's Swedish summaries and the document data. No arithmetic beyond picking.
 */
import type { Municipality } from '../municipalities/municipality.entity.js';
import { riskOut, supportState } from '../scenarios/scenario.service.js';
import type { Role } from '../auth/role.js';
import type { AnalysisData } from './document-export/analysis.content.js';
import { RISK_AREA_LABEL, STATUS_LABEL } from './document-export/labels.js';
import { applyOverrides } from '../risks/risk-register.rules.js';
import type { ParticipantRow } from '../risks/risk-register.service.js';
import type { ComparedScenario, Scenario, ScenarioAuditEntry } from './dto/saved-scenario.output.js';
import type { Evaluated } from './saved-scenario.evaluation.js';
import { registerOf } from './saved-scenario.evaluation.js';
import type { AuditEntryRow, ScenarioRow } from './saved-scenario.service.js';
import type { RiskArea } from '../scenarios/dto/scenario.output.js';

/**
 * A stored row as the GraphQL Scenario: the users it carries are the fields the User type shows (id, e-mail, name,
 * role, active, municipality), not whole User entities with password hashes, hence the cast.
 */
export const asScenario = (row: ScenarioRow): Scenario => row as unknown as Scenario;

/** The other way, for a field resolver's root: every Scenario the API hands out began as a row. */
export const asRow = (scenario: Scenario): ScenarioRow => scenario as unknown as ScenarioRow;

export function comparedOut(row: ScenarioRow, e: Evaluated): ComparedScenario {
  const s = e.evaluation.summary;
  const k = e.evaluation.years.indexOf(e.evaluation.summaryYear);
  const register = registerOf(e);
  return {
    scenario: asScenario(row),
    summaryYear: s.year,
    grossSavingSek: s.grossSavingSek,
    shiftedCostSek: s.shiftedCostSek,
    netSavingSek: s.netSavingSek,
    netSavingHorizonSek: e.evaluation.comparison.reduce((sum, c) => sum + c.netSavingSek, 0),
    supportFte: s.supportFteScenario,
    supportUtilisation: s.supportUtilisation,
    supportState: supportState(e.evaluation.scenario[k]!.support),
    expectedWaitHours: s.expectedWaitHours,
    shiftedHoursPerTeacher: s.shiftedHoursPerTeacher,
    equityMeanIndex: e.evaluation.equityScenario.meanIndex,
    schoolsBelowThreshold: e.evaluation.equityScenario.schoolsBelowThreshold,
    schoolsMovedBelowThreshold: s.schoolsMovedBelowThreshold,
    goalsAtRisk: [...s.goalsAtRisk],
    highestRiskScore: Math.max(0, ...register.map((r) => r.score)),
    highRisks: register.filter((r) => r.score >= 10).length,
    risks: applyOverrides(e.evaluation.risks.map(riskOut), e.riskRows),
  };
}

const CHANGE_SUMMARY: Record<string, (after: Record<string, unknown>, before: Record<string, unknown> | null) => string> = {
  create: () => 'Scenariot skapades.',
  update: () => 'Scenariots indata ändrades.',
  status: (a, b) =>
    `Status: ${STATUS_LABEL[(b?.status as keyof typeof STATUS_LABEL) ?? 'DRAFT'] ?? b?.status} → ${STATUS_LABEL[a.status as keyof typeof STATUS_LABEL] ?? a.status}` +
    (a.frozenAssumptions ? ' (data och antaganden frysta).' : '.'),
  duplicate: () => 'Scenariot skapades som kopia.',
  comment: () => 'Kommentar tillagd.',
  addRisk: (a) => `Egen risk tillagd: ${RISK_AREA_LABEL[a.area as RiskArea] ?? a.area}.`,
  updateRisk: (a) => `Egen risk ändrad: ${RISK_AREA_LABEL[a.area as RiskArea] ?? a.area}.`,
  override: (a) => {
    const o = a.override as { likelihood: number; consequence: number; justification: string } | null;
    return `Bedömningen av ${RISK_AREA_LABEL[a.area as RiskArea] ?? a.area} justerades till S${o?.likelihood} × K${o?.consequence}: ${o?.justification ?? ''}`;
  },
  clearOverride: (a) => `Justeringen av ${RISK_AREA_LABEL[a.area as RiskArea] ?? a.area} togs bort.`,
  assess: (a) => `Riskbedömningen av ${RISK_AREA_LABEL[a.area as RiskArea] ?? a.area} uppdaterades (steg och restrisk).`,
  addMitigation: (a) => `Åtgärd tillagd: ${String(a.action)}.`,
  updateMitigation: (a, b) =>
    b && Boolean(b.done) !== Boolean(a.done) ? `Åtgärd markerad som ${a.done ? 'klar' : 'inte klar'}: ${String(a.action)}.` : `Åtgärd ändrad: ${String(a.action)}.`,
  addParticipant: (a) => `Medverkan registrerad: ${String(a.name)} (${String(a.role)}).`,
};

export function auditEntryOut(e: AuditEntryRow): ScenarioAuditEntry {
  let summary: string;
  if (e.action === 'DELETE') {
    const b = e.before ?? {};
    const what: Record<string, string | undefined> = {
      ScenarioRisk: b.area ? `Egen risk borttagen: ${RISK_AREA_LABEL[b.area as RiskArea] ?? String(b.area)}.` : undefined,
      ScenarioMitigation: b.action ? `Åtgärd borttagen: ${String(b.action)}.` : undefined,
      ScenarioParticipant: b.name ? `Medverkan borttagen: ${String(b.name)}${b.role ? ` (${String(b.role)})` : ''}.` : undefined,
    };
    const entity = { Scenario: 'Scenariot', ScenarioRisk: 'En egen risk', ScenarioMitigation: 'En åtgärd', ScenarioParticipant: 'En medverkande', ScenarioComment: 'En kommentar' }[e.entity] ?? e.entity;
    summary = what[e.entity] ?? `${entity} togs bort.`;
  } else {
    const change = typeof e.after?.change === 'string' ? e.after.change : '';
    summary = CHANGE_SUMMARY[change]?.(e.after ?? {}, e.before) ?? 'Ändring.';
  }
  return {
    id: e.id,
    when: e.occurredAt,
    who: e.actor,
    whoName: e.actorName,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    summary,
    before: e.before ? JSON.stringify(e.before) : null,
    after: e.after ? JSON.stringify(e.after) : null,
  };
}

const ROLE_TITLE: Record<Role, string> = { VIEWER: 'läsbehörig', ANALYST: 'analytiker', EDITOR: 'förvaltningsledning', ADMIN: 'administratör' };

export function analysisDataOf(municipality: Municipality, row: ScenarioRow, e: Evaluated, participants: ParticipantRow[], now: Date): AnalysisData {
  return {
    municipalityName: municipality.name,
    scenario: {
      name: row.name,
      description: row.description,
      status: row.status,
      version: row.version,
      baseYear: row.baseYear,
      horizonYears: row.horizonYears,
      levers: e.levers,
      ownerName: row.owner.name,
      ownerTitle: ROLE_TITLE[row.owner.role],
      frozenAt: row.frozenAt,
      decidedAt: row.decidedAt,
      decidedBy: row.decidedBy?.name ?? null,
    },
    input: e.base.input,
    evaluation: e.evaluation,
    register: registerOf(e),
    participants,
    generatedAt: now,
  };
}

/**
 * Swedish names the analysis document and the risk register use for the model's codes. The risk areas' names are the
 * dashboard's too (`scenarios.areas` in dashboard/src/modules/scenarios/i18n.ts): one name per area wherever it is read.
 */
import type { BudgetCategory, RiskArea, ServiceArea } from '../../../model/index.js';

export const RISK_AREA_LABEL: Record<RiskArea, string> = {
  EQUITY: 'Likvärdighet mellan skolor',
  WORKLOAD: 'Arbetsbelastning för skolledare och lärare',
  COMPETENCE_LOSS: 'Kompetens går förlorad i det centrala stödet',
  ONE_TO_ONE_PROGRAMME: '1:1-satsningen i åk 7–9 och gymnasiet',
  SUPPORT_RESPONSE: 'Dagligt pedagogiskt IT-stöd',
  ASSISTIVE_TOOLS: 'Digitala hjälpmedel (skoldatatek)',
  SUPERVISOR_TRAINING: 'Handledarutbildning i digital kompetens',
  PLATFORM_ROLLOUT: 'Införandet av lärplattformen i F–6 och förskolan',
};

export const SERVICE_AREA_LABEL: Record<ServiceArea, string> = {
  PEDAGOGICAL_SUPPORT: 'pedagogiskt IT-stöd',
  TRAINING: 'utbildning och handledning',
  PLATFORM_ADMIN: 'lärplattform och systemförvaltning',
  ASSISTIVE_TOOLS: 'digitala hjälpmedel (skoldatatek)',
  PROCUREMENT: 'upphandling och beställarkompetens',
  DATA_PROTECTION: 'dataskydd (GDPR)',
  FOLLOW_UP: 'uppföljning och utveckling',
};

export const BUDGET_CATEGORY_LABEL: Record<BudgetCategory, string> = {
  PERSONNEL: 'personal',
  DEVICES: 'digitala enheter',
  LICENCES_SYSTEMS: 'licenser och system',
  COMPETENCE_DEVELOPMENT: 'kompetensutveckling',
  INFRASTRUCTURE: 'infrastruktur',
  SUPPORT: 'support',
};

export const STATUS_LABEL = { DRAFT: 'Utkast', PROPOSED: 'Förslag', DECIDED: 'Beslutat', ARCHIVED: 'Arkiverat' } as const;

/** The steps of a risk assessment before a change in the organisation (AFS 2023:1): identify, assess, act, follow up. */
export const RISK_STEP_LABEL = {
  IDENTIFIED: 'Identifierad',
  ASSESSED: 'Bedömd',
  ACTIONS_DECIDED: 'Åtgärder beslutade',
  FOLLOWED_UP: 'Följs upp',
} as const;

/** Score bands of the 5×5 matrix (likelihood × consequence), the usual four levels of a Swedish risk matrix. */
export function riskLevel(score: number): { label: string; color: string } {
  if (score >= 16) return { label: 'Mycket hög', color: 'D7301F' };
  if (score >= 10) return { label: 'Hög', color: 'FC8D59' };
  if (score >= 5) return { label: 'Medel', color: 'FDD49E' };
  return { label: 'Låg', color: 'B7E4C7' };
}

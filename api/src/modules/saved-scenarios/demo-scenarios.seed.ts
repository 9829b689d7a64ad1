/**
 * The demo's saved scenarios, so a politician sees a real comparison and a finished risk- och konsekvensanalys on
 * first start. Written through the same services as the API (so the audit trail tells their story), as the owner.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import type { LeverInputShape } from '../../model/index.js';
import * as register from '../risks/risk-register.service.js';
import { takeFrozenCopy, validateAgainstBase } from './saved-scenario.evaluation.js';
import { getScenario, insertScenario, registerGate, setScenarioStatus, type Caller, type ScenarioData } from './saved-scenario.service.js';

export const DEMO_SCENARIO_NAME = 'Minska CMiT med en tjänst';

async function callerFor(em: EntityManager, email: string): Promise<Caller> {
  const [user] = await em.execute<{ id: string; municipality_id: string; role: Role }[]>('SELECT id, municipality_id, role FROM app_user WHERE email = ?', [email]);
  if (!user) throw new Error(`Demo scenarios need the demo account ${email}`);
  return { municipalityId: user.municipality_id, userId: user.id, role: user.role, actor: email };
}

async function postId(em: EntityManager, municipalityId: string, title: string): Promise<string> {
  const [post] = await em.execute<{ id: string }[]>('SELECT id FROM support_post WHERE municipality_id = ? AND title = ? ORDER BY sort_order LIMIT 1', [municipalityId, title]);
  if (!post) throw new Error(`Demo scenarios need the post "${title}"`);
  return post.id;
}

async function create(em: EntityManager, caller: Caller, municipality: Municipality, data: ScenarioData & { description: string }): Promise<string> {
  // The demo's scenarios must be valid against the demo data: fail the seed loudly otherwise.
  await validateAgainstBase(em, municipality, data);
  return insertScenario(em, caller, data);
}

export async function insertDemoScenarios(em: EntityManager): Promise<void> {
  const head = await callerFor(em, 'forvaltningschef@exempelkommun.se');
  const strategist = await callerFor(em, 'strateg@exempelkommun.se');
  const municipality = await em.findOneOrFail(Municipality, { id: head.municipalityId });
  const baseYear = municipality.budgetYear;
  const supportPost = await postId(em, head.municipalityId, 'IT-pedagog, pedagogiskt IT-stöd');
  const cut = (deltaFte: number): LeverInputShape[] => [{ changePostFte: { postId: supportPost, deltaFte, fromYear: baseYear + 1 } }];

  const main = await create(em, head, municipality, {
    name: DEMO_SCENARIO_NAME,
    description:
      `Barn- och utbildningsnämnden har fått i uppdrag att minska kostnaderna inför ${baseYear + 1}. Förvaltningen utreder vad det betyder att ` +
      'dra ned en heltidstjänst i det dagliga pedagogiska IT-stödet i CMiT — Centrum för media och IT, som i dag har 4,2 årsarbetare och ' +
      'betjänar omkring 9 100 elever, lärare och skolledare från förskola till gymnasium.',
    baseYear,
    horizonYears: 3,
    levers: cut(-1),
  });
  const gate = registerGate(head);
  const [support] = await em.execute<{ id: string }[]>("SELECT id FROM scenario_risk WHERE scenario_id = ? AND area = 'SUPPORT_RESPONSE'", [main]);
  await register.overrideRisk(em, head, support!.id, {
    likelihood: 5,
    consequence: 5,
    justification: 'Kön växer utan gräns enligt modellen, och under terminsstarten saknar skolorna utan lokal IT-samordnare helt annat stöd.',
  }, gate);
  await register.addMitigation(em, head, support!.id, {
    action: 'Utbilda två superanvändare per skola utan lokal IT-samordnare',
    owner: 'Enhetschef CMiT',
    dueDate: `${baseYear + 1}-03-31`,
  }, gate);
  await register.addMitigation(em, head, support!.id, { action: 'Självbetjäningsportal med guider för de vanligaste ärendena', owner: 'Systemförvaltare lärplattform', dueDate: `${baseYear + 1}-06-30` }, gate);
  await register.assessRisk(em, head, support!.id, { step: 'ACTIONS_DECIDED', residualLikelihood: 4, residualConsequence: 4 }, gate);
  await register.addManualRisk(em, head, main, {
    area: 'COMPETENCE_LOSS',
    description: 'Den som går är en av två som kan skolornas tillgänglighetsverktyg; kunskapen blir sårbar vid sjukdom och semester.',
    likelihood: 3,
    consequence: 3,
  }, gate);
  await register.addParticipant(em, head, main, {
    name: 'Sara Lind',
    role: 'Huvudskyddsombud, Sveriges Lärare',
    participatedOn: `${baseYear}-11-18`,
    note: 'Deltog i riskbedömningen; begärde uppföljning av lärarnas arbetstid efter ett halvår.',
  }, gate);
  const proposed = await getScenario(em, head.municipalityId, main);
  await setScenarioStatus(em, head, main, proposed.version, 'PROPOSED', (row) => takeFrozenCopy(em, municipality, row));

  await create(em, strategist, municipality, {
    name: 'Minska CMiT med en halv tjänst',
    description: 'Ett mindre alternativ: halva tjänsten i det dagliga IT-stödet dras ned, resten av CMiT är oförändrat.',
    baseYear,
    horizonYears: 3,
    levers: cut(-0.5),
  });
  await create(em, strategist, municipality, {
    name: 'Förläng elevdatorernas utbytescykel till fyra år',
    description: 'Elevdatorerna i 1:1-programmet byts vart fjärde år i stället för vart tredje.',
    baseYear,
    horizonYears: 3,
    levers: [{ changeDevices: { replacementCycleYears: 4, fromYear: baseYear + 1 } }],
  });

  const grannby = await callerFor(em, 'strateg@grannby.se');
  const grannbyMunicipality = await em.findOneOrFail(Municipality, { id: grannby.municipalityId });
  await create(em, grannby, grannbyMunicipality, {
    name: 'Grannby: minska IT-pedagogen till halvtid',
    description: '',
    baseYear: grannbyMunicipality.budgetYear,
    horizonYears: 2,
    levers: [{ changePostFte: { postId: await postId(em, grannby.municipalityId, 'IT-pedagog'), deltaFte: -0.5 } }],
  });
}

/** A document's data built from the model's demo fixture and the pure engine: for unit tests and previews. */
import { DEFAULT_ASSUMPTIONS, evaluate, prepareBase } from '../../../model/index.js';
import { demoInput } from '../../../model/fixtures.js';
import type { Lever } from '../../../model/index.js';
import { buildRegister, type RiskRowData } from '../../risks/risk-register.rules.js';
import type { AnalysisData } from './analysis.content.js';

export const CUT_SUPPORT_POST: Lever[] = [{ kind: 'changePostFte', postId: 'p-support', deltaFte: -1, fromYear: 2027 }];

export function demoAnalysisData(levers: Lever[] = CUT_SUPPORT_POST): AnalysisData {
  const input = demoInput();
  const scenario = { baseYear: 2026, horizonYears: 3, levers };
  const evaluation = evaluate(prepareBase(input, DEFAULT_ASSUMPTIONS), scenario);
  const at = new Date('2026-11-20T09:30:00Z');
  const rows: RiskRowData[] = evaluation.risks.map((r, i) => ({
    id: `engine-${r.area}`,
    source: 'ENGINE',
    area: r.area,
    description: null,
    likelihood: null,
    consequence: null,
    override:
      r.area === 'SUPPORT_RESPONSE'
        ? { likelihood: 4, consequence: 4, justification: 'Skolornas superanvändare tar en del av ärendena under första året.', by: 'Förvaltningschef Eva Exempel', at }
        : null,
    residual: r.area === 'SUPPORT_RESPONSE' ? { likelihood: 3, consequence: 3 } : null,
    step: r.area === 'SUPPORT_RESPONSE' ? 'ACTIONS_DECIDED' : 'ASSESSED',
    sortOrder: i,
    mitigations:
      r.area === 'SUPPORT_RESPONSE'
        ? [{ id: 'm1', action: 'Utbilda superanvändare på skolor utan lokal IT-samordnare', owner: 'Enhetschef CMiT', dueDate: '2027-03-31', done: false }]
        : [],
  }));
  rows.push({
    id: 'manual-1',
    source: 'MANUAL',
    area: 'COMPETENCE_LOSS',
    description: 'Kvarvarande personal i CMiT får ensam bära kunskapen om skoldatateket; sårbart vid sjukdom.',
    likelihood: 3,
    consequence: 3,
    override: null,
    residual: null,
    step: 'IDENTIFIED',
    sortOrder: 0,
    mitigations: [],
  });
  return {
    municipalityName: 'Exempelkommun',
    scenario: {
      name: 'Minska CMiT med en tjänst',
      description: 'Barn- och utbildningsnämnden ska spara 1,5 % inför 2027. Förvaltningen utreder vad det betyder att dra ned en tjänst i det centrala pedagogiska IT-stödet.',
      status: 'PROPOSED',
      version: 3,
      baseYear: 2026,
      horizonYears: 3,
      levers,
      ownerName: 'Eva Exempel',
      ownerTitle: 'förvaltningschef',
      frozenAt: at,
      decidedAt: null,
      decidedBy: null,
    },
    input,
    evaluation,
    register: buildRegister(evaluation.risks, rows),
    participants: [{ name: 'Sara Skyddsombud', role: 'Huvudskyddsombud, Sveriges Lärare', participatedOn: '2026-11-18', note: 'Deltog i riskbedömningen.' }],
    generatedAt: at,
  };
}

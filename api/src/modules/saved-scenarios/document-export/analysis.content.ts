/**
 * The risk- och konsekvensanalys as a list of blocks (headings, paragraphs, tables, the risk matrix), built once
 * from plain data and rendered by both the PDF and the DOCX writer, so the two documents always say the same.
 * Swedish throughout; money in tkr; the model's figures are shown, never recomputed here.
 */
import { DEFAULT_ASSUMPTIONS, formatNumber, formatPercent, formatTkr } from '../../../model/index.js';
import type { AssumptionId, Lever, MunicipalityInput, ScenarioEvaluation } from '../../../model/index.js';
import type { RegisterRisk } from '../../risks/risk-register.rules.js';
import { describeLever } from './lever-text.js';
import { RISK_AREA_LABEL, RISK_STEP_LABEL, STATUS_LABEL, riskLevel } from './labels.js';

export interface ParticipantData {
  name: string;
  role: string;
  participatedOn: string;
  note: string | null;
}

/** Everything a document needs, gathered by the service (or a test) beforehand. */
export interface AnalysisData {
  municipalityName: string;
  scenario: {
    name: string;
    description: string;
    status: keyof typeof STATUS_LABEL;
    version: number;
    baseYear: number;
    horizonYears: number;
    levers: Lever[];
    ownerName: string;
    ownerTitle: string;
    /** When the inputs and assumptions were frozen (proposed); null for a draft that follows the data. */
    frozenAt: Date | null;
    decidedAt: Date | null;
    decidedBy: string | null;
  };
  /** The base data the evaluation used: names of posts and schools for the levers. */
  input: MunicipalityInput;
  evaluation: ScenarioEvaluation;
  register: RegisterRisk[];
  participants: ParticipantData[];
  generatedAt: Date;
}

export type Align = 'left' | 'right' | 'center';

export type Block =
  | { kind: 'title'; title: string; subtitle: string; meta: [string, string][] }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; small?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: { title: string; width: number; align?: Align; firstLineBold?: boolean }[]; rows: string[][]; caption?: string; boldLastRow?: boolean }
  | { kind: 'riskMatrix'; caption: string; risks: { label: string; likelihood: number; consequence: number }[]; compact?: boolean };

const date = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const dateTime = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });
const hours = (h: number, d = 1) => `${formatNumber(h, d)} h`;
const rating = (r: { likelihood: number; consequence: number }) => `S${r.likelihood} × K${r.consequence} = ${r.likelihood * r.consequence}`;
const signedTkr = (sek: number) => formatTkr(sek);

/** Waiting time in Swedish, or the honest statement that the queue has no end. */
export function waitText(saturated: boolean, waitHours: number | null): string {
  if (saturated || waitHours === null) return 'kön växer utan gräns';
  return waitHours < 8 ? `${formatNumber(waitHours, 1)} arbetstimmar` : `${formatNumber(waitHours / 8, 1)} arbetsdagar`;
}

function yearsText(years: number | null, reachYear: number | null): string {
  if (years === null || reachYear === null) return 'nås inte med nuvarande takt';
  return years === 0 ? 'redan nått' : `${formatNumber(years, 1)} år (år ${reachYear})`;
}

function leverTexts(d: AnalysisData): string[] {
  if (d.scenario.levers.length === 0) return ['Scenariot innehåller inga förändringar; det visar nuläget.'];
  return d.scenario.levers.map((l) => describeLever(l, d.input, d.scenario.baseYear));
}

function economy(d: AnalysisData): Block[] {
  const e = d.evaluation;
  const rows = e.comparison.map((c) => [String(c.year), signedTkr(c.grossSavingSek), signedTkr(c.shiftedCostSek), signedTkr(c.netSavingSek)]);
  const sum = (pick: (c: (typeof e.comparison)[number]) => number) => e.comparison.reduce((s, c) => s + pick(c), 0);
  rows.push(['Summa', signedTkr(sum((c) => c.grossSavingSek)), signedTkr(sum((c) => c.shiftedCostSek)), signedTkr(sum((c) => c.netSavingSek))]);
  const s = e.summary;
  return [
    { kind: 'heading', level: 1, text: '3. Ekonomiska konsekvenser' },
    {
      kind: 'paragraph',
      text:
        `Första hela året (${s.year}) minskar kostnaderna med ${formatTkr(s.grossSavingSek)} (bruttobesparing). ` +
        `Arbete som stödenheten inte längre hinner med flyttas till lärare och skolledare; det motsvarar ${formatTkr(s.shiftedCostSek)} i deras arbetstid. ` +
        `Nettobesparingen blir därför ${formatTkr(s.netSavingSek)} per år.`,
    },
    {
      kind: 'table',
      caption: 'Tabell 1. Ekonomiska konsekvenser per år (tkr; positivt tal = besparing)',
      columns: [
        { title: 'År', width: 1 },
        { title: 'Bruttobesparing', width: 2, align: 'right' },
        { title: 'Kostnad som flyttas till skolorna', width: 3, align: 'right' },
        { title: 'Nettobesparing', width: 2, align: 'right' },
      ],
      rows,
      boldLastRow: true,
    },
  ];
}

function operations(d: AnalysisData): Block[] {
  const e = d.evaluation;
  const s = e.summary;
  const baseYear = e.base[0]!;
  const scenYear = e.scenario[0]!;
  const rows: string[][] = [
    ['Stödenhetens bemanning', `${formatNumber(s.supportFteBase, 2)} årsarbetare`, `${formatNumber(s.supportFteScenario, 2)} årsarbetare`],
    ['Personer per årsarbetare', s.peoplePerFteBase === null ? '–' : formatNumber(s.peoplePerFteBase, 0), s.peoplePerFteScenario === null ? 'ingen kvar' : formatNumber(s.peoplePerFteScenario, 0)],
    [
      'Beläggning i det dagliga stödet',
      s.supportUtilisationBase === null ? 'ingen kapacitet' : formatPercent(s.supportUtilisationBase),
      s.supportUtilisation === null ? 'ingen kapacitet kvar' : formatPercent(s.supportUtilisation),
    ],
    ['Förväntad väntetid på stöd', waitText(baseYear.support.state === 'saturated', s.expectedWaitHoursBase), waitText(s.supportSaturated, s.expectedWaitHours)],
    [
      'Tid tills alla lärare gått modulerna i digital kompetens',
      yearsText(baseYear.training.yearsToTarget, baseYear.training.reachYear),
      yearsText(scenYear.training.yearsToTarget, scenYear.training.reachYear),
    ],
    [
      'Införande av lärplattformen',
      e.rollout.base.monthsToFinish === null ? 'blir inte klart' : `${formatNumber(e.rollout.base.monthsToFinish, 1)} månader`,
      e.rollout.scenario.monthsToFinish === null ? 'blir inte klart' : `${formatNumber(e.rollout.scenario.monthsToFinish, 1)} månader`,
    ],
  ];
  const delay = e.rollout.scenario.delayMonths;
  const text = s.supportSaturated
    ? `Efterfrågan på dagligt stöd blir större än kapaciteten (beläggning ${s.supportUtilisation === null ? 'utan kapacitet' : formatPercent(s.supportUtilisation)}): kön växer utan gräns och någon väntetid kan inte anges.`
    : `Den förväntade väntetiden på dagligt stöd blir ${waitText(false, s.expectedWaitHours)} (i dag ${waitText(baseYear.support.state === 'saturated', s.expectedWaitHoursBase)}).`;
  return [
    { kind: 'heading', level: 1, text: '4. Konsekvenser för verksamheten' },
    { kind: 'paragraph', text },
    {
      kind: 'paragraph',
      text:
        delay !== null && delay > 0
          ? `Lärplattformens införande försenas ${formatNumber(delay, 1)} månader mot planen.`
          : 'Lärplattformens införande ryms inom den planerade tiden.',
    },
    {
      kind: 'table',
      caption: `Tabell 2. Verksamhetens kapacitet ${s.year}, i dag och med förslaget`,
      columns: [
        { title: 'Mått', width: 3 },
        { title: 'I dag', width: 2, align: 'right' },
        { title: 'Med förslaget', width: 2, align: 'right' },
      ],
      rows,
    },
  ];
}

function equity(d: AnalysisData): Block[] {
  const e = d.evaluation;
  const b = e.equityBase;
  const sc = e.equityScenario;
  const n = (x: number | null, dec = 2) => (x === null ? '–' : formatNumber(x, dec));
  const movers = [...e.schools].sort((x, y) => x.change - y.change || x.code.localeCompare(y.code)).slice(0, 5);
  return [
    { kind: 'heading', level: 1, text: '5. Likvärdighet mellan skolor' },
    {
      kind: 'paragraph',
      text:
        `Det digitala likvärdighetsindexet (0–1) väger samman enhetstäckning, tillgång till stöd, personalens kompetens och skolans självskattade mognad. ` +
        `Med förslaget ligger ${sc.schoolsBelowThreshold} av ${e.schools.length} skolor under tröskeln (i dag ${b.schoolsBelowThreshold}); ` +
        `${e.schoolsMovedBelowThreshold.length} skolor hamnar under tröskeln genom förändringen. Centralt stöd fördelas efter behov, så skolor utan lokal IT-samordnare påverkas mest.`,
    },
    {
      kind: 'table',
      caption: 'Tabell 3. Likvärdighet mellan skolorna',
      columns: [
        { title: 'Mått', width: 3 },
        { title: 'I dag', width: 1, align: 'right' },
        { title: 'Med förslaget', width: 1, align: 'right' },
      ],
      rows: [
        ['Medelvärde för indexet', n(b.meanIndex), n(sc.meanIndex)],
        ['Variationskoefficient', n(b.coefficientOfVariation), n(sc.coefficientOfVariation)],
        ['Gini-koefficient', n(b.gini), n(sc.gini)],
        ['P90/P10', n(b.p90p10), n(sc.p90p10)],
        ['Skolor under tröskeln', String(b.schoolsBelowThreshold), String(sc.schoolsBelowThreshold)],
        ['Samband med socioekonomiskt index', n(b.correlationWithSocioeconomicIndex), n(sc.correlationWithSocioeconomicIndex)],
      ],
    },
    {
      kind: 'table',
      caption: 'Tabell 4. De skolor som påverkas mest',
      columns: [
        { title: 'Skolenhet', width: 3 },
        { title: 'Lokal IT-samordnare', width: 1.4 },
        { title: 'Index i dag', width: 1, align: 'right' },
        { title: 'Med förslaget', width: 1.1, align: 'right' },
        { title: 'Förändring', width: 1, align: 'right' },
      ],
      rows: movers.map((m) => [m.name, m.hasLocalItCoordinator ? 'Ja' : 'Nej', n(m.equityIndexBase), n(m.equityIndexScenario), n(m.change)]),
    },
  ];
}

function workEnvironment(d: AnalysisData): Block[] {
  const w = d.evaluation.scenario[0]!.workload;
  const wb = d.evaluation.base[0]!.workload;
  const top = [...d.evaluation.schools].sort((a, b) => b.shiftedHoursPerTeacher - a.shiftedHoursPerTeacher).slice(0, 3).filter((s) => s.shiftedHoursPerTeacher > 0);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: '6. Arbetsmiljö' },
    {
      kind: 'paragraph',
      text:
        `Stöd som enheten inte hinner med flyttas till skolorna: ${hours(w.hoursPerTeacher - wb.hoursPerTeacher)} per lärare och ${hours(w.hoursPerSchoolLeader - wb.hoursPerSchoolLeader)} per skolledare och år ` +
        `(totalt ${formatNumber(w.shiftedHours - wb.shiftedHours, 0)} timmar, värderat till ${formatTkr(w.costSek - wb.costSek)}).` +
        (top.length > 0 ? ` Mest ökar belastningen på ${top.map((s) => `${s.name} (${hours(s.shiftedHoursPerTeacher)} per lärare)`).join(', ')}.` : ''),
    },
    {
      kind: 'paragraph',
      text:
        'Arbetsgivaren ska enligt AFS 2023:1 (systematiskt arbetsmiljöarbete) undersöka och bedöma riskerna för ohälsa och olycksfall före en ändring i verksamheten, ' +
        'vidta åtgärder och följa upp dem. Skyddsombud och arbetstagare ska ges möjlighet att medverka.',
    },
  ];
  if (d.participants.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Ingen medverkan från arbetstagarsidan är registrerad ännu.', bold: true });
  } else {
    blocks.push({
      kind: 'table',
      caption: 'Tabell 5. Medverkan från arbetstagarsidan',
      columns: [
        { title: 'Namn', width: 2 },
        { title: 'Roll', width: 2 },
        { title: 'Datum', width: 1 },
        { title: 'Anteckning', width: 3 },
      ],
      rows: d.participants.map((p) => [p.name, p.role, p.participatedOn, p.note ?? '']),
    });
  }
  return blocks;
}

function goals(d: AnalysisData): Block[] {
  const atRisk = d.evaluation.goalsAtRisk.filter((g) => g.atRisk);
  return [
    { kind: 'heading', level: 1, text: '7. Mål som riskeras' },
    atRisk.length === 0
      ? { kind: 'paragraph', text: 'Inget av den nationella digitaliseringsstrategins delmål förlorar så mycket av arbetet som tjänar det att det flaggas.' }
      : {
          kind: 'table',
          caption: 'Tabell 6. Delmål i den nationella digitaliseringsstrategin vars arbete minskar',
          columns: [
            { title: 'Delmål', width: 0.8 },
            { title: 'Beskrivning', width: 3.2 },
            { title: 'Timmar i dag', width: 1.2, align: 'right' },
            { title: 'Med förslaget', width: 1.2, align: 'right' },
            { title: 'Tapp', width: 0.8, align: 'right' },
          ],
          rows: atRisk.map((g) => [g.goal, g.name, formatNumber(g.baseCapacityHours, 0), formatNumber(g.scenarioCapacityHours, 0), formatPercent(g.capacityLossShare)]),
        },
    {
      kind: 'paragraph',
      small: true,
      text: 'Modellen förutsäger inte betyg eller resultat; den visar hur mycket av det arbete som tjänar varje delmål som försvinner.',
    },
  ];
}

function matrix(d: AnalysisData, compact = false): Block {
  return {
    kind: 'riskMatrix',
    compact,
    caption: 'Figur 1. Riskmatris (sannolikhet × konsekvens) med förslaget; R-numren hänvisar till riskregistret',
    risks: d.register.map((r) => ({ label: `R${r.number}`, likelihood: r.rating.likelihood, consequence: r.rating.consequence })),
  };
}

function registerTable(d: AnalysisData): Block[] {
  const rows = d.register.map((r) => {
    const assessment = [rating(r.rating), riskLevel(r.score).label];
    if (r.override) {
      assessment.push(`Justerad från ${rating(r.original)} av ${r.override.by} ${dateTime(r.override.at)}: ${r.override.justification}`);
    }
    const actions = r.mitigations.length
      ? r.mitigations.map((m) => `• ${m.action} (ansvarig: ${m.owner}${m.dueDate ? `, klart ${m.dueDate}` : ''}${m.done ? ', genomförd' : ''})`).join('\n')
      : 'Inga åtgärder registrerade';
    return [
      `R${r.number}`,
      `${RISK_AREA_LABEL[r.area]}${r.source === 'MANUAL' ? ' (manuellt tillagd)' : ''}\n${r.description}`,
      assessment.join('\n'),
      actions,
      r.residual ? rating(r.residual) : '–',
      RISK_STEP_LABEL[r.step],
    ];
  });
  return [
    { kind: 'heading', level: 1, text: '9. Riskregister och åtgärder' },
    {
      kind: 'paragraph',
      text:
        'Riskerna är identifierade av modellens regler utifrån siffrorna ovan och av förvaltningen. Sannolikhet (S) och konsekvens (K) bedöms 1–5; ' +
        'en justerad bedömning visar alltid den ursprungliga och motiveringen. Status följer arbetsgången i AFS 2023:1: identifiera, bedöma, åtgärda, följa upp.',
    },
    {
      kind: 'table',
      caption: 'Tabell 7. Riskregister',
      columns: [
        { title: 'Nr', width: 0.5 },
        { title: 'Risk', width: 3.0, firstLineBold: true },
        { title: 'Bedömning', width: 1.9, firstLineBold: true },
        { title: 'Åtgärder', width: 2.4 },
        { title: 'Restrisk', width: 1.2 },
        { title: 'Status', width: 1.5 },
      ],
      rows,
    },
  ];
}

function assumptions(d: AnalysisData): Block[] {
  const used = d.evaluation.assumptionsUsed;
  const rows = (Object.keys(used) as AssumptionId[]).map((id) => {
    const a = DEFAULT_ASSUMPTIONS[id];
    const changed = used[id] !== a.value;
    return [a.label, `${formatNumber(used[id], 3)}${changed ? ' *' : ''}`, a.unit, a.source];
  });
  return [
    { kind: 'heading', level: 1, text: '10. Antaganden' },
    {
      kind: 'paragraph',
      text: 'Beräkningarna bygger på följande antaganden. Värden markerade med * har kommunen själv angett; övriga är Likvärds standardvärden.',
    },
    {
      kind: 'table',
      caption: 'Tabell 8. Antaganden som använts',
      columns: [
        { title: 'Antagande', width: 2.4 },
        { title: 'Värde', width: 0.9, align: 'right' },
        { title: 'Enhet', width: 1.2 },
        { title: 'Källa', width: 4 },
      ],
      rows,
    },
  ];
}

function meta(d: AnalysisData): [string, string][] {
  const s = d.scenario;
  return [
    ['Kommun', d.municipalityName],
    ['Status', `${STATUS_LABEL[s.status]}, version ${s.version}`],
    ['Framtagen av', `${s.ownerName}, ${s.ownerTitle}`],
    ['Underlag', s.frozenAt ? `Låst ${dateTime(s.frozenAt)} (data och antaganden frysta vid förslaget)` : 'Utkast: siffrorna följer aktuella data'],
    ...(s.decidedAt ? ([['Beslutat', `${dateTime(s.decidedAt)}${s.decidedBy ? ` av ${s.decidedBy}` : ''}`]] as [string, string][]) : []),
    ['Dokumentet skapat', dateTime(d.generatedAt)],
  ];
}

/** The full analysis. */
export function analysisBlocks(d: AnalysisData): Block[] {
  const s = d.scenario;
  const last = s.baseYear + s.horizonYears;
  return [
    { kind: 'title', title: 'Risk- och konsekvensanalys', subtitle: s.name, meta: meta(d) },
    { kind: 'heading', level: 1, text: '1. Bakgrund' },
    { kind: 'paragraph', text: s.description.trim() || 'Ingen bakgrund angiven.' },
    { kind: 'heading', level: 1, text: '2. Förslaget' },
    { kind: 'paragraph', text: `Basår ${s.baseYear}; konsekvenserna beräknas för ${s.horizonYears} år (${s.baseYear + 1}–${last}).` },
    { kind: 'bullets', items: leverTexts(d) },
    ...economy(d),
    ...operations(d),
    ...equity(d),
    ...workEnvironment(d),
    ...goals(d),
    { kind: 'heading', level: 1, text: '8. Riskmatris' },
    matrix(d),
    ...registerTable(d),
    ...assumptions(d),
    { kind: 'heading', level: 1, text: '11. Ansvar och underlag' },
    {
      kind: 'paragraph',
      text:
        `Analysen är framtagen av ${s.ownerName} (${s.ownerTitle}) för ${d.municipalityName}. Siffrorna är beräknade med Likvärds scenariomodell ` +
        `(version ${s.version} av scenariot) från kommunens data${s.frozenAt ? ` så som de var ${date(s.frozenAt)}` : ` per ${date(d.generatedAt)}`}. ` +
        'Varje siffra kan spåras till indata, antaganden och formel i Likvärd.',
    },
  ];
}

/** One page for the politicians: the net effect, what is lost, the matrix and the largest risks. */
export function summaryBlocks(d: AnalysisData): Block[] {
  const e = d.evaluation;
  const s = e.summary;
  const top = [...d.register].sort((a, b) => b.score - a.score || a.number - b.number).slice(0, 4);
  const atRisk = e.goalsAtRisk.filter((g) => g.atRisk).map((g) => g.goal);
  return [
    { kind: 'title', title: 'Sammanfattning för förtroendevalda', subtitle: d.scenario.name, meta: meta(d).filter(([k]) => k !== 'Dokumentet skapat' && k !== 'Underlag') },
    { kind: 'bullets', items: leverTexts(d) },
    {
      kind: 'table',
      columns: [
        { title: `Per år från ${s.year}`, width: 3 },
        { title: 'Belopp', width: 1, align: 'right' },
      ],
      rows: [
        ['Bruttobesparing', formatTkr(s.grossSavingSek)],
        ['Kostnad som flyttas till lärare och skolledare', formatTkr(s.shiftedCostSek)],
        ['Nettobesparing', formatTkr(s.netSavingSek)],
      ],
      boldLastRow: true,
    },
    {
      kind: 'bullets',
      items: [
        `IT-stödet går från ${formatNumber(s.supportFteBase, 2)} till ${formatNumber(s.supportFteScenario, 2)} årsarbetare; väntetid på stöd: ${waitText(s.supportSaturated, s.expectedWaitHours)}.`,
        `Likvärdighet: ${e.schoolsMovedBelowThreshold.length} skolor hamnar under tröskeln; ${e.equityScenario.schoolsBelowThreshold} av ${e.schools.length} ligger under den.`,
        `Arbetsmiljö: ${hours(s.shiftedHoursPerTeacher)} mer per lärare och år.`,
        atRisk.length ? `Delmål i digitaliseringsstrategin som förlorar arbete: ${atRisk.join(', ')}.` : 'Inga delmål i digitaliseringsstrategin flaggas.',
      ],
    },
    matrix(d, true),
    { kind: 'heading', level: 2, text: 'Största riskerna' },
    {
      kind: 'table',
      columns: [
        { title: 'Nr', width: 0.5 },
        { title: 'Risk', width: 4 },
        { title: 'Nivå', width: 1.2 },
        { title: 'Åtgärder', width: 1 , align: 'right' },
      ],
      rows: top.map((r) => [`R${r.number}`, `${RISK_AREA_LABEL[r.area]}${r.source === 'MANUAL' ? ' (förvaltningens)' : ''}`, `${riskLevel(r.score).label} (${r.score})`, String(r.mitigations.length)]),
    },
  ];
}

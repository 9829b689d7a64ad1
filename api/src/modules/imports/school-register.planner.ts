import type { RawSheet } from './import-file.reader.js';
import { COLUMNS, type Plan, type PlanContext, type RowProblem, type Source } from './import-kinds.js';
import { cellText, isBlank, normaliseHeader, parseFlag, parseInteger, parseSchoolUnitCode, parseYear, type Cell } from './swedish-values.js';

/**
 * Skolverket's school unit register (Skolenhetsregistret) as published: one sheet per school form with a header
 * row (possibly below title rows) of columns such as HUVUDMANNATYP, ORGANISATIONSNR, LÄN, KOMMUN, KOMMUNNAMN,
 * SKOLENHETSKOD, NAMN, addresses, J/N flags per school year (FKLASS, ÅR1 … ÅR9) and pupil counts (ELEVER FKLASS,
 * ELEVER ÅR1 …), plus a sheet of principals (Huvudmän). It covers the whole country: the caller's own units are
 * created or updated (name, school forms, pupils per grade band for the year), every other row is skipped.
 */

type Band = 'pupils_preschool' | 'pupils_f_3' | 'pupils_4_6' | 'pupils_7_9' | 'pupils_upper_secondary' | 'pupils_other';

interface SheetForm {
  /** School forms the sheet's rows give a unit (grundskola: by the year flags). */
  forms: (flags: Map<string, boolean>) => string[];
  /** Where the sheet's pupils go: per grade column, or all of them. */
  band: (grade: string) => Band | null;
  /** Grade keys are shared between sheets that count the same pupils (förskoleklass in two sheets). */
  gradeKey: (grade: string) => string;
}

const GRADES = ['FKLASS', 'ÅR1', 'ÅR2', 'ÅR3', 'ÅR4', 'ÅR5', 'ÅR6', 'ÅR7', 'ÅR8', 'ÅR9'];
const bandOfGrade = (grade: string): Band | null => {
  if (['FKLASS', 'ÅR1', 'ÅR2', 'ÅR3'].includes(grade)) return 'pupils_f_3';
  if (['ÅR4', 'ÅR5', 'ÅR6'].includes(grade)) return 'pupils_4_6';
  if (['ÅR7', 'ÅR8', 'ÅR9'].includes(grade)) return 'pupils_7_9';
  return null;
};

const GRUNDSKOLA: SheetForm = {
  forms: (flags) => [
    ...(flags.get('FKLASS') ? ['FORSKOLEKLASS'] : []),
    ...(['ÅR1', 'ÅR2', 'ÅR3'].some((g) => flags.get(g)) ? ['GRUNDSKOLA_F_3'] : []),
    ...(['ÅR4', 'ÅR5', 'ÅR6'].some((g) => flags.get(g)) ? ['GRUNDSKOLA_4_6'] : []),
    ...(['ÅR7', 'ÅR8', 'ÅR9'].some((g) => flags.get(g)) ? ['GRUNDSKOLA_7_9'] : []),
  ],
  band: (grade) => (grade === 'ALL' ? 'pupils_other' : bandOfGrade(grade)),
  gradeKey: (grade) => (grade === 'FKLASS' ? 'FKLASS' : `GR:${grade}`),
};

/** The sheet's school form from its name; null for sheets whose rows are not taken in (other school forms). */
function sheetForm(name: string): SheetForm | 'PRINCIPALS' | null {
  const n = normaliseHeader(name);
  if (n.includes('huvudm')) return 'PRINCIPALS';
  if (n.includes('grundsärskola') || n.includes('anpassadgrundskola')) {
    return { forms: () => ['ANPASSAD_GRUNDSKOLA'], band: () => 'pupils_other', gradeKey: (grade) => `ANP:${grade}` };
  }
  if (n.includes('gymnasiesärskola') || n.includes('anpassadgymnasieskola')) return null;
  if (n.includes('grundskola')) return GRUNDSKOLA;
  if (n.includes('förskoleklass')) return { forms: () => ['FORSKOLEKLASS'], band: () => 'pupils_f_3', gradeKey: () => 'FKLASS' };
  if (n.includes('gymnasieskola')) return { forms: () => ['GYMNASIESKOLA'], band: () => 'pupils_upper_secondary', gradeKey: (grade) => `GY:${grade}` };
  // Pupils in fritidshem are the same children as in school: the form counts, the pupils do not.
  if (n.includes('fritidshem')) return { forms: () => ['FRITIDSHEM'], band: () => null, gradeKey: (grade) => `FH:${grade}` };
  if (n.includes('förskola')) return { forms: () => ['FORSKOLA'], band: () => 'pupils_preschool', gradeKey: (grade) => `FS:${grade}` };
  return null;
}

interface UnitAggregate {
  code: string;
  name: string;
  forms: Set<string>;
  /** Pupils per grade key, the first sheet that gives a grade wins (no double counting). */
  grades: Map<string, { band: Band; pupils: number }>;
  sources: Source[];
}

/** A year stated in the rows above the header (e.g. "Uttag 2025-10-01", "Läsår 2025/26"). */
function statedYear(sheet: RawSheet, headerAt: number): number | null {
  for (const row of sheet.rows.slice(0, headerAt)) {
    for (const cell of row.cells) {
      const text = cellText(cell);
      const match = /(20\d\d)(?:-\d\d-\d\d|\s*\/\s*\d\d)/.exec(text) ?? (cell instanceof Date ? [String(cell.getUTCFullYear()), String(cell.getUTCFullYear())] : null);
      if (match) {
        const year = parseYear(match[1]!);
        if (year.ok) return year.value;
      }
    }
  }
  return null;
}

const REQUIRED = COLUMNS.SCHOOL_REGISTER.filter((c) => c.required);
/** School forms in the order the rest of the app lists them. */
const FORM_ORDER = ['FORSKOLA', 'FORSKOLEKLASS', 'GRUNDSKOLA_F_3', 'GRUNDSKOLA_4_6', 'GRUNDSKOLA_7_9', 'ANPASSAD_GRUNDSKOLA', 'GYMNASIESKOLA', 'FRITIDSHEM'];

export function planSchoolRegister(sheets: RawSheet[], ctx: PlanContext): Plan {
  const plan: Plan = { rowsRead: 0, drafts: [], errors: [], skips: [] };
  const units = new Map<string, UnitAggregate>();
  let year = ctx.year;
  let pupilsSeen = null as Source | null;
  let formSheets = 0;

  for (const sheet of sheets) {
    const form = sheetForm(sheet.name ?? '');
    if (form === 'PRINCIPALS') continue;
    // The header row: the first of the first 20 rows that has SKOLENHETSKOD.
    const headerAt = sheet.rows.slice(0, 20).findIndex((row) => row.cells.some((cell) => normaliseHeader(cellText(cell)) === 'skolenhetskod'));
    if (headerAt < 0) continue;
    formSheets++;
    const header = sheet.rows[headerAt]!;
    const at = new Map<string, number>();
    header.cells.forEach((cell, i) => {
      const key = normaliseHeader(cellText(cell));
      if (key && !at.has(key)) at.set(key, i);
    });
    const find = (...names: string[]) => names.map((n) => at.get(normaliseHeader(n))).find((i) => i !== undefined);
    const missing = REQUIRED.filter((c) => find(c.header, ...c.aliases) === undefined);
    if (missing.length > 0) {
      for (const c of missing) plan.errors.push({ sheet: sheet.name, row: header.row, column: c.header, message: `Kolumnen ${c.header} saknas i rubrikraden.`, label: '' });
      continue;
    }
    year ??= statedYear(sheet, headerAt);
    const kommunAt = find('KOMMUN', 'KOMMUNKOD')!;
    const codeAt = find('SKOLENHETSKOD')!;
    const nameAt = find('NAMN', 'SKOLENHETENS NAMN', 'SKOLENHETSNAMN')!;
    const statusAt = find('STATUS');
    const flagAt = GRADES.map((grade) => [grade, at.get(normaliseHeader(grade))] as const).filter(([, i]) => i !== undefined) as [string, number][];
    const pupilAt = GRADES.map((grade) => [grade, at.get(normaliseHeader(`ELEVER ${grade}`))] as const).filter(([, i]) => i !== undefined) as [string, number][];
    const totalAt = find('ELEVER', 'ANTAL ELEVER', 'ELEVER TOTALT', 'TOTALT ANTAL ELEVER');
    const pupilColumns: [string, number][] = pupilAt.length > 0 ? pupilAt : totalAt !== undefined ? [['ALL', totalAt]] : [];

    for (const raw of sheet.rows.slice(headerAt + 1)) {
      plan.rowsRead++;
      const source = { sheet: sheet.name, row: raw.row };
      const cell = (i: number): Cell => raw.cells[i] ?? null;
      const label = cellText(cell(codeAt));
      const kommun = cellText(cell(kommunAt)).replace(/\s/g, '').padStart(4, '0');
      if (kommun !== ctx.municipalityCode) {
        plan.skips.push({ ...source, column: null, message: `Kommun ${cellText(cell(kommunAt))}, inte din kommun.`, label });
        continue;
      }
      if (!form) {
        plan.skips.push({ ...source, column: null, message: `Skolformen i bladet ${sheet.name} tas inte in i Likvärd.`, label });
        continue;
      }
      if (statusAt !== undefined && /upph|nedlagd|avslutad/i.test(cellText(cell(statusAt)))) {
        plan.skips.push({ ...source, column: null, message: `Skolenheten har status ${cellText(cell(statusAt))}.`, label });
        continue;
      }
      const problems: RowProblem[] = [];
      const problem = (column: string, message: string) => problems.push({ ...source, column, message, label });
      const code = parseSchoolUnitCode(cell(codeAt));
      if (!code.ok) problem('SKOLENHETSKOD', code.message);
      const name = cellText(cell(nameAt));
      if (!name) problem('NAMN', 'Värde saknas.');
      const flags = new Map<string, boolean>();
      for (const [grade, i] of flagAt) {
        const flag = parseFlag(cell(i));
        if (flag.ok) flags.set(grade, flag.value);
        else problem(grade, flag.message);
      }
      const pupils: [string, number][] = [];
      for (const [grade, i] of pupilColumns) {
        if (isBlank(cell(i))) continue;
        // Skolverket masks small counts ("." or "..") for privacy: no figure is no figure.
        if (/^\.+$/.test(cellText(cell(i)))) continue;
        const count = parseInteger(cell(i), 0, 100_000);
        if (count.ok) pupils.push([grade, count.value]);
        else problem(grade === 'ALL' ? 'ELEVER' : `ELEVER ${grade}`, count.message);
      }
      if (problems.length > 0 || !code.ok) {
        plan.errors.push(...problems);
        continue;
      }
      if (pupils.length > 0) pupilsSeen ??= source;
      const unit: UnitAggregate = units.get(code.value) ?? { code: code.value, name, forms: new Set<string>(), grades: new Map(), sources: [] };
      for (const f of form.forms(flags)) unit.forms.add(f);
      for (const [grade, count] of pupils) {
        const band = form.band(grade);
        const key = form.gradeKey(grade);
        if (band && !unit.grades.has(key)) unit.grades.set(key, { band, pupils: count });
      }
      unit.sources.push(source);
      units.set(code.value, unit);
    }
  }

  if (formSheets === 0 && plan.errors.length === 0) {
    plan.errors.push({ sheet: null, row: 0, column: 'SKOLENHETSKOD', message: 'Inget blad har kolumnen SKOLENHETSKOD: är detta Skolenhetsregistret?', label: '' });
  }
  if (pupilsSeen && year === null) {
    plan.errors.push({ ...pupilsSeen, column: null, message: 'Filen anger inte vilket år elevantalen gäller: välj år och försök igen.', label: '' });
  }

  for (const unit of units.values()) {
    plan.drafts.push({
      table: 'school_unit',
      key: { code: unit.code },
      values: { name: unit.name, school_forms: [...unit.forms].sort((a, b) => FORM_ORDER.indexOf(a) - FORM_ORDER.indexOf(b)) },
      label: `${unit.code} ${unit.name}`,
      sources: unit.sources,
    });
    if (unit.grades.size > 0 && year !== null) {
      const bands: Partial<Record<Band, number>> = {};
      for (const { band, pupils } of unit.grades.values()) bands[band] = (bands[band] ?? 0) + pupils;
      plan.drafts.push({ table: 'school_year_fact', key: { year }, unitCode: unit.code, values: bands, label: `${unit.code} ${year} elever`, sources: unit.sources });
    }
  }
  return plan;
}

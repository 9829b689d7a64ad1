import { BudgetCategory, BudgetKind } from '../budget/budget.enums.js';
import { DeviceType, DeviceUserGroup } from '../devices/devices.enums.js';
import type { RawRow, RawSheet } from './import-file.reader.js';
import { ImportKind } from './import.enums.js';
import type { TableName } from './import-tables.js';
import {
  cellText,
  choices,
  isBlank,
  normaliseHeader,
  parseChoice,
  parseDecimal,
  parseFlag,
  parseInteger,
  parseNumber,
  parseSchoolUnitCode,
  parseYear,
  type Cell,
  type Parsed,
} from './swedish-values.js';

/** A column of an import: its key, the header a template writes, other spellings accepted, and an example. */
export interface ColumnSpec {
  key: string;
  header: string;
  aliases: string[];
  required: boolean;
  example: string;
}

export interface Source {
  sheet: string | null;
  row: number;
}

/** A row the import would write, before it is compared with what exists. */
export interface RecordDraft {
  table: TableName;
  /** Key columns; `school_unit_id` is resolved from `unitCode` (null `unitCode`: the central unit). */
  key: Record<string, unknown>;
  unitCode?: string | null;
  /** Only the columns the file gives; the rest keep their value (or their default on a new row). */
  values: Record<string, unknown>;
  /** The natural key as a person reads it. */
  label: string;
  sources: Source[];
}

export interface RowProblem extends Source {
  column: string | null;
  message: string;
  label: string;
}

export interface Plan {
  rowsRead: number;
  drafts: RecordDraft[];
  errors: RowProblem[];
  skips: RowProblem[];
}

export interface PlanContext {
  /** The caller's municipality code (4 digits): the register's other municipalities are skipped. */
  municipalityCode: string;
  /** The year the register's pupil counts are for, if the user said. */
  year: number | null;
  /** Indicator ids with their unit. */
  indicators: Map<string, string>;
}

const col = (key: string, header: string, aliases: string[], required: boolean, example: string): ColumnSpec => ({ key, header, aliases, required, example });

const UNIT_CODE = col('code', 'Skolenhetskod', ['skolenhet', 'skolenhetskod', 'kod', 'school unit code', 'schoolunitcode', 'enhetskod'], true, '72310458');
const YEAR = col('year', 'År', ['år', 'year', 'period', 'verksamhetsår'], true, '2026');

export const SCHOOL_FORMS = choices({
  FORSKOLA: ['Förskola', 'preschool'],
  FORSKOLEKLASS: ['Förskoleklass', 'fklass', 'f-klass'],
  GRUNDSKOLA_F_3: ['Grundskola F–3', 'grundskola f-3', 'f-3', 'f–3'],
  GRUNDSKOLA_4_6: ['Grundskola 4–6', 'grundskola 4-6', '4-6', '4–6'],
  GRUNDSKOLA_7_9: ['Grundskola 7–9', 'grundskola 7-9', '7-9', '7–9'],
  ANPASSAD_GRUNDSKOLA: ['Anpassad grundskola', 'grundsärskola'],
  GYMNASIESKOLA: ['Gymnasieskola', 'gymnasiet'],
  FRITIDSHEM: ['Fritidshem', 'fritids'],
});

const CATEGORIES = choices<BudgetCategory>({
  PERSONNEL: ['Personal', 'personalkostnader', 'personnel'],
  DEVICES: ['Enheter', 'datorer', 'it-utrustning', 'devices'],
  LICENCES_SYSTEMS: ['Licenser och system', 'licenser', 'system', 'licences', 'licenses'],
  COMPETENCE_DEVELOPMENT: ['Kompetensutveckling', 'fortbildning', 'competence development'],
  INFRASTRUCTURE: ['Infrastruktur', 'nätverk', 'infrastructure'],
  SUPPORT: ['Support', 'stöd'],
});
const CATEGORY_NAMES: Record<BudgetCategory, string> = {
  PERSONNEL: 'Personal',
  DEVICES: 'Enheter',
  LICENCES_SYSTEMS: 'Licenser och system',
  COMPETENCE_DEVELOPMENT: 'Kompetensutveckling',
  INFRASTRUCTURE: 'Infrastruktur',
  SUPPORT: 'Support',
};

const KINDS = choices<BudgetKind>({ BUDGET: ['Budget'], OUTCOME: ['Utfall', 'bokslut', 'outcome'], FORECAST: ['Prognos', 'forecast'] });
const KIND_NAMES: Record<BudgetKind, string> = { BUDGET: 'Budget', OUTCOME: 'Utfall', FORECAST: 'Prognos' };

const DEVICE_TYPES = choices<DeviceType>({ CHROMEBOOK: ['Chromebook'], IPAD: ['iPad', 'surfplatta'], PC: ['PC', 'dator', 'windows-dator', 'bärbar dator'] });
const USER_GROUPS = choices<DeviceUserGroup>({
  PRESCHOOL: ['Förskola', 'förskolebarn', 'preschool'],
  PUPILS_F_3: ['Elever F–3', 'elever f-3', 'f-3', 'f–3', 'åk f-3'],
  PUPILS_4_6: ['Elever 4–6', 'elever 4-6', '4-6', '4–6', 'åk 4-6'],
  PUPILS_7_9: ['Elever 7–9', 'elever 7-9', '7-9', '7–9', 'åk 7-9'],
  PUPILS_UPPER_SECONDARY: ['Elever gymnasiet', 'gymnasiet', 'gymnasieelever'],
  PUPILS_OTHER: ['Elever övriga', 'övriga', 'övriga elever', 'anpassad grundskola'],
  STAFF: ['Personal', 'staff'],
});

const CENTRAL = new Set(['', 'central', 'centralenhet', 'förvaltning', 'förvaltningen', 'gemensamt', '0']);

/** The LIKA tool's four areas and the indicators they are stored as. */
export const LIKA_AREAS = [
  { key: 'ledning', header: 'Ledning', indicator: 'LIKV_LIKA_LEDNING' },
  { key: 'kompetens', header: 'Kompetens', indicator: 'LIKV_LIKA_KOMPETENS' },
  { key: 'infrastruktur', header: 'Infrastruktur', indicator: 'LIKV_LIKA_INFRASTRUKTUR' },
  { key: 'anvandning', header: 'Användning', indicator: 'LIKV_LIKA_ANVANDNING' },
] as const;

/** Percent indicators stay within 0–100, LIKA levels within 1–4, merit points within 0–340 (as the API's own check). */
export const INDICATOR_RANGES: Record<string, [number, number]> = { PERCENT: [0, 100], LEVEL_1_4: [1, 4], MERIT_POINTS: [0, 340] };

const BAND_COLUMNS = [
  col('pupils_preschool', 'Barn i förskolan', ['förskola', 'barn förskola', 'barn', 'preschool'], false, '0'),
  col('pupils_f_3', 'Elever F–3', ['f-3', 'elever f-3', 'åk f-3', 'pupils f-3'], false, '312'),
  col('pupils_4_6', 'Elever 4–6', ['4-6', 'elever 4-6', 'åk 4-6', 'pupils 4-6'], false, '234'),
  col('pupils_7_9', 'Elever 7–9', ['7-9', 'elever 7-9', 'åk 7-9', 'pupils 7-9'], false, '0'),
  col('pupils_upper_secondary', 'Elever gymnasiet', ['gymnasiet', 'elever gy', 'gymnasieelever'], false, '0'),
  col('pupils_other', 'Elever övriga', ['övriga', 'övriga elever', 'anpassad grundskola'], false, '0'),
];

/** The columns of each kind, in template order. The register's columns are Skolverket's, found by name. */
export const COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  SCHOOL_UNITS: [
    UNIT_CODE,
    col('name', 'Namn', ['namn', 'skolenhetens namn', 'skolenhetsnamn', 'name'], true, 'Centrumskolan F–6'),
    col('schoolForms', 'Skolformer', ['skolform', 'skolformer', 'school forms'], false, 'Förskoleklass, Grundskola F–3, Grundskola 4–6, Fritidshem'),
    col('area', 'Område', ['område', 'rektorsområde', 'area'], false, 'Centrum'),
    col('it', 'Lokal IT-samordnare', ['it-samordnare', 'lokal it-samordnare', 'local it coordinator'], false, 'J'),
  ],
  SCHOOL_FACTS: [
    UNIT_CODE,
    YEAR,
    ...BAND_COLUMNS,
    col('pupils', 'Elever totalt', ['elever', 'antal elever', 'elever totalt', 'pupils'], false, '546'),
    col('teachers', 'Lärare', ['lärare', 'antal lärare', 'teachers'], true, '46'),
    col('teachers_fte', 'Lärare (årsarbetare)', ['lärare årsarbetare', 'årsarbetare', 'heltidstjänster', 'teachers fte'], true, '42,3'),
    col('school_leaders', 'Skolledare', ['skolledare', 'rektorer', 'school leaders'], true, '2'),
    col('socioeconomic_index', 'Socioekonomiskt index', ['socioekonomiskt index', 'sei', 'socioeconomic index'], false, '1,05'),
    col('has_local_it_coordinator', 'Lokal IT-samordnare', ['it-samordnare', 'local it coordinator'], false, 'J'),
    col('superusers', 'Superanvändare', ['superanvändare', 'superusers'], false, '5'),
  ],
  BUDGET_LINES: [
    { ...UNIT_CODE, required: false, example: '72310458', aliases: [...UNIT_CODE.aliases, 'ägare', 'ansvar', 'enhet'] },
    YEAR,
    col('category', 'Kategori', ['kategori', 'kostnadsslag', 'category'], true, 'Personal'),
    col('kind', 'Typ', ['typ', 'slag', 'budget/utfall', 'kind'], true, 'Utfall'),
    col('amount', 'Belopp (kr)', ['belopp', 'belopp kr', 'belopp sek', 'kronor', 'amount', 'amount sek'], true, '1 234 567'),
    col('note', 'Anteckning', ['anteckning', 'kommentar', 'note'], false, ''),
  ],
  DEVICE_FLEETS: [
    UNIT_CODE,
    YEAR,
    col('device_type', 'Enhetstyp', ['enhetstyp', 'typ', 'device type'], true, 'Chromebook'),
    col('user_group', 'Användargrupp', ['användargrupp', 'användare', 'user group'], true, 'Elever 7–9'),
    col('device_count', 'Antal', ['antal', 'antal enheter', 'count'], true, '702'),
    col('lease_cost_per_month_sek', 'Leasingkostnad per månad (kr)', ['leasingkostnad', 'pris per månad', 'månadskostnad', 'lease cost per month'], true, '129'),
    col('lease_term_months', 'Avtalstid (månader)', ['avtalstid', 'avtalstid månader', 'lease term months'], true, '36'),
    col('lease_start_year', 'Leasingstart (år)', ['leasingstart', 'startår', 'lease start year'], true, '2025'),
    col('replacement_cycle_years', 'Utbytescykel (år)', ['utbytescykel', 'livslängd', 'replacement cycle years'], true, '3'),
    col('one_to_one', '1:1', ['1:1', '1 till 1', 'en till en', 'one to one'], false, 'J'),
  ],
  INDICATOR_VALUES: [
    col('kpi', 'Nyckeltal', ['kpi', 'kpi-id', 'nyckeltals-id', 'indikator', 'indicator', 'nyckeltal'], true, 'N15419'),
    { ...UNIT_CODE, aliases: [...UNIT_CODE.aliases, 'enhet', 'ou', 'enhets-id', 'organisationsenhet', 'unit'] },
    YEAR,
    col('value', 'Värde', ['värde', 'value', 'totalt', 't'], true, '78,5'),
    col('gender', 'Kön', ['kön', 'gender'], false, 'T'),
  ],
  LIKA_ASSESSMENTS: [
    UNIT_CODE,
    YEAR,
    ...LIKA_AREAS.map((area) => col(area.key, area.header, [area.header, `lika ${area.header}`], false, '3')),
  ],
  SCHOOL_REGISTER: [
    col('kommun', 'KOMMUN', ['kommun', 'kommunkod'], true, '9901'),
    col('code', 'SKOLENHETSKOD', ['skolenhetskod'], true, '72310458'),
    col('name', 'NAMN', ['namn', 'skolenhetens namn', 'skolenhetsnamn'], true, 'Centrumskolan'),
    col('status', 'STATUS', ['status'], false, 'Aktiv'),
  ],
};

// ------------------------------------------------------------------------------------------------ tables and rows

interface Table {
  sheet: string | null;
  headerRow: number;
  /** Column index of each key the file has, and the header as written. */
  index: Map<string, { at: number; header: string }>;
  /** Every header of the file, normalised, with its index (the register reads its grade columns from here). */
  headers: Map<string, number>;
  rows: RawRow[];
}

/**
 * Finds the header row (the first of the first 20 rows that names most of the kind's columns; published files may
 * have title rows above it) and maps the columns. Missing required columns are errors of the header row.
 */
function locateTable(sheet: RawSheet, specs: ColumnSpec[], errors: RowProblem[]): Table | null {
  const lookup = new Map<string, string>();
  for (const spec of specs) for (const name of [spec.header, spec.key, ...spec.aliases]) if (!lookup.has(normaliseHeader(name))) lookup.set(normaliseHeader(name), spec.key);
  let best: { at: number; matches: number } | null = null;
  sheet.rows.slice(0, 20).forEach((row, at) => {
    const matches = new Set(row.cells.map((cell) => lookup.get(normaliseHeader(cellText(cell)))).filter(Boolean)).size;
    if (matches > 0 && (!best || matches > best.matches)) best = { at, matches };
  });
  const found = best as { at: number; matches: number } | null;
  const headerRaw = sheet.rows[found?.at ?? 0];
  if (!headerRaw) {
    errors.push({ sheet: sheet.name, row: 0, column: null, message: 'Filen har inga rader.', label: '' });
    return null;
  }
  const index = new Map<string, { at: number; header: string }>();
  const headers = new Map<string, number>();
  headerRaw.cells.forEach((cell, at) => {
    const text = cellText(cell);
    const normalised = normaliseHeader(text);
    if (normalised && !headers.has(normalised)) headers.set(normalised, at);
    const key = lookup.get(normalised);
    if (key && !index.has(key)) index.set(key, { at, header: text });
  });
  const missing = specs.filter((spec) => spec.required && !index.has(spec.key));
  if (missing.length > 0) {
    for (const spec of missing) {
      errors.push({ sheet: sheet.name, row: headerRaw.row, column: spec.header, message: `Kolumnen "${spec.header}" saknas i rubrikraden.`, label: '' });
    }
    return null;
  }
  return { sheet: sheet.name, headerRow: headerRaw.row, index, headers, rows: sheet.rows.slice((found?.at ?? 0) + 1) };
}

/** One data row: read a column by key, collect problems naming the column as the file wrote it. */
class RowReader {
  readonly problems: { column: string | null; message: string }[] = [];
  constructor(
    private readonly table: Table,
    readonly raw: RawRow,
  ) {}
  has(key: string): boolean {
    return this.table.index.has(key);
  }
  cell(key: string): Cell {
    const at = this.table.index.get(key)?.at;
    return at === undefined ? null : (this.raw.cells[at] ?? null);
  }
  header(key: string): string {
    return this.table.index.get(key)?.header ?? key;
  }
  /** Reads a required cell; a blank or bad value is a problem (undefined returned). */
  read<T>(key: string, parse: (cell: Cell) => Parsed<T>): T | undefined {
    const cell = this.cell(key);
    if (isBlank(cell)) {
      this.problems.push({ column: this.header(key), message: 'Värde saknas.' });
      return undefined;
    }
    return this.check(key, parse(cell));
  }
  /** Reads an optional cell: absent column or blank cell → undefined without a problem. */
  optional<T>(key: string, parse: (cell: Cell) => Parsed<T>): T | undefined {
    const cell = this.cell(key);
    return isBlank(cell) ? undefined : this.check(key, parse(cell));
  }
  fail(key: string | null, message: string): void {
    this.problems.push({ column: key === null ? null : this.header(key), message });
  }
  private check<T>(key: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.problems.push({ column: this.header(key), message: parsed.message });
    return undefined;
  }
}

/** Drops undefined entries: an absent column leaves the stored value as it is. */
const defined = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

const int = (min: number, max: number) => (cell: Cell) => parseInteger(cell, min, max);
const code = (cell: Cell) => parseSchoolUnitCode(cell);

type RowMapper = (row: RowReader, ctx: PlanContext, source: Source) => RecordDraft[] | 'SKIP' | { skip: string };

const MAPPERS: Record<Exclude<ImportKind, ImportKind.SCHOOL_REGISTER>, RowMapper> = {
  SCHOOL_UNITS(row, _ctx, source) {
    const unitCode = row.read('code', code);
    const name = row.read('name', (cell) => ({ ok: true, value: cellText(cell) }));
    const forms = row.optional('schoolForms', (cell) => {
      const parts = cellText(cell).split(/[,;/]+/).map((part) => part.trim()).filter(Boolean);
      const parsed = parts.map((part) => parseChoice(part, SCHOOL_FORMS, 'skolform'));
      const bad = parsed.find((p) => !p.ok);
      return bad && !bad.ok ? bad : { ok: true, value: [...new Set(parsed.map((p) => (p.ok ? p.value : '')))] };
    });
    const area = row.optional('area', (cell) => ({ ok: true, value: cellText(cell) }));
    const it = row.optional('it', parseFlag);
    if (!unitCode || name === undefined) return [];
    return [
      {
        table: 'school_unit',
        key: { code: unitCode },
        values: defined({ name, school_forms: forms, area: row.has('area') ? (area ?? null) : undefined, has_local_it_coordinator: it }),
        label: unitCode,
        sources: [source],
      },
    ];
  },

  SCHOOL_FACTS(row, _ctx, source) {
    const unitCode = row.read('code', code);
    const year = row.read('year', parseYear);
    const bands = Object.fromEntries(BAND_COLUMNS.map((band) => [band.key, row.optional(band.key, int(0, 1_000_000))]));
    const total = row.optional('pupils', int(0, 1_000_000));
    const values = defined({
      ...bands,
      teachers: row.read('teachers', int(0, 100_000)),
      teachers_fte: row.read('teachers_fte', (cell) => parseDecimal(cell, 0, 99_999, 2)),
      school_leaders: row.read('school_leaders', int(0, 10_000)),
      socioeconomic_index: row.has('socioeconomic_index') ? (row.optional('socioeconomic_index', (cell) => parseDecimal(cell, 0, 999, 3)) ?? null) : undefined,
      has_local_it_coordinator: row.optional('has_local_it_coordinator', parseFlag),
      superusers: row.optional('superusers', int(0, 100_000)),
    });
    const bandsGiven = BAND_COLUMNS.some((band) => bands[band.key] !== undefined);
    if (total !== undefined && !bandsGiven) values.pupils_other = total;
    if (total !== undefined && bandsGiven) {
      const sum = BAND_COLUMNS.reduce((s, band) => s + Number(bands[band.key] ?? 0), 0);
      if (sum !== total) row.fail('pupils', `Elever totalt (${total}) är inte summan av årskursgrupperna (${sum}).`);
    }
    if (bandsGiven) for (const band of BAND_COLUMNS) values[band.key] ??= 0;
    if (!unitCode || !year) return [];
    return [{ table: 'school_year_fact', key: { year }, unitCode, values, label: `${unitCode} ${year}`, sources: [source] }];
  },

  BUDGET_LINES(row, _ctx, source) {
    const ownerText = normaliseHeader(cellText(row.cell('code')));
    const unitCode = CENTRAL.has(ownerText) ? null : row.read('code', code);
    const year = row.read('year', parseYear);
    const category = row.read('category', (cell) => parseChoice(cell, CATEGORIES, 'kostnadsslag'));
    const kind = row.read('kind', (cell) => parseChoice(cell, KINDS, 'slag (Budget, Utfall, Prognos)'));
    const amount = row.read('amount', (cell) => {
      const parsed = parseNumber(cell);
      if (!parsed.ok) return parsed;
      if (!Number.isInteger(parsed.value)) return { ok: false, message: `${cellText(cell)}: ange hela kronor.` };
      if (parsed.value < 0 || parsed.value > Number.MAX_SAFE_INTEGER) return { ok: false, message: `${cellText(cell)}: beloppet får inte vara negativt.` };
      return parsed;
    });
    const note = row.optional('note', (cell) => (cellText(cell).length > 500 ? { ok: false, message: 'Högst 500 tecken.' } : { ok: true, value: cellText(cell) }));
    if (unitCode === undefined || !year || !category || !kind || amount === undefined) return [];
    return [
      {
        table: 'budget_line',
        key: { year, kind, category },
        unitCode,
        values: defined({ amount_sek: amount, note: row.has('note') ? (note ?? null) : undefined }),
        label: `${unitCode ?? 'Central enhet'} ${year} ${KIND_NAMES[kind]} ${CATEGORY_NAMES[category]}`,
        sources: [source],
      },
    ];
  },

  DEVICE_FLEETS(row, _ctx, source) {
    const unitCode = row.read('code', code);
    const year = row.read('year', parseYear);
    const deviceType = row.read('device_type', (cell) => parseChoice(cell, DEVICE_TYPES, 'enhetstyp'));
    const userGroup = row.read('user_group', (cell) => parseChoice(cell, USER_GROUPS, 'användargrupp'));
    const leaseStartYear = row.read('lease_start_year', parseYear);
    const values = defined({
      device_count: row.read('device_count', int(0, 1_000_000)),
      lease_cost_per_month_sek: row.read('lease_cost_per_month_sek', int(0, 1_000_000)),
      lease_term_months: row.read('lease_term_months', int(1, 120)),
      replacement_cycle_years: row.read('replacement_cycle_years', int(1, 10)),
      one_to_one: row.optional('one_to_one', parseFlag),
    });
    if (values.one_to_one === true && userGroup === DeviceUserGroup.STAFF) row.fail('one_to_one', '1:1-satsningen gäller elevdatorer, inte personalens enheter.');
    if (!unitCode || !year || !deviceType || !userGroup || !leaseStartYear) return [];
    return [
      {
        table: 'device_fleet',
        key: { year, device_type: deviceType, user_group: userGroup, lease_start_year: leaseStartYear },
        unitCode,
        values,
        label: `${unitCode} ${year} ${cellText(row.cell('device_type'))} ${cellText(row.cell('user_group'))} från ${leaseStartYear}`,
        sources: [source],
      },
    ];
  },

  INDICATOR_VALUES(row, ctx, source) {
    // Kolada publishes a row per gender (T = totalt, K, M): only the total is a school's value.
    const gender = cellText(row.cell('gender')).toUpperCase();
    if (gender && gender !== 'T' && gender !== 'TOTALT') return { skip: `Kön ${gender}: bara totalen (T) tas in.` };
    const kpi = row.read('kpi', (cell) => {
      const id = cellText(cell).toUpperCase();
      return ctx.indicators.has(id) ? { ok: true, value: id } : { ok: false, message: `Nyckeltalet ${id} finns inte i Likvärd.` };
    });
    const unitCode = row.read('code', code);
    const year = row.read('year', parseYear);
    const [min, max] = INDICATOR_RANGES[ctx.indicators.get(kpi ?? '') ?? ''] ?? [-999_999, 999_999];
    const value = row.read('value', (cell) => parseDecimal(cell, min, max, 2));
    if (!kpi || !unitCode || !year || value === undefined) return [];
    return [{ table: 'indicator_value', key: { indicator_id: kpi, year }, unitCode, values: { value }, label: `${unitCode} ${year} ${kpi}`, sources: [source] }];
  },

  LIKA_ASSESSMENTS(row, _ctx, source) {
    const unitCode = row.read('code', code);
    const year = row.read('year', parseYear);
    const levels = LIKA_AREAS.map((area) => ({ area, level: row.optional(area.key, (cell) => parseDecimal(cell, 1, 4, 2)) }));
    if (LIKA_AREAS.every((area) => !row.has(area.key))) row.fail(null, 'Minst en av kolumnerna Ledning, Kompetens, Infrastruktur och Användning behövs.');
    if (!unitCode || !year) return [];
    return levels
      .filter(({ level }) => level !== undefined)
      .map(({ area, level }) => ({
        table: 'indicator_value' as const,
        key: { indicator_id: area.indicator, year },
        unitCode,
        values: { value: level },
        label: `${unitCode} ${year} ${area.header}`,
        sources: [source],
      }));
  },
};

/** Reads every sheet (a CSV has one) as a table of the kind and maps its rows to drafts, skips and errors. */
export function planTabular(kind: Exclude<ImportKind, ImportKind.SCHOOL_REGISTER>, sheets: RawSheet[], ctx: PlanContext): Plan {
  const plan: Plan = { rowsRead: 0, drafts: [], errors: [], skips: [] };
  const specs = COLUMNS[kind];
  // A template workbook has one sheet of data; further sheets (instructions) without the columns are ignored.
  const usable = sheets.length === 1 ? sheets : sheets.filter((sheet) => sheet.rows.length > 0 && locateTable(sheet, specs, []) !== null);
  if (usable.length === 0) {
    locateTable(sheets[0] ?? { name: null, rows: [] }, specs, plan.errors);
    return plan;
  }
  for (const sheet of usable) {
    const table = locateTable(sheet, specs, plan.errors);
    if (!table) continue;
    for (const raw of table.rows) {
      plan.rowsRead++;
      const reader = new RowReader(table, raw);
      const source = { sheet: table.sheet, row: raw.row };
      const label = [reader.has('code') ? cellText(reader.cell('code')) : '', reader.has('year') ? cellText(reader.cell('year')) : ''].filter(Boolean).join(' ');
      const result = MAPPERS[kind](reader, ctx, source);
      if (reader.problems.length > 0) {
        for (const problem of reader.problems) plan.errors.push({ ...source, ...problem, label });
        continue;
      }
      if (result === 'SKIP' || !Array.isArray(result)) {
        plan.skips.push({ ...source, column: null, message: result === 'SKIP' ? 'Hoppas över.' : result.skip, label });
        continue;
      }
      plan.drafts.push(...result);
    }
  }
  return plan;
}

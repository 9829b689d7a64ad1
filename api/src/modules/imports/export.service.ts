import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_PAGE_SIZE, type PageRequest } from '../../graphql/types/connection.js';
import { costsByOwner } from '../budget/budget-line.service.js';
import { deviceCoverage, replacementWaves } from '../devices/device-fleet.service.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { TableFile } from './table-file.writer.js';

/**
 * Every table a user can download, as rows of the caller's municipality only (the request runs as the row-level
 * security role with the tenant set, and every query names the municipality too). Tables that can be imported
 * use the import template's headers, so an exported file can be edited and imported back.
 */
export const EXPORT_TABLES = [
  'budgetrader',
  'enhetsbestand',
  'skolenheter',
  'skolfakta',
  'nyckeltal',
  'kostnader-per-agare',
  'enhetstackning',
  'utbytesvagor',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const isExportTable = (name: string): name is ExportTable => (EXPORT_TABLES as readonly string[]).includes(name);

const CATEGORY: Record<string, string> = {
  PERSONNEL: 'Personal',
  DEVICES: 'Enheter',
  LICENCES_SYSTEMS: 'Licenser och system',
  COMPETENCE_DEVELOPMENT: 'Kompetensutveckling',
  INFRASTRUCTURE: 'Infrastruktur',
  SUPPORT: 'Support',
};
const KIND: Record<string, string> = { BUDGET: 'Budget', OUTCOME: 'Utfall', FORECAST: 'Prognos' };
const DEVICE: Record<string, string> = { CHROMEBOOK: 'Chromebook', IPAD: 'iPad', PC: 'PC' };
const GROUP: Record<string, string> = {
  PRESCHOOL: 'Förskola',
  PUPILS_F_3: 'Elever F–3',
  PUPILS_4_6: 'Elever 4–6',
  PUPILS_7_9: 'Elever 7–9',
  PUPILS_UPPER_SECONDARY: 'Elever gymnasiet',
  PUPILS_OTHER: 'Elever övriga',
  STAFF: 'Personal',
};
const FORM: Record<string, string> = {
  FORSKOLA: 'Förskola',
  FORSKOLEKLASS: 'Förskoleklass',
  GRUNDSKOLA_F_3: 'Grundskola F–3',
  GRUNDSKOLA_4_6: 'Grundskola 4–6',
  GRUNDSKOLA_7_9: 'Grundskola 7–9',
  ANPASSAD_GRUNDSKOLA: 'Anpassad grundskola',
  GYMNASIESKOLA: 'Gymnasieskola',
  FRITIDSHEM: 'Fritidshem',
};
const jn = (flag: boolean) => (flag ? 'J' : 'N');
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

type Row = Record<string, unknown>;

/** Pages through a connection-returning service (one statement a page) until the end. */
async function allPages<T>(load: (page: PageRequest) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await load({ first: MAX_PAGE_SIZE, after });
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = Buffer.from(page.pageInfo.endCursor, 'base64url').toString('utf8');
  }
}

/** The table, for a year where the table is per year (default: the budget year). */
export async function exportTable(em: EntityManager, municipality: Municipality, table: ExportTable, year: number): Promise<TableFile<Row>> {
  const m = municipality.id;
  switch (table) {
    case 'budgetrader': {
      const rows = await em.execute<Row[]>(
        `SELECT u.code, u.name, b.year, b.category, b.kind, b.amount_sek, b.note FROM budget_line b LEFT JOIN school_unit u ON u.id = b.school_unit_id
          WHERE b.municipality_id = ? AND b.year = ? ORDER BY u.code NULLS FIRST, b.kind, b.category`,
        [m, year],
      );
      return {
        sheet: `Budgetrader ${year}`,
        rows,
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => (r.code as string | null) ?? '' },
          { header: 'Skolenhetens namn', type: 'text', value: (r) => (r.name as string | null) ?? 'Central enhet' },
          { header: 'År', type: 'integer', value: (r) => num(r.year) },
          { header: 'Kategori', type: 'text', value: (r) => CATEGORY[r.category as string] },
          { header: 'Typ', type: 'text', value: (r) => KIND[r.kind as string] },
          { header: 'Belopp (kr)', type: 'money', value: (r) => num(r.amount_sek) },
          { header: 'Anteckning', type: 'text', value: (r) => r.note as string | null },
        ],
      };
    }
    case 'enhetsbestand': {
      const rows = await em.execute<Row[]>(
        `SELECT u.code, u.name, d.* FROM device_fleet d JOIN school_unit u ON u.id = d.school_unit_id
          WHERE d.municipality_id = ? AND d.year = ? ORDER BY u.code, d.device_type, d.user_group`,
        [m, year],
      );
      return {
        sheet: `Enhetsbestånd ${year}`,
        rows,
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => r.code as string },
          { header: 'Skolenhetens namn', type: 'text', value: (r) => r.name as string },
          { header: 'År', type: 'integer', value: (r) => num(r.year) },
          { header: 'Enhetstyp', type: 'text', value: (r) => DEVICE[r.device_type as string] },
          { header: 'Användargrupp', type: 'text', value: (r) => GROUP[r.user_group as string] },
          { header: 'Antal', type: 'integer', value: (r) => num(r.device_count) },
          { header: 'Leasingkostnad per månad (kr)', type: 'money', value: (r) => num(r.lease_cost_per_month_sek) },
          { header: 'Avtalstid (månader)', type: 'integer', value: (r) => num(r.lease_term_months) },
          { header: 'Leasingstart (år)', type: 'integer', value: (r) => num(r.lease_start_year) },
          { header: 'Utbytescykel (år)', type: 'integer', value: (r) => num(r.replacement_cycle_years) },
          { header: '1:1', type: 'text', value: (r) => jn(Boolean(r.one_to_one)) },
        ],
      };
    }
    case 'skolenheter': {
      const rows = await em.execute<Row[]>('SELECT * FROM school_unit WHERE municipality_id = ? ORDER BY code', [m]);
      return {
        sheet: 'Skolenheter',
        rows,
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => r.code as string },
          { header: 'Namn', type: 'text', value: (r) => r.name as string },
          { header: 'Skolformer', type: 'text', value: (r) => (r.school_forms as string[]).map((f) => FORM[f] ?? f).join(', ') },
          { header: 'Område', type: 'text', value: (r) => r.area as string | null },
          { header: 'Lokal IT-samordnare', type: 'text', value: (r) => jn(Boolean(r.has_local_it_coordinator)) },
        ],
      };
    }
    case 'skolfakta': {
      const rows = await em.execute<Row[]>(
        `SELECT u.code, u.name, f.* FROM school_year_fact f JOIN school_unit u ON u.id = f.school_unit_id
          WHERE f.municipality_id = ? AND f.year = ? ORDER BY u.code`,
        [m, year],
      );
      return {
        sheet: `Skolfakta ${year}`,
        rows,
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => r.code as string },
          { header: 'Skolenhetens namn', type: 'text', value: (r) => r.name as string },
          { header: 'År', type: 'integer', value: (r) => num(r.year) },
          { header: 'Barn i förskolan', type: 'integer', value: (r) => num(r.pupils_preschool) },
          { header: 'Elever F–3', type: 'integer', value: (r) => num(r.pupils_f_3) },
          { header: 'Elever 4–6', type: 'integer', value: (r) => num(r.pupils_4_6) },
          { header: 'Elever 7–9', type: 'integer', value: (r) => num(r.pupils_7_9) },
          { header: 'Elever gymnasiet', type: 'integer', value: (r) => num(r.pupils_upper_secondary) },
          { header: 'Elever övriga', type: 'integer', value: (r) => num(r.pupils_other) },
          { header: 'Elever totalt', type: 'integer', value: (r) => num(r.pupils) },
          { header: 'Lärare', type: 'integer', value: (r) => num(r.teachers) },
          { header: 'Lärare (årsarbetare)', type: 'decimal', value: (r) => num(r.teachers_fte) },
          { header: 'Skolledare', type: 'integer', value: (r) => num(r.school_leaders) },
          { header: 'Socioekonomiskt index', type: 'decimal', value: (r) => num(r.socioeconomic_index) },
          { header: 'Lokal IT-samordnare', type: 'text', value: (r) => jn(Boolean(r.has_local_it_coordinator)) },
          { header: 'Superanvändare', type: 'integer', value: (r) => num(r.superusers) },
        ],
      };
    }
    case 'nyckeltal': {
      const rows = await em.execute<Row[]>(
        `SELECT v.indicator_id, i.name AS indicator_name, u.code, u.name, v.year, v.value FROM indicator_value v
           JOIN school_unit u ON u.id = v.school_unit_id JOIN indicator i ON i.id = v.indicator_id
          WHERE v.municipality_id = ? AND v.year = ? ORDER BY v.indicator_id, u.code`,
        [m, year],
      );
      return {
        sheet: `Nyckeltal ${year}`,
        rows,
        columns: [
          { header: 'Nyckeltal', type: 'text', value: (r) => r.indicator_id as string },
          { header: 'Nyckeltalets namn', type: 'text', value: (r) => r.indicator_name as string },
          { header: 'Skolenhetskod', type: 'text', value: (r) => r.code as string },
          { header: 'Skolenhetens namn', type: 'text', value: (r) => r.name as string },
          { header: 'År', type: 'integer', value: (r) => num(r.year) },
          { header: 'Värde', type: 'decimal', value: (r) => num(r.value) },
        ],
      };
    }
    case 'kostnader-per-agare': {
      const owners = await allPages((page) => costsByOwner(em, m, year, page));
      return {
        sheet: `Kostnader per ägare ${year}`,
        rows: owners as unknown as Row[],
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => (r.schoolUnit as { code: string } | null)?.code ?? '' },
          { header: 'Ägare', type: 'text', value: (r) => r.ownerName as string },
          { header: 'Budget (kr)', type: 'money', value: (r) => num(r.budgetSek) },
          { header: 'Utfall (kr)', type: 'money', value: (r) => num(r.outcomeSek) },
          { header: 'Prognos (kr)', type: 'money', value: (r) => num(r.forecastSek) },
          { header: 'Avvikelse (kr)', type: 'money', value: (r) => num(r.deviationSek) },
          { header: 'Avvikelse (%)', type: 'percent', value: (r) => num(r.deviationPercent) },
          { header: 'Elever', type: 'integer', value: (r) => num(r.pupils) },
          { header: 'Kostnad per elev (kr)', type: 'money', value: (r) => num(r.perPupilSek) },
        ],
      };
    }
    case 'enhetstackning': {
      const units = await allPages((page) => deviceCoverage(em, m, year, page));
      return {
        sheet: `Enhetstäckning ${year}`,
        rows: units as unknown as Row[],
        columns: [
          { header: 'Skolenhetskod', type: 'text', value: (r) => (r.schoolUnit as { code: string }).code },
          { header: 'Skolenhetens namn', type: 'text', value: (r) => (r.schoolUnit as { name: string }).name },
          { header: 'Elever', type: 'integer', value: (r) => num(r.pupils) },
          { header: 'Elever i 1:1-årskurser', type: 'integer', value: (r) => num(r.coveredPupils) },
          { header: 'Elevdatorer 1:1', type: 'integer', value: (r) => num(r.oneToOneDevices) },
          { header: '1:1-täckning (%)', type: 'percent', value: (r) => (r.oneToOneCoverage === null ? null : Math.round(Number(r.oneToOneCoverage) * 1000) / 10) },
          { header: 'Delade elevenheter', type: 'integer', value: (r) => num(r.sharedPupilDevices) },
          { header: 'Personalens enheter', type: 'integer', value: (r) => num(r.staffDevices) },
          { header: 'Leasingkostnad per år (kr)', type: 'money', value: (r) => num(r.annualLeaseCostSek) },
        ],
      };
    }
    case 'utbytesvagor': {
      const waves = await replacementWaves(em, m, year, null);
      return {
        sheet: `Utbytesvågor ${year}`,
        rows: waves as unknown as Row[],
        columns: [
          { header: 'Utbytesår', type: 'integer', value: (r) => num(r.dueYear) },
          { header: 'Enheter', type: 'integer', value: (r) => num(r.devices) },
          { header: 'Nya avtals värde (kr)', type: 'money', value: (r) => num(r.contractValueSek) },
          { header: 'Leasingkostnad per år (kr)', type: 'money', value: (r) => num(r.annualLeaseCostSek) },
        ],
      };
    }
  }
}

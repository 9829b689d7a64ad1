/**
 * Writes the import fixtures in seeds/fixtures/: real-looking CSV and XLSX files as a municipality would export
 * them (Swedish headers, semicolons, decimal comma, `1 234` with a no-break space, Windows-1252 from Excel for
 * Windows, a UTF-8 BOM), a Skolenhetsregistret-shaped workbook, and broken files. Run with
 * `pnpm --filter @likvard/seeds fixtures`; the files are committed so tests never generate them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const NBSP = '\u00a0';
const FIXED_DATE = new Date(Date.UTC(2026, 9, 1));

/** Windows-1252 for the characters these files use (ASCII plus å ä ö Å Ä Ö é –). */
function win1252(text: string): Buffer {
  const map: Record<string, number> = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, é: 0xe9, '–': 0x96 };
  return Buffer.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (map[ch] ?? 0x3f))));
}

const csv = (rows: (string | number)[][], separator = ';') => rows.map((row) => row.join(separator)).join('\r\n') + '\r\n';

async function xlsx(file: string, sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Likvärd fixtures';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  fs.writeFileSync(path.join(dir, file), Buffer.from(await workbook.xlsx.writeBuffer()));
}

function write(file: string, content: string | Buffer): void {
  fs.writeFileSync(path.join(dir, file), content);
}

async function main(): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });

  // Budget lines for 2028 from the finance system: UTF-8 with BOM, semicolons, thousands with a no-break space.
  const budgetHeader = ['Skolenhetskod', 'År', 'Kategori', 'Typ', 'Belopp (kr)', 'Anteckning'];
  const budgetRows = [
    budgetHeader,
    ['', 2028, 'Personal', 'Budget', `3${NBSP}400${NBSP}000`, 'CMiT, fem tjänster'],
    ['', 2028, 'Licenser och system', 'Budget', '1 250 000', 'Lärplattform'],
    ['72310458', 2028, 'Enheter', 'Budget', '412 800', ''],
    ['83356115', 2028, 'Enheter', 'Budget', '1 086 000,00', 'Elevdatorer 1:1'],
    ['83356115', 2028, 'Kompetensutveckling', 'Prognos', '85000', ''],
  ];
  write('budgetrader-2028-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(budgetRows), 'utf8')]));

  // The same kind with mistakes: a text amount, an unknown unit, an unknown category, a duplicate, a negative amount.
  write(
    'budgetrader-med-fel.csv',
    csv([
      budgetHeader,
      ['72310458', 2028, 'Personal', 'Budget', '120 000', ''],
      ['72310458', 2028, 'Enheter', 'Utfall', 'tolvtusen', ''],
      ['99999999', 2028, 'Enheter', 'Budget', '10 000', ''],
      ['72310458', 2028, 'Resor', 'Budget', '5 000', ''],
      ['72310458', 2028, 'Personal', 'Budget', '130 000', 'dubblett'],
      ['83356115', 2028, 'Support', 'Budget', '-4 000', ''],
    ]),
  );

  // School units saved by Excel for Windows ("CSV (semikolonavgränsad)"): Windows-1252, å ä ö in names.
  write(
    'skolenheter-windows-1252.csv',
    win1252(
      csv([
        ['Skolenhetskod', 'Namn', 'Skolformer', 'Område', 'Lokal IT-samordnare'],
        ['72310458', 'Centrumskolan F–6', 'Förskoleklass, Grundskola F–3, Grundskola 4–6, Fritidshem', 'Centrum', 'J'],
        ['72310547', 'Åkerängens skola', 'Förskoleklass, Grundskola F–3, Fritidshem', 'Söder', 'N'],
        ['61845271', 'Björkängens förskola', 'Förskola', 'Öster', 'nej'],
      ]),
    ),
  );

  // Facts per unit and year, comma-separated (decimals quoted), lower-case headers with spaces: header matching is loose.
  write(
    'skolfakta-2028-komma.csv',
    csv(
      [
        ['skolenhetskod', ' år ', 'elever f-3', 'elever 4-6', 'elever 7-9', 'lärare', 'lärare (årsarbetare)', 'skolledare', 'socioekonomiskt index', 'lokal it-samordnare', 'superanvändare'],
        ['72310458', 2028, 320, 230, 0, 46, '"42,3"', 2, '"1,05"', 'J', 5],
        ['83356115', 2028, 0, 0, 760, 63, '"57,96"', 3, '"1,1"', 'J', 6],
      ],
      ',',
    ),
  );

  // Device fleets as an XLSX workbook (the template's shape) with numbers as real numeric cells.
  await xlsx('enhetsbestand-2028.xlsx', [
    {
      name: 'Enhetsbestånd',
      rows: [
        ['Skolenhetskod', 'År', 'Enhetstyp', 'Användargrupp', 'Antal', 'Leasingkostnad per månad (kr)', 'Avtalstid (månader)', 'Leasingstart (år)', 'Utbytescykel (år)', '1:1'],
        ['83356115', 2028, 'Chromebook', 'Elever 7–9', 760, 129, 36, 2028, 3, 'J'],
        ['83356115', 2028, 'PC', 'Personal', 66, 349, 36, 2027, 3, 'N'],
        ['72310458', 2028, 'iPad', 'Elever F–3', 110, 189, 36, 2026, 3, 'N'],
      ],
    },
  ]);

  // Indicator values as Kolada publishes them: one row per gender (T, K, M), KPI id, unit, period, value.
  write(
    'nyckeltal-kolada.csv',
    csv([
      ['kpi', 'enhet', 'period', 'kön', 'värde'],
      ['N15419', '83356115', 2028, 'T', '81,4'],
      ['N15419', '83356115', 2028, 'K', '84,0'],
      ['N15419', '83356115', 2028, 'M', '78,9'],
      ['N15505', '83356115', 2028, 'T', '231,5'],
      ['N15419', '83356123', 2028, 'T', '68,2'],
    ]),
  );

  // LIKA self-assessments, one row per school and year with the four areas.
  await xlsx('lika-2028.xlsx', [
    {
      name: 'LIKA',
      rows: [
        ['Skolenhetskod', 'År', 'Ledning', 'Kompetens', 'Infrastruktur', 'Användning'],
        ['83356115', 2028, 3, 2.5, 3.5, 3],
        ['72310458', 2028, 2, 2, 3, 2.5],
      ],
    },
  ]);

  // Skolenhetsregistret as published: title rows, a header row, a sheet per school form, and Huvudmän.
  const common = ['HUVUDMANNATYP', 'ORGANISATIONSNR', 'LÄN', 'KOMMUN', 'KOMMUNNAMN', 'SKOLENHETSKOD', 'NAMN', 'BESÖKSADRESS', 'POSTNR', 'ORT'];
  const grades = ['FKLASS', 'ÅR1', 'ÅR2', 'ÅR3', 'ÅR4', 'ÅR5', 'ÅR6', 'ÅR7', 'ÅR8', 'ÅR9'];
  const title = (form: string) => [[`Skolenhetsregistret – ${form}`], ['Uttag 2025-10-01'], []];
  const kommunal = (kommun: string, namn: string) => ['Kommun', '212000-0000', '99', kommun, namn];
  const flags = (from: number, to: number) => grades.map((_, i) => (i >= from && i <= to ? 'J' : 'N'));
  const pupils = (from: number, to: number, n: number) => grades.map((_, i) => (i >= from && i <= to ? n : 0));
  await xlsx('skolenhetsregistret-2025.xlsx', [
    {
      name: 'Grundskola',
      rows: [
        ...title('Grundskola'),
        [...common, ...grades, ...grades.map((g) => `ELEVER ${g}`)],
        [...kommunal('9901', 'Exempelkommun'), '72310458', 'Centrumskolan F–6', 'Storgatan 1', '99101', 'Exempelstad', ...flags(0, 6), ...pupils(0, 6, 78)],
        [...kommunal('9901', 'Exempelkommun'), '83356115', 'Hagaskolan 7–9', 'Hagavägen 3', '99102', 'Exempelstad', ...flags(7, 9), ...pupils(7, 9, 251)],
        [...kommunal('9901', 'Exempelkommun'), '72310555', 'Nya Ekskolan F–3', 'Ekvägen 9', '99103', 'Exempelstad', ...flags(0, 3), ...pupils(0, 3, 40)],
        [...kommunal('0180', 'Stockholm'), '12345678', 'Katarina skola', 'Götgatan 1', '11621', 'Stockholm', ...flags(0, 9), ...pupils(0, 9, 60)],
        [...kommunal('1480', 'Göteborg'), '23456789', 'Hisingsskolan', 'Hisingsgatan 2', '41701', 'Göteborg', ...flags(0, 6), ...pupils(0, 6, 55)],
        [...kommunal('9902', 'Grannby'), '55120025', 'Grannbyskolan F–6', 'Byvägen 1', '99201', 'Grannby', ...flags(0, 6), ...pupils(0, 6, 44)],
      ],
    },
    {
      name: 'Anpassad grundskola',
      rows: [
        ...title('Anpassad grundskola'),
        [...common, ...grades.slice(1), ...grades.slice(1).map((g) => `ELEVER ${g}`)],
        [...kommunal('9901', 'Exempelkommun'), '72310539', 'Resursskolan (anpassad grundskola)', 'Storgatan 1', '99101', 'Exempelstad', ...flags(1, 9).slice(1), ...pupils(1, 9, 7).slice(1)],
        [...kommunal('0180', 'Stockholm'), '34567890', 'Särskolan Söder', 'Ringvägen 5', '11826', 'Stockholm', ...flags(1, 9).slice(1), ...pupils(1, 9, 4).slice(1)],
      ],
    },
    {
      name: 'Förskoleklass',
      rows: [
        ...title('Förskoleklass'),
        [...common, 'ELEVER'],
        // The same förskoleklass pupils as on the Grundskola sheet: counted once.
        [...kommunal('9901', 'Exempelkommun'), '72310458', 'Centrumskolan F–6', 'Storgatan 1', '99101', 'Exempelstad', 78],
      ],
    },
    {
      name: 'Gymnasieskola',
      rows: [
        ...title('Gymnasieskola'),
        [...common, 'ELEVER'],
        [...kommunal('9901', 'Exempelkommun'), '94471036', 'Stadsgymnasiet', 'Skolgatan 10', '99104', 'Exempelstad', 1360],
        [...kommunal('1480', 'Göteborg'), '45678901', 'Hvitfeldtska gymnasiet', 'Rektorsgatan 2', '41133', 'Göteborg', 1800],
      ],
    },
    {
      name: 'Fritidshem',
      rows: [
        ...title('Fritidshem'),
        [...common, 'ELEVER'],
        [...kommunal('9901', 'Exempelkommun'), '72310458', 'Centrumskolan F–6', 'Storgatan 1', '99101', 'Exempelstad', 260],
      ],
    },
    {
      name: 'Huvudmän',
      rows: [
        ['HUVUDMANNATYP', 'ORGANISATIONSNR', 'NAMN', 'KOMMUN'],
        ['Kommun', '212000-0000', 'Exempelkommun', '9901'],
        ['Kommun', '212000-0142', 'Stockholms kommun', '0180'],
      ],
    },
  ]);

  // Broken files: a truncated workbook, a CSV that calls itself .xlsx, UTF-16 text without its byte order mark.
  const whole = fs.readFileSync(path.join(dir, 'enhetsbestand-2028.xlsx'));
  write('trasig.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
  write('inte-excel.xlsx', csv(budgetRows));
  write('fel-kodning-utf16.csv', Buffer.from(csv(budgetRows), 'utf16le'));
}

await main();

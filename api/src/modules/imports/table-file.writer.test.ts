import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { neutraliseText, toCsv, toXlsx, type TableFile } from './table-file.writer.js';

interface Row {
  note: string | number | null;
  amount: number | string | null;
}

const table = (rows: Row[]): TableFile<Row> => ({
  sheet: 'Test',
  rows,
  columns: [
    { header: 'Anteckning', type: 'text', value: (r) => r.note },
    { header: 'Belopp (kr)', type: 'money', value: (r) => r.amount },
  ],
});

/** The CSV's data lines, without the BOM and the header line. */
const csvLines = (rows: Row[]) => toCsv(table(rows)).toString('utf8').replace(/^\ufeff/, '').split('\r\n').slice(1, -1);

async function xlsxCells(rows: Row[]): Promise<ExcelJS.Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await toXlsx(table(rows))) as unknown as ArrayBuffer);
  const out: ExcelJS.Cell[][] = [];
  workbook.worksheets[0]!.eachRow((row, number) => {
    if (number > 1) out.push([row.getCell(1), row.getCell(2)]);
  });
  return out;
}

/** The worksheet's XML as written, found in the zip by its local header (exceljs writes sizes after the data). */
function sheetXml(xlsx: Buffer): string {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = xlsx.indexOf(name);
  expect(at).toBeGreaterThan(0);
  const header = at - 30;
  const data = header + 30 + xlsx.readUInt16LE(header + 26) + xlsx.readUInt16LE(header + 28);
  return inflateRawSync(xlsx.subarray(data)).toString('utf8');
}

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

describe('CSV injection: text cells never start a formula', () => {
  it.each(DANGEROUS.map((c) => [JSON.stringify(c), c]))('a text beginning with %s gets a quote in front, in CSV and XLSX', async (_name, first) => {
    const note = `${first}SUM(A1:A9)`;
    expect(csvLines([{ note, amount: 1 }])).toEqual([`"'${note}";1`]);
    const [[cell]] = (await xlsxCells([{ note, amount: 1 }])) as [[ExcelJS.Cell]];
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    // XML reads a carriage return back as a line feed (exceljs writes it raw); the quote in front is what counts.
    expect(cell.value).toBe(`'${note}`.replace('\r', '\n'));
  });

  it('writes the OWASP example quoted, with its quotes doubled', () => {
    expect(csvLines([{ note: '=HYPERLINK("http://x","klicka")', amount: null }])).toEqual(['"\'=HYPERLINK(""http://x"",""klicka"")";']);
  });

  it('neutralises a text that only looks negative, and a number handed to a text column', async () => {
    expect(csvLines([{ note: '-5 %', amount: null }, { note: -5, amount: null }])).toEqual(['"\'-5 %";', '"\'-5";']);
    expect((await xlsxCells([{ note: '-5 %', amount: null }]))[0]![0]!.value).toBe("'-5 %");
  });

  it('leaves other texts as they were', async () => {
    const notes = ['CMiT, fem tjänster', '5 % mer än 2025', "'citerad", 'a=b', 'Centrumskolan F–6', '–5 (tankstreck)', ' inledande blanksteg'];
    expect(csvLines(notes.map((note) => ({ note, amount: null })))).toEqual(['CMiT, fem tjänster;', '5 % mer än 2025;', "'citerad;", 'a=b;', 'Centrumskolan F–6;', '–5 (tankstreck);', '" inledande blanksteg";']);
    expect((await xlsxCells(notes.map((note) => ({ note, amount: null })))).map(([cell]) => cell!.value)).toEqual(notes);
  });

  it('writes no formula into the XLSX at all, only string cells', async () => {
    const xml = sheetXml(await toXlsx(table(DANGEROUS.map((c) => ({ note: `${c}1+1`, amount: -1 })))));
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('<sheetData>');
  });

  it('neutraliseText is the one rule', () => {
    expect(DANGEROUS.map((c) => neutraliseText(`${c}x`))).toEqual(DANGEROUS.map((c) => `'${c}x`));
    expect(neutraliseText('')).toBe('');
    expect(neutraliseText('x=1')).toBe('x=1');
  });
});

describe('numbers stay numbers', () => {
  const amounts = [1500, -1500, 0, 12.5, -0.25, 3_400_000];

  it('in CSV: as they are, with a decimal comma, a minus sign untouched', () => {
    expect(csvLines(amounts.map((amount) => ({ note: null, amount })))).toEqual([';1500', ';-1500', ';0', ';12,5', ';-0,25', ';3400000']);
  });

  it('in XLSX: numeric cells', async () => {
    const cells = await xlsxCells(amounts.map((amount) => ({ note: null, amount })));
    expect(cells.map(([, cell]) => cell!.type)).toEqual(amounts.map(() => ExcelJS.ValueType.Number));
    expect(cells.map(([, cell]) => cell!.value)).toEqual(amounts);
  });

  it('a numeric column handed a plain number as text writes a number; handed a formula, neutralised text', async () => {
    expect(csvLines([{ note: null, amount: '-1500' }, { note: null, amount: '=1+1' }])).toEqual([';-1500', ";\"'=1+1\""]);
    const cells = await xlsxCells([{ note: null, amount: '-1500' }, { note: null, amount: '=1+1' }]);
    expect(cells.map(([, cell]) => cell!.value)).toEqual([-1500, "'=1+1"]);
  });

  it('leaves a cell empty for NaN and Infinity rather than writing a broken number', () => {
    expect(csvLines([{ note: null, amount: Number.NaN }, { note: null, amount: Number.POSITIVE_INFINITY }])).toEqual([';', ';']);
  });
});

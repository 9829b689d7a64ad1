import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../graphql/errors.js';
import { decodeContent, decodeText, detectSeparator, readImportFile } from './import-file.reader.js';
import { planTabular } from './import-kinds.js';
import { ImportKind } from './import.enums.js';

const TEXT = 'Skolenhetskod;År;Kategori;Typ;Belopp (kr)\r\n72310458;2026;Personal;Utfall;1 234 567\r\n';

describe('encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'UTF-8 med BOM'],
    ['Windows-1252', iconv.encode(TEXT, 'win1252'), 'Windows-1252'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')]), 'UTF-16'],
  ])('reads %s and keeps å, ä, ö', (_name, bytes, encoding) => {
    const decoded = decodeText('fil.csv', bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(TEXT);
  });

  it('refuses binary data that calls itself CSV', () => {
    expect(() => decodeText('fil.csv', Buffer.from([0x41, 0x00, 0x42]))).toThrow(DomainError);
  });
});

describe('separators', () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['a\tb\tc', '\t'],
    ['"a;b",c,d', ','],
    ['Belopp', ';'],
  ])('%j → %j', (line, separator) => expect(detectSeparator(`${line}\n1;2;3`)).toBe(separator));
});

describe('header variants: all read as the same budget line', () => {
  it.each([
    ['Swedish template', 'Skolenhetskod;År;Kategori;Typ;Belopp (kr)'],
    ['upper case and spaces', ' SKOLENHETSKOD ; ÅR ; KATEGORI ; TYP ; BELOPP (KR) '],
    ['other Swedish words', 'Skolenhet;Verksamhetsår;Kostnadsslag;Slag;Belopp'],
    ['English', 'School unit code;Year;Category;Kind;Amount SEK'],
  ])('%s', async (_name, header) => {
    const file = await readImportFile('budget.csv', Buffer.from(`${header}\n72310458;2026;Personal;Utfall;1 234 567\n`, 'utf8'));
    const plan = planTabular(ImportKind.BUDGET_LINES, file.sheets, { municipalityCode: '9901', year: null, indicators: new Map() });
    expect(plan.errors).toEqual([]);
    expect(plan.drafts).toEqual([
      expect.objectContaining({ table: 'budget_line', unitCode: '72310458', key: { year: 2026, kind: 'OUTCOME', category: 'PERSONNEL' }, values: { amount_sek: 1_234_567 } }),
    ]);
  });
});

describe('the file type', () => {
  it('reads an XLSX workbook with numbers, text and formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    sheet.addRow(['Skolenhetskod', 'År', 'Kategori', 'Typ', 'Belopp (kr)']);
    sheet.addRow(['72310458', 2026, 'Personal', 'Utfall', { formula: '1000*2', result: 2000 }]);
    const file = await readImportFile('budget.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(file.format).toBe('XLSX');
    expect(file.sheets[0]!.rows[1]).toEqual({ row: 2, cells: ['72310458', 2026, 'Personal', 'Utfall', 2000] });
  });

  it.each([
    ['a CSV named .xlsx', 'fil.xlsx', Buffer.from(TEXT), 'input.contentBase64'],
    ['an old .xls', 'fil.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'input.contentBase64'],
    ['a PDF', 'fil.pdf', Buffer.from('%PDF-1.4'), 'input.fileName'],
  ])('refuses %s', async (_name, fileName, bytes, field) => {
    await expect(readImportFile(fileName, bytes)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses content that is not base64, and an empty file', () => {
    expect(() => decodeContent('inte base64!')).toThrow(/base64/);
    expect(() => decodeContent('')).toThrow(/tom/);
  });
});

describe('the row cap', () => {
  const lines = (n: number) => ['Skolenhetskod;År', ...Array.from({ length: n }, () => '72310458;2026')].join('\n');

  it('reads a CSV up to the cap and refuses one row more, naming the field', async () => {
    expect((await readImportFile('f.csv', Buffer.from(lines(3)), 3)).sheets[0]!.rows).toHaveLength(4);
    await expect(readImportFile('f.csv', Buffer.from(lines(4)), 3)).rejects.toMatchObject({ field: 'input.contentBase64', message: expect.stringMatching(/fler än 3 rader/) });
  });

  it('refuses an XLSX workbook over the cap', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    for (let i = 0; i < 30; i++) sheet.addRow(['72310458', 2026]);
    await expect(readImportFile('f.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 5)).rejects.toMatchObject({ field: 'input.contentBase64' });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config/config.js';
import { DomainError } from '../../graphql/errors.js';
import { decodeContent, decodeText, detectSeparator, MAX_CELLS, MAX_ROWS, readImportFile, withoutExportQuote } from './import-file.reader.js';
import { toCsv, toXlsx } from './table-file.writer.js';
import { planTabular } from './import-kinds.js';
import { ImportKind } from './import.enums.js';
import { DEFAULT_BUDGET, prepareWorkbookZip, readCentralDirectory } from './xlsx-zip.js';
import { deflatedPart, repeatedPart, rewriteZip, sheetOfRows, smallWorkbook, writeZip, zipBomb, zipParts } from './xlsx-zip.test-support.js';

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

// ------------------------------------------------------------------------------------------------- XLSX streaming

/** The reader as it was before it streamed (exceljs's in-memory load): what the streaming reader must still give. */
async function readInMemory(bytes: Buffer): Promise<{ name: string; rows: { row: number; cells: unknown[] }[] }[]> {
  const plain = (value: ExcelJS.CellValue): unknown => {
    if (value == null) return null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    return null;
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((worksheet) => {
    const rows: { row: number; cells: unknown[] }[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells = Array.from(Array.isArray(row.values) ? row.values.slice(1) : [], (value) => plain(value ?? null));
      if (cells.some((cell) => cell !== null && cell !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: worksheet.name, rows };
  });
}

const fixture = (name: string) => fs.readFileSync(path.join(repoRoot, 'seeds', 'fixtures', name));

/** A workbook as another program might write it, by hand: 1904 dates, rich shared strings, formulas of every result type. */
function handWrittenWorkbook(): Buffer {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`;
  const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`;
  return writeZip([
    deflatedPart('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    // The worksheets before the workbook and the shared strings, named in another order than the workbook's.
    deflatedPart(
      'xl/worksheets/sheet2.xml',
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1" s="2"><v>45000.5</v></c><c r="D1" s="1"><f>B1+1</f><v>45001</v></c>' +
          '<c r="E1" t="str"><f>"a"&amp;"&lt;b&gt;"</f><v>a&lt;b&gt;</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="b"><v>1</v></c>' +
          '<c r="H1" t="inlineStr"><is><t>inline</t></is></c><c r="I1" t="e"><v>#N/A</v></c><c r="J1"><f>1+1</f></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">1+1</f><v>2</v></c><c r="B2" t="s"><v>1</v></c></row>' +
          '<row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="C3" t="b"><v>0</v></c></row>' +
          '<row r="5"><c r="A5" s="1"/><c r="B5" s="2"/></row>' +
          '<row r="7"><c r="XFD7"><v>-0.5</v></c></row>',
      ),
    ),
    deflatedPart('xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1" t="s"><v>2</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>')),
    deflatedPart('xl/worksheets/sheet9.xml', sheet('<row r="1"><c r="A1"><v>9</v></c></row>')),
    deflatedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} ${r}><workbookPr date1904="1"/><sheets>` +
        '<sheet name="Först &amp; främst" sheetId="5" r:id="rId2"/><sheet name="Sedan" sheetId="1" state="hidden" r:id="rId1"/></sheets></workbook>',
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheets/sheet1.xml')}${rel('rId2', '/xl/worksheets/sheet2.xml')}</Relationships>`,
    ),
    deflatedPart(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
        '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    deflatedPart(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst ${ns} count="3" uniqueCount="3"><si><r><rPr><b/></rPr><t>Åker</t></r><r><t xml:space="preserve">ängens skola</t></r></si>` +
        '<si><t xml:space="preserve"> mellan &amp; slag </t></si><si><t>Rubrik</t></si></sst>',
    ),
  ]);
}

describe('XLSX, read streaming: the same cells as the in-memory reader gave', () => {
  it.each(['enhetsbestand-2028.xlsx', 'lika-2028.xlsx', 'skolenhetsregistret-2025.xlsx'])('%s', async (name) => {
    const bytes = fixture(name);
    expect((await readImportFile(name, bytes)).sheets).toEqual(await readInMemory(bytes));
  });

  it('a workbook written by exceljs: text, negative and decimal numbers, dates, formulas, booleans, errors, links, sparse rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Budget');
    sheet.addRow(['Text', 'Tal', 'Datum', 'Formel', 'Textformel', 'Datumformel', 'Sant', 'Fel', 'Länk']);
    sheet.addRow([
      'Åkerängens skola',
      -1234.5,
      new Date(Date.UTC(2026, 0, 15)),
      { formula: 'B2*2', result: -2469 },
      { formula: 'A2&"x"', result: 'Åkerängens skolax' },
      { formula: 'C2+1', result: new Date(Date.UTC(2026, 0, 16)) },
      true,
      { error: '#N/A' },
      { text: 'Skolverket', hyperlink: 'https://www.skolverket.se' },
    ]);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('F2').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    sheet.addRow(['', '']);
    sheet.addRow([null, 42]);
    sheet.getCell('Z7').value = 'långt bort';
    sheet.getCell('A9').value = { formula: '1+1', result: 2, shareType: 'shared', ref: 'A9:A10' } as ExcelJS.CellFormulaValue;
    sheet.getCell('A10').value = { sharedFormula: 'A9', result: 3 };
    workbook.addWorksheet('Tom');
    workbook.addWorksheet('Dold', { state: 'hidden' }).addRow(['dold', 1]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const streamed = await readImportFile('budget.xlsx', bytes);
    expect(streamed.sheets).toEqual(await readInMemory(bytes));
    expect(streamed.sheets.map((s) => s.name)).toEqual(['Budget', 'Tom', 'Dold']);
    expect(streamed.sheets[0]!.rows[1]!.cells.slice(0, 6)).toEqual(['Åkerängens skola', -1234.5, new Date(Date.UTC(2026, 0, 15)), -2469, 'Åkerängens skolax', new Date(Date.UTC(2026, 0, 16))]);
  });

  it('a workbook written by hand: the workbook’s sheet order and names, 1904 dates, rich shared strings, formula results, unlisted parts left out', async () => {
    const bytes = handWrittenWorkbook();
    const streamed = await readImportFile('hand.xlsx', bytes);
    expect(streamed.sheets).toEqual(await readInMemory(bytes));
    expect(streamed.sheets.map((s) => s.name)).toEqual(['Först & främst', 'Sedan']);
    const [first] = streamed.sheets;
    expect(first!.rows.map((r) => r.row)).toEqual([1, 2, 3, 7]);
    expect(first!.rows[0]!.cells).toEqual(['Åkerängens skola', new Date('2027-03-16T00:00:00Z'), new Date('2027-03-16T12:00:00Z'), new Date('2027-03-17T00:00:00Z'), 'a<b>', null, true, 'inline', null, null]);
    expect(first!.rows[3]!.cells).toHaveLength(16384);
  });

  it('an export of its own, read back', async () => {
    const bytes = await toXlsx({
      sheet: 'Budgetrader 2026',
      rows: [{ note: '=HYPERLINK("http://x","klicka")', amount: -1500 }],
      columns: [
        { header: 'Anteckning', type: 'text', value: (r: { note: string; amount: number }) => r.note },
        { header: 'Belopp (kr)', type: 'money', value: (r: { note: string; amount: number }) => r.amount },
      ],
    });
    // The in-memory reader keeps the quote the export put in front of the formula; the importer takes it off.
    const inMemory = await readInMemory(bytes);
    expect(inMemory[0]!.rows[1]!.cells).toEqual(['\'=HYPERLINK("http://x","klicka")', -1500]);
    expect((await readImportFile('export.xlsx', bytes)).sheets).toEqual([{ ...inMemory[0], rows: [inMemory[0]!.rows[0], { row: 2, cells: ['=HYPERLINK("http://x","klicka")', -1500] }] }]);
  });
});

describe('XLSX: a zip bomb is refused before it is read', () => {
  const refusal = { code: 'BAD_USER_INPUT', field: 'input.contentBase64', message: expect.stringMatching(/^bomb\.xlsx packas upp till mer än 100 gånger sin egen storlek och läses inte/) };

  it('300 MB of worksheet XML in a 1 MB file, its size stated in the zip: refused by the zip directory', async () => {
    const bomb = await zipBomb(300);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    await expect(readImportFile('bomb.xlsx', bomb)).rejects.toMatchObject(refusal);
  }, 30_000);

  it('the same bomb claiming to inflate to 1 KB: refused by counting what it inflates to', async () => {
    await expect(readImportFile('bomb.xlsx', await zipBomb(300, { lie: true }))).rejects.toMatchObject(refusal);
  }, 30_000);

  it('counts the parts together: over the total budget, stated or not', async () => {
    const budget = { ...DEFAULT_BUDGET, totalBytes: 3 * 1024 * 1024, ratio: 10_000 };
    const base = await smallWorkbook();
    for (const lie of [false, true]) {
      const sheet = await repeatedPart('xl/worksheets/sheet1.xml', '<worksheet><sheetData>', '<row/>', 700_000, '</sheetData></worksheet>');
      const bytes = rewriteZip(base, { 'xl/worksheets/sheet1.xml': lie ? { ...sheet, claimedSize: 10 } : sheet, 'xl/worksheets/sheet2.xml': lie ? { ...sheet, name: 'xl/worksheets/sheet2.xml', claimedSize: 10 } : { ...sheet, name: 'xl/worksheets/sheet2.xml' } });
      await expect(prepareWorkbookZip(bytes, budget)).rejects.toMatchObject({ name: 'ZipRefusal', reason: 'total' });
      await expect(readImportFile('stor.xlsx', bytes, MAX_ROWS, { budget })).rejects.toMatchObject({ field: 'input.contentBase64', message: 'stor.xlsx packas upp till mer än 3 MB och läses inte. Dela upp den i mindre filer.' });
    }
  });

  it('holds the shared strings and styles, kept in memory, to a budget of their own', async () => {
    const strings = await repeatedPart('xl/sharedStrings.xml', '<sst>', '<si><t>a</t></si>', 200_000, '</sst>');
    const bytes = rewriteZip(await smallWorkbook(), { 'xl/sharedStrings.xml': strings });
    await expect(readImportFile('f.xlsx', bytes, MAX_ROWS, { budget: { ...DEFAULT_BUDGET, cachedBytes: 1024 * 1024, ratio: 10_000 } })).rejects.toMatchObject({
      field: 'input.contentBase64',
      message: expect.stringMatching(/texter och format packas upp till mer än 1 MB/),
    });
  });

  it('refuses entries that share compressed bytes (the overlapping bomb), encryption and other compression methods', async () => {
    const parts = zipParts(await smallWorkbook());
    const zip = writeZip([...parts].filter(([name]) => !name.endsWith('/')).map(([name, data]) => deflatedPart(name, data)));
    const entries = readCentralDirectory(zip);
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    // Point the central directory's styles entry at the worksheet's local header.
    const overlapping = Buffer.from(zip);
    const central = overlapping.readUInt32LE(overlapping.length - 6);
    let at = central;
    for (const entry of entries) {
      if (entry.name === 'xl/styles.xml') overlapping.writeUInt32LE(sheet.headerOffset, at + 42);
      at += 46 + Buffer.byteLength(entry.name);
    }
    expect(() => readCentralDirectory(overlapping)).toThrow(expect.objectContaining({ reason: 'broken' }));
    await expect(readImportFile('f.xlsx', overlapping)).rejects.toMatchObject({ message: expect.stringMatching(/trasig eller ofullständig/) });

    const withMethod = (method: number, flags = 0x800) => {
      const copy = Buffer.from(zip);
      let p = copy.readUInt32LE(copy.length - 6);
      for (const entry of entries) {
        if (entry.name === 'xl/worksheets/sheet1.xml') {
          copy.writeUInt16LE(flags, p + 8);
          copy.writeUInt16LE(method, p + 10);
        }
        p += 46 + Buffer.byteLength(entry.name);
      }
      return copy;
    };
    for (const copy of [withMethod(12), withMethod(8, 0x801)]) {
      await expect(readImportFile('f.xlsx', copy)).rejects.toMatchObject({ field: 'input.contentBase64', message: expect.stringMatching(/packad på ett sätt som inte läses/) });
    }
    expect((await readImportFile('f.xlsx', zip)).sheets[0]!.rows).toHaveLength(2);
  });

  it('refuses a zip that is cut off or whose compressed data is broken', async () => {
    const whole = await smallWorkbook();
    await expect(readImportFile('f.xlsx', whole.subarray(0, whole.length - 30))).rejects.toMatchObject({ message: expect.stringMatching(/trasig eller ofullständig/) });
    const sheet = deflatedPart('xl/worksheets/sheet1.xml', sheetOfRows(10));
    const broken = rewriteZip(whole, { 'xl/worksheets/sheet1.xml': { ...sheet, compressed: sheet.compressed.subarray(0, sheet.compressed.length - 5) } });
    await expect(readImportFile('f.xlsx', broken)).rejects.toMatchObject({ message: expect.stringMatching(/trasig eller ofullständig/) });
  });
});

describe('XLSX: the row cap stops the read', () => {
  it('refuses as soon as the cap is passed: broken XML after the cap is never parsed', async () => {
    const rows = sheetOfRows(400).replace('</sheetData></worksheet>', '<row r="401"><c <<< inte XML');
    const bytes = rewriteZip(await smallWorkbook(), { 'xl/worksheets/sheet1.xml': rows });
    await expect(readImportFile('f.xlsx', bytes, 100)).rejects.toMatchObject({ field: 'input.contentBase64', message: expect.stringMatching(/fler än 100 rader/) });
    // Under a higher cap the same file is read up to the broken XML, and refused for it.
    await expect(readImportFile('f.xlsx', bytes, 1000)).rejects.toMatchObject({ message: expect.stringMatching(/trasig eller ofullständig/) });
  });

  it('counts the rows of every sheet together, and never the empty ones', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['A', 'B']) {
      const sheet = workbook.addWorksheet(name);
      for (let i = 0; i < 15; i++) sheet.addRow(['72310458', 2026]);
      sheet.getCell('A100').numFmt = '0';
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(readImportFile('f.xlsx', bytes, 9)).rejects.toMatchObject({ message: expect.stringMatching(/fler än 9 rader/) });
    expect((await readImportFile('f.xlsx', bytes, 10)).sheets.map((s) => s.rows.length)).toEqual([15, 15]);
  });

  it('refuses rows that reach far to the right over the cell cap, empty styled ones too, before building them', async () => {
    expect(MAX_CELLS).toBe(10_000_000);
    for (const cell of [(n: number) => `<c r="XFD${n}"><v>1</v></c>`, (n: number) => `<c r="XFD${n}" s="1"/>`]) {
      const bytes = rewriteZip(await smallWorkbook(), { 'xl/worksheets/sheet1.xml': sheetOfRows(7, cell) });
      await expect(readImportFile('f.xlsx', bytes, MAX_ROWS, { maxCells: 100_000 })).rejects.toMatchObject({ field: 'input.contentBase64', message: expect.stringMatching(/^f\.xlsx har fler än 100\s000 celler/) });
      expect((await readImportFile('f.xlsx', bytes, MAX_ROWS, { maxCells: 120_000 })).sheets).toHaveLength(1);
    }
  });
});

describe('an export imports back as it was: the quote in front of a formula comes off', () => {
  const notes = ['=HYPERLINK("http://x","klicka")', '+46 8 123 45', '-5 %', '@SUM(A1)', '\tindrag', "'citerad", "''=två citattecken", 'vanlig text'];
  const table = {
    sheet: 'Test',
    rows: notes.map((note, i) => ({ note, amount: -1500 * (i + 1) })),
    columns: [
      { header: 'Anteckning', type: 'text' as const, value: (r: { note: string; amount: number }) => r.note },
      { header: 'Belopp (kr)', type: 'money' as const, value: (r: { note: string; amount: number }) => r.amount },
    ],
  };

  it.each([
    ['CSV', 'f.csv', () => Promise.resolve(toCsv(table))],
    ['XLSX', 'f.xlsx', () => toXlsx(table)],
  ])('%s', async (_format, fileName, write) => {
    const file = await readImportFile(fileName, await write());
    const rows = file.sheets[0]!.rows.slice(1).map((r) => r.cells);
    expect(rows.map((cells) => cells[0])).toEqual(notes);
    expect(rows.map((cells) => Number(String(cells[1]).replace(',', '.')))).toEqual(notes.map((_n, i) => -1500 * (i + 1)));
  });

  it('takes off only a quote before a formula’s first character', () => {
    expect(["'=1", "'+1", "'-1", "'@a", "'\ta", "'\ra", "'a", "''=1", "='1", "'"].map(withoutExportQuote)).toEqual(['=1', '+1', '-1', '@a', '\ta', '\ra', "'a", "''=1", "='1", "'"]);
  });
});

import ExcelJS from 'exceljs';

/**
 * Writes a table as a file a Swedish user's Excel opens right: CSV with semicolons, decimal comma and a UTF-8 BOM
 * (without the BOM Excel guesses Windows-1252 and breaks å, ä, ö), or XLSX with real numeric cells and a header row.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'money' | 'percent';

export interface TableColumn<T> {
  header: string;
  type: ColumnType;
  value: (row: T) => string | number | null | undefined;
}

export interface TableFile<T> {
  /** The worksheet's name (at most 31 characters). */
  sheet: string;
  columns: TableColumn<T>[];
  rows: T[];
}

const BOM = '\ufeff';

function csvField(value: string | number | null | undefined, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  // No thousands separators: Excel would read "1 234" as text. The decimal comma is what sv-SE Excel expects.
  const text = typeof value === 'number' ? (type === 'text' ? String(value) : String(value).replace('.', ',')) : value;
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(table: TableFile<T>): Buffer {
  const lines = [table.columns.map((c) => csvField(c.header, 'text')).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(c.value(row), c.type)).join(';'));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: '@',
  integer: '0',
  decimal: '0.0##',
  money: '#,##0',
  percent: '0.0',
};

export async function toXlsx<T>(table: TableFile<T>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Likvärd';
  const worksheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = table.columns.map((c) => ({ header: c.header, width: Math.max(12, Math.min(40, c.header.length + 4)), style: { numFmt: NUMBER_FORMATS[c.type] } }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    worksheet.addRow(
      table.columns.map((c) => {
        const value = c.value(row);
        if (value === null || value === undefined || value === '') return null;
        if (c.type === 'text') return String(value);
        return typeof value === 'number' ? value : Number(value);
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { readCentralDirectory } from './xlsx-zip.js';

/**
 * Zips for tests of the XLSX reader: a minimal zip writer, a workbook with parts replaced, and zip bombs (a valid
 * workbook whose worksheet XML inflates to hundreds of MB), built without ever holding the inflated XML.
 */

export interface ZipPart {
  name: string;
  /** The compressed bytes (raw deflate, or stored as they are). */
  compressed: Buffer;
  method: 0 | 8;
  /** The inflated size and CRC-32. */
  size: number;
  crc32: number;
  /** What the local header and the central directory say it inflates to (a bomb's lie); the size by default. */
  claimedSize?: number;
}

export function deflatedPart(name: string, data: Buffer | string): ZipPart {
  const bytes = Buffer.from(data);
  return { name, compressed: zlib.deflateRawSync(bytes), method: 8, size: bytes.length, crc32: zlib.crc32(bytes) };
}

/** A part of `head`, `body` repeated `times` times and `tail`, deflated as a stream: the whole is never in memory. */
export async function repeatedPart(name: string, head: string, body: string, times: number, tail: string): Promise<ZipPart> {
  const deflater = zlib.createDeflateRaw({ chunkSize: 1024 * 1024 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text);
    crc = zlib.crc32(bytes, crc);
    size += bytes.length;
    if (!deflater.write(bytes)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  await write(head);
  // Writes of about 1 MB: few calls, little memory.
  const perWrite = Math.max(1, Math.floor((1024 * 1024) / Buffer.byteLength(body)));
  const block = body.repeat(perWrite);
  let left = times;
  for (; left >= perWrite; left -= perWrite) await write(block);
  if (left > 0) await write(body.repeat(left));
  await write(tail);
  deflater.end();
  await done;
  return { name, compressed: Buffer.concat(out), method: 8, size, crc32: crc };
}

/** A zip of the parts, with sizes in the local headers (no data descriptors) and a central directory. */
export function writeZip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x800, 6);
    header.writeUInt16LE(part.method, 8);
    header.writeUInt16LE(0x21, 12);
    header.writeUInt32LE(part.crc32, 14);
    header.writeUInt32LE(part.compressed.length, 18);
    header.writeUInt32LE(part.claimedSize ?? part.size, 22);
    header.writeUInt16LE(name.length, 26);
    chunks.push(header, name, part.compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 30);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + part.compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The parts of a zip, inflated (for small test workbooks only). */
export function zipParts(bytes: Buffer): Map<string, Buffer> {
  return new Map(
    readCentralDirectory(bytes).map((entry) => {
      const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      return [entry.name, entry.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data)];
    }),
  );
}

/**
 * The zip with parts replaced (a Buffer or a ready part), removed (null) or added, in the original order and the
 * added ones last, or in `order` (names first in that order, the rest after).
 */
export function rewriteZip(bytes: Buffer, changes: Record<string, Buffer | string | ZipPart | null>, order: string[] = []): Buffer {
  const parts = new Map<string, ZipPart>();
  for (const [name, data] of zipParts(bytes)) if (!name.endsWith('/')) parts.set(name, deflatedPart(name, data));
  for (const [name, change] of Object.entries(changes)) {
    if (change === null) parts.delete(name);
    else parts.set(name, typeof change === 'string' || Buffer.isBuffer(change) ? deflatedPart(name, change) : change);
  }
  const names = [...order.filter((name) => parts.has(name)), ...[...parts.keys()].filter((name) => !order.includes(name))];
  return writeZip(names.map((name) => parts.get(name)!));
}

/** A small real workbook of one sheet "Data" made by exceljs, the base of the bombs. */
export async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['Skolenhetskod', 'År']);
  sheet.addRow(['72310458', 2026]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** Worksheet XML of `rows` rows (numbered from 1), as a part. */
export function sheetOfRows(rows: number, row: (n: number) => string = (n) => `<c r="A${n}" t="inlineStr"><is><t>72310458</t></is></c><c r="B${n}"><v>2026</v></c>`): string {
  let xml = SHEET_HEAD;
  for (let n = 1; n <= rows; n++) xml += `<row r="${n}">${row(n)}</row>`;
  return xml + SHEET_TAIL;
}

const bombSheets = new Map<number, Promise<ZipPart>>();

/**
 * A zip bomb: the small workbook with xl/worksheets/sheet1.xml replaced by `megabytes` MB of valid, highly
 * compressible worksheet XML (the same row again and again; 300 MB pack to about 1 MB). `lie`: the local header
 * and the central directory claim the sheet inflates to 1 KB, as a bomb that wants past a check of the directory
 * would. The sheet is deflated once per size (a few seconds for 300 MB) and kept for the next call.
 */
export async function zipBomb(megabytes: number, { lie = false } = {}): Promise<Buffer> {
  const row = '<row r="3"><c r="A3" t="inlineStr"><is><t>Bomben</t></is></c><c r="B3"><v>2026</v></c></row>';
  if (!bombSheets.has(megabytes)) {
    bombSheets.set(megabytes, repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, row, Math.ceil((megabytes * 1024 * 1024) / row.length), SHEET_TAIL));
  }
  const sheet = await bombSheets.get(megabytes)!;
  return rewriteZip(await smallWorkbook(), { 'xl/worksheets/sheet1.xml': lie ? { ...sheet, claimedSize: 1024 } : sheet });
}

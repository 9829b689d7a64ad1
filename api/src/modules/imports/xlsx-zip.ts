import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The zip of an XLSX workbook, opened so that a hostile file costs little: a zip bomb (a small file whose parts
 * inflate to gigabytes) is refused after at most the budget's bytes have been inflated, and nothing inflated is
 * kept. The central directory's sizes are claims the file's author chose, so they only refuse early; every part
 * that will be read is also inflated once here, counting the bytes that actually come out, and refused above the
 * budget. What exceljs's streaming reader then gets is a zip of exactly those parts, in the order it reads
 * without temporary files (relationships, workbook, shared strings and styles before the worksheets), with the
 * sizes measured here: it inflates the same compressed bytes again, so it cannot meet more than was counted.
 */

export interface InflateBudget {
  /** Bytes all parts that are read may inflate to together. */
  totalBytes: number;
  /** Bytes the parts kept whole in memory while reading (shared strings, styles, workbook, its relationships) may inflate to together. */
  cachedBytes: number;
  /** Inflated bytes one part may have per compressed byte… */
  ratio: number;
  /** … once it has inflated to more than this (tiny XML parts compress far better than their size matters). */
  ratioGraceBytes: number;
  /** Entries the zip may list at all. */
  maxEntries: number;
}

const MB = 1024 * 1024;

/**
 * 200 MB inflated is about what the 20 MB file limit lets a real workbook hold (worksheet XML packs about 10:1);
 * 100:1 per part is Apache POI's default ratio, which no spreadsheet program's output comes near.
 */
export const DEFAULT_BUDGET: InflateBudget = { totalBytes: 200 * MB, cachedBytes: 50 * MB, ratio: 100, ratioGraceBytes: 1 * MB, maxEntries: 10_000 };

export type ZipRefusalReason = 'total' | 'cached' | 'ratio' | 'broken' | 'unsupported';

/** Why a zip is not read; the caller words it for the user. `limit` is the budget passed (bytes, or the ratio). */
export class ZipRefusal extends Error {
  override name = 'ZipRefusal';
  constructor(
    readonly reason: ZipRefusalReason,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** The uncompressed size the central directory claims. */
  claimedSize: number;
  headerOffset: number;
  dataOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const broken = (why: string) => new ZipRefusal('broken', `zip: ${why}`);

/** The entries of the central directory, checked against the bytes: inside the file, local headers where claimed, no two overlapping. */
export function readCentralDirectory(bytes: Buffer, maxEntries = DEFAULT_BUDGET.maxEntries): ZipEntry[] {
  if (bytes.length < 22) throw broken('too short');
  let eocd = -1;
  for (let at = bytes.length - 22, end = Math.max(0, bytes.length - 22 - 0xffff); at >= end; at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken('no end of central directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (bytes.readUInt16LE(eocd + 4) !== 0 || bytes.readUInt16LE(eocd + 6) !== 0 || bytes.readUInt16LE(eocd + 8) !== count) {
    throw new ZipRefusal('unsupported', 'zip: split over several disks');
  }
  // Zip64 is for archives over 4 GB or 65 535 entries; a workbook of at most 20 MB needs neither.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipRefusal('unsupported', 'zip: zip64 directory');
  if (count > maxEntries) throw broken(`${count} entries`);
  if (offset + size > eocd) throw broken('central directory outside the file');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || bytes.readUInt32LE(at) !== CENTRAL) throw broken('bad central directory entry');
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) throw broken('central directory entry outside the directory');
    let compressedSize = bytes.readUInt32LE(at + 20);
    let claimedSize = bytes.readUInt32LE(at + 24);
    let headerOffset = bytes.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || claimedSize === 0xffffffff || headerOffset === 0xffffffff) {
      ({ compressedSize, claimedSize, headerOffset } = zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), { compressedSize, claimedSize, headerOffset }));
    }
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    if (headerOffset + 30 > offset || bytes.readUInt32LE(headerOffset) !== LOCAL) throw broken(`no local header for ${name}`);
    const dataOffset = headerOffset + 30 + bytes.readUInt16LE(headerOffset + 26) + bytes.readUInt16LE(headerOffset + 28);
    if (dataOffset + compressedSize > offset) throw broken(`${name} runs into the central directory`);
    entries.push({ name, method: bytes.readUInt16LE(at + 10), flags, crc32: bytes.readUInt32LE(at + 16), compressedSize, claimedSize, headerOffset, dataOffset });
    at = end;
  }
  // Entries sharing compressed bytes are how the worst zip bombs multiply themselves; no archiver writes them.
  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const previous = byOffset[i - 1]!;
    if (previous.dataOffset + previous.compressedSize > byOffset[i]!.headerOffset) throw broken(`${previous.name} overlaps ${byOffset[i]!.name}`);
  }
  return entries;
}

/** The 64-bit sizes of a zip64 extra field, for the fields the directory entry marks 0xffffffff (in the order the format gives). */
function zip64Sizes(extra: Buffer, sizes: { compressedSize: number; claimedSize: number; headerOffset: number }) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) throw broken('short zip64 field');
        const value = extra.readBigUInt64LE(field);
        field += 8;
        // Anything that does not fit a 20 MB file is a lie; as a number it stays exact up to 2^53.
        if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw broken('zip64 size out of range');
        return Number(value);
      };
      const claimedSize = sizes.claimedSize === 0xffffffff ? next() : sizes.claimedSize;
      const compressedSize = sizes.compressedSize === 0xffffffff ? next() : sizes.compressedSize;
      const headerOffset = sizes.headerOffset === 0xffffffff ? next() : sizes.headerOffset;
      return { compressedSize, claimedSize, headerOffset };
    }
    at += 4 + length;
  }
  throw broken('zip64 sizes without their extra field');
}

/**
 * Inflates one entry, counting the bytes and throwing them away, and refuses it as soon as it passes `limit`.
 * Runs on zlib's thread pool in 256 KB steps: the event loop keeps answering other requests meanwhile.
 */
export function measureEntry(bytes: Buffer, entry: ZipEntry, limit: number, reason: ZipRefusalReason, limitValue: number): Promise<number> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const tooMuch = () => new ZipRefusal(reason, `zip: ${entry.name} inflates to more than ${limit} bytes`, limitValue);
  if (entry.method === 0) {
    if (data.length > limit) return Promise.reject(tooMuch());
    return Promise.resolve(data.length);
  }
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let inflated = 0;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (error) {
        inflater.destroy();
        reject(error);
      } else resolve(inflated);
    };
    inflater.on('data', (chunk: Buffer) => {
      inflated += chunk.length;
      if (inflated > limit) settle(tooMuch());
    });
    inflater.on('end', () => settle(null));
    inflater.on('error', () => settle(broken(`${entry.name} does not inflate`)));
    inflater.end(data);
  });
}

/** A part of the zip handed on: an entry of the file, or a part made here (an empty shared-strings table). */
interface Part {
  name: string;
  entry?: ZipEntry;
  made?: Buffer;
  /** Bytes it inflates to, as measured. */
  size: number;
}

export interface PreparedWorkbook {
  /** The zip for exceljs's WorkbookReader. */
  stream: Readable;
  /** The worksheet parts in the order the stream holds them, which is the order the reader emits them in. */
  worksheetPaths: string[];
  /** The bytes the parts inflate to, measured. */
  inflatedBytes: number;
}

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
/** The parts exceljs's streaming reader keeps whole in memory (the shared strings) or parses whole before the worksheets. */
const WORKBOOK_PARTS = new Set([RELS, WORKBOOK, SHARED_STRINGS, STYLES]);
/** What exceljs (its in-memory and its streaming reader alike) takes for a worksheet. */
export const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/**
 * Checks the workbook's zip against the budget and returns the zip exceljs reads. Throws ZipRefusal: for a part
 * that inflates (or claims to) beyond the budget, for a broken zip, for compression other than deflate.
 */
export async function prepareWorkbookZip(bytes: Buffer, budget: InflateBudget = DEFAULT_BUDGET): Promise<PreparedWorkbook> {
  const byName = new Map<string, ZipEntry>();
  const worksheets: ZipEntry[] = [];
  for (const entry of readCentralDirectory(bytes, budget.maxEntries)) {
    // exceljs's in-memory reader takes "/xl/workbook.xml" for "xl/workbook.xml" too.
    const name = entry.name.replace(/^\//, '');
    const read = WORKBOOK_PARTS.has(name) || WORKSHEET.test(name);
    if (!read) continue;
    if (byName.has(name)) throw broken(`${name} twice`);
    if (entry.flags & 0x1) throw new ZipRefusal('unsupported', `zip: ${name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipRefusal('unsupported', `zip: ${name} uses compression method ${entry.method}`);
    byName.set(name, { ...entry, name });
    if (!WORKBOOK_PARTS.has(name)) worksheets.push({ ...entry, name });
  }

  // Without the workbook and its relationships exceljs finds no worksheet (and its streaming reader would spool them to disk).
  const hasWorkbook = byName.has(RELS) && byName.has(WORKBOOK);
  const cachedEntries = [RELS, WORKBOOK, SHARED_STRINGS, STYLES].flatMap((name) => byName.get(name) ?? []);
  const readEntries = hasWorkbook ? [...cachedEntries, ...worksheets] : cachedEntries;

  // The claims first: a bomb that says what it is, is refused before a byte is inflated.
  let claimedTotal = 0;
  let claimedCached = 0;
  for (const entry of readEntries) {
    claimedTotal += entry.claimedSize;
    if (WORKBOOK_PARTS.has(entry.name)) claimedCached += entry.claimedSize;
    if (entry.claimedSize > ratioLimit(entry, budget)) throw new ZipRefusal('ratio', `zip: ${entry.name} claims ${entry.claimedSize} bytes`, budget.ratio);
  }
  if (claimedCached > budget.cachedBytes) throw new ZipRefusal('cached', `zip: the workbook parts claim ${claimedCached} bytes`, budget.cachedBytes);
  if (claimedTotal > budget.totalBytes) throw new ZipRefusal('total', `zip: the parts claim ${claimedTotal} bytes`, budget.totalBytes);

  // Then the bytes as they come out.
  let total = 0;
  let cached = 0;
  const sizes = new Map<ZipEntry, number>();
  for (const entry of readEntries) {
    const isCached = WORKBOOK_PARTS.has(entry.name);
    const limits: [number, ZipRefusalReason, number][] = [
      [ratioLimit(entry, budget), 'ratio', budget.ratio],
      [budget.totalBytes - total, 'total', budget.totalBytes],
      ...(isCached ? [[budget.cachedBytes - cached, 'cached', budget.cachedBytes] as [number, ZipRefusalReason, number]] : []),
    ];
    const [limit, reason, value] = limits.reduce((a, b) => (b[0] < a[0] ? b : a));
    const size = await measureEntry(bytes, entry, limit, reason, value);
    sizes.set(entry, size);
    total += size;
    if (isCached) cached += size;
  }

  const parts: Part[] = cachedEntries.map((entry) => ({ name: entry.name, entry, size: sizes.get(entry)! }));
  if (!byName.has(SHARED_STRINGS)) {
    // The streaming reader reads worksheets straight away only once it has a shared-strings table; a workbook
    // without one (numbers and inline strings only) gets an empty one.
    parts.splice(2, 0, { name: SHARED_STRINGS, made: EMPTY_SHARED_STRINGS, size: EMPTY_SHARED_STRINGS.length });
  }
  const sheetParts = hasWorkbook ? worksheets : [];
  for (const entry of sheetParts) parts.push({ name: entry.name, entry, size: sizes.get(entry)! });
  return { stream: Readable.from(zipOf(bytes, parts), { objectMode: false }), worksheetPaths: sheetParts.map((entry) => entry.name), inflatedBytes: total };
}

const ratioLimit = (entry: ZipEntry, budget: InflateBudget) => Math.max(budget.ratioGraceBytes, entry.compressedSize * budget.ratio);

const STEP = 64 * 1024;

/** A plain zip of the parts: local header, the original compressed bytes (never copied), then the central directory. */
function* zipOf(bytes: Buffer, parts: Part[]): Generator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = part.entry ? bytes.subarray(part.entry.dataOffset, part.entry.dataOffset + part.entry.compressedSize) : part.made!;
    const method = part.entry ? part.entry.method : 0;
    const crc = part.entry ? part.entry.crc32 : zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01, the zip epoch
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    yield Buffer.concat([local, name]);
    for (let at = 0; at < data.length; at += STEP) yield data.subarray(at, at + STEP);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 30); // flags, method, time, date, crc, sizes, name length; the extra length is 0
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}

/** Reads exported documents back in tests (unit and integration): never part of the build. */
import { inflateRawSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, through Mozilla's PDF parser (what a reader would extract). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** word/document.xml of a DOCX (a zip): found by its local header, inflated with node's zlib. */
export function docxDocumentXml(docx: Buffer): string {
  let at = 0;
  while ((at = docx.indexOf('PK\u0003\u0004', at, 'latin1')) >= 0) {
    const method = docx.readUInt16LE(at + 8);
    const compressed = docx.readUInt32LE(at + 18);
    const nameLength = docx.readUInt16LE(at + 26);
    const extra = docx.readUInt16LE(at + 28);
    const name = docx.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    if (name === 'word/document.xml') {
      const data = docx.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at = start + compressed;
  }
  throw new Error('word/document.xml not found');
}


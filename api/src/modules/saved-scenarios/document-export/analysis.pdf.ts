/**
 * Renders analysis blocks to PDF with pdfkit: A4, the standard Helvetica (no font files to ship), tables that
 * break across pages with their header repeated, the 5×5 risk matrix drawn as a figure, page numbers.
 */
// oxlint-disable-next-line import/no-named-as-default -- @types/pdfkit declares the class as the default export only
import PDFDocument from 'pdfkit';
import type { Align, Block } from './analysis.content.js';
import { riskLevel } from './labels.js';

const MARGIN = 50;
const BODY = 9.5;
const SMALL = 8;
const INK = '#1b1b1b';
const MUTED = '#555555';
const RULE = '#b0b0b0';
const HEADER_FILL = '#e8eef4';

/**
 * The standard PDF fonts only know Windows-1252; the model's Swedish formatting uses a few characters beyond it
 * (minus sign, narrow no-break space, ≥). Map them to what the font can show rather than print a wrong glyph.
 */
export function toWinAnsi(text: string): string {
  return text
    .replace(/\u2212/g, '-')
    .replace(/[\u202f\u2009\u2007]/g, '\u00a0')
    .replace(/\u2248/g, 'ca')
    .replace(/\u03a3/g, 'summa ')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/\u2192/g, '->')
    .replace(/\u03c1/g, 'rho')
    .replace(/[^\n\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/g, '?');
}

type Doc = PDFKit.PDFDocument;

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function title(doc: Doc, b: Extract<Block, { kind: 'title' }>): void {
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(toWinAnsi(b.title), { align: 'left' });
  doc.moveDown(0.2);
  doc.font('Helvetica').fontSize(14).fillColor('#0b4f8a').text(toWinAnsi(b.subtitle));
  doc.moveDown(0.6);
  const x = doc.page.margins.left;
  const labelWidth = 110;
  for (const [label, value] of b.meta) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(BODY).fillColor(MUTED).text(toWinAnsi(label), x, y, { width: labelWidth });
    doc.font('Helvetica').fillColor(INK).text(toWinAnsi(value), x + labelWidth, y, { width: contentWidth(doc) - labelWidth });
    doc.moveDown(0.15);
  }
  doc.x = x;
  doc.moveDown(0.5);
  doc.moveTo(x, doc.y).lineTo(x + contentWidth(doc), doc.y).lineWidth(0.8).strokeColor(RULE).stroke();
  doc.moveDown(0.6);
}

/** Room the start of a block needs, so a heading is never left alone at the foot of a page. */
function startHeight(next: Block | undefined): number {
  if (next?.kind === 'riskMatrix') return matrixHeight(next);
  if (next?.kind === 'table') return 90;
  return 50;
}

function heading(doc: Doc, b: Extract<Block, { kind: 'heading' }>, next: Block | undefined): void {
  const size = b.level === 1 ? 13 : 11;
  ensureSpace(doc, size + 20 + startHeight(next));
  doc.moveDown(b.level === 1 ? 0.6 : 0.3);
  doc.font('Helvetica-Bold').fontSize(size).fillColor('#0b4f8a').text(toWinAnsi(b.text), doc.page.margins.left);
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, b: Extract<Block, { kind: 'paragraph' }>): void {
  doc
    .font(b.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(b.small ? SMALL : BODY)
    .fillColor(b.small ? MUTED : INK)
    .text(toWinAnsi(b.text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.5);
}

function bullets(doc: Doc, b: Extract<Block, { kind: 'bullets' }>): void {
  const x = doc.page.margins.left;
  doc.font('Helvetica').fontSize(BODY).fillColor(INK);
  for (const item of b.items) {
    const text = toWinAnsi(item);
    ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) - 14 }));
    const y = doc.y;
    doc.text('•', x + 2, y);
    doc.text(text, x + 14, y, { width: contentWidth(doc) - 14, lineGap: 1.5 });
    doc.moveDown(0.2);
  }
  doc.x = x;
  doc.moveDown(0.3);
}

function table(doc: Doc, b: Extract<Block, { kind: 'table' }>): void {
  const x0 = doc.page.margins.left;
  const width = contentWidth(doc);
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => (c.width / total) * width);
  const pad = 3;
  const size = b.rows.length > 12 || b.columns.length > 4 ? SMALL : BODY;
  /** A cell's text as (font, text) parts: a column may set its first line in bold (a risk's area above its description). */
  const parts = (cell: string, i: number, font: string): [string, string][] => {
    const at = cell.indexOf('\n');
    if (!b.columns[i]!.firstLineBold || font !== 'Helvetica' || at < 0) return [[font, toWinAnsi(cell)]];
    return [
      ['Helvetica-Bold', toWinAnsi(cell.slice(0, at))],
      ['Helvetica', toWinAnsi(cell.slice(at + 1))],
    ];
  };
  const cellHeight = (cell: string, i: number, font: string) =>
    parts(cell, i, font).reduce((h, [f, text]) => h + doc.font(f).fontSize(size).heightOfString(text, { width: widths[i]! - 2 * pad, lineGap: 0.5 }), 0);
  const rowHeight = (cells: string[], font: string) => Math.max(...cells.map((cell, i) => cellHeight(cell, i, font))) + 2 * pad;
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(x0, y, width, h).fillColor(fill).fill();
    let x = x0;
    cells.forEach((cell, i) => {
      const align: Align = b.columns[i]!.align ?? 'left';
      let top = y + pad;
      for (const [f, text] of parts(cell, i, font)) {
        doc.font(f).fontSize(size).fillColor(INK).text(text, x + pad, top, { width: widths[i]! - 2 * pad, align, lineGap: 0.5 });
        top += doc.heightOfString(text, { width: widths[i]! - 2 * pad, lineGap: 0.5 });
      }
      x += widths[i]!;
    });
    doc.moveTo(x0, y + h).lineTo(x0 + width, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.x = x0;
    doc.y = y + h;
  };
  const header = b.columns.map((c) => c.title);
  if (b.caption) {
    ensureSpace(doc, 40 + rowHeight(header, 'Helvetica-Bold'));
    doc.font('Helvetica-Oblique').fontSize(SMALL).fillColor(MUTED).text(toWinAnsi(b.caption), x0, doc.y, { width });
    doc.moveDown(0.2);
  }
  ensureSpace(doc, rowHeight(header, 'Helvetica-Bold') + 20);
  drawRow(header, 'Helvetica-Bold', HEADER_FILL);
  b.rows.forEach((row, i) => {
    const font = b.boldLastRow && i === b.rows.length - 1 ? 'Helvetica-Bold' : 'Helvetica';
    if (doc.y + rowHeight(row, font) > bottom(doc)) {
      doc.addPage();
      drawRow(header, 'Helvetica-Bold', HEADER_FILL);
    }
    drawRow(row, font, i % 2 === 1 ? '#f7f7f7' : null);
  });
  doc.moveDown(0.8);
}

const CONSEQUENCE_LABEL = ['Mycket liten', 'Liten', 'Måttlig', 'Stor', 'Mycket stor'];
const LIKELIHOOD_LABEL = ['Mycket låg', 'Låg', 'Medel', 'Hög', 'Mycket hög'];

/** The 5×5 matrix as on the dashboard: likelihood upwards, consequence to the right, cells coloured by score, risks as R-labels. */
const matrixSize = (b: Extract<Block, { kind: 'riskMatrix' }>) => ({ cell: b.compact ? 40 : 58, cellH: b.compact ? 26 : 40, axis: b.compact ? 70 : 84 });
const matrixHeight = (b: Extract<Block, { kind: 'riskMatrix' }>) => 5 * matrixSize(b).cellH + 70;

function riskMatrix(doc: Doc, b: Extract<Block, { kind: 'riskMatrix' }>): void {
  const { cell, cellH, axis } = matrixSize(b);
  ensureSpace(doc, matrixHeight(b));
  const x0 = doc.page.margins.left + axis;
  const y0 = doc.y + 4;
  for (let l = 5; l >= 1; l--) {
    const y = y0 + (5 - l) * cellH;
    doc.font('Helvetica').fontSize(SMALL - 0.5).fillColor(INK).text(toWinAnsi(`${l} ${LIKELIHOOD_LABEL[l - 1]}`), doc.page.margins.left, y + cellH / 2 - 4, { width: axis - 6, align: 'right' });
    for (let c = 1; c <= 5; c++) {
      const x = x0 + (c - 1) * cell;
      doc.rect(x, y, cell, cellH).fillColor(`#${riskLevel(l * c).color}`).fill();
      doc.rect(x, y, cell, cellH).lineWidth(0.6).strokeColor('#ffffff').stroke();
      const here = b.risks.filter((r) => r.likelihood === l && r.consequence === c).map((r) => r.label);
      if (here.length > 0) {
        doc.font('Helvetica-Bold').fontSize(b.compact ? 7 : 8).fillColor(INK).text(here.join(' '), x + 2, y + 3, { width: cell - 4, align: 'center' });
      }
    }
  }
  const yAxis = y0 + 5 * cellH + 3;
  for (let c = 1; c <= 5; c++) {
    doc.font('Helvetica').fontSize(SMALL - 0.5).fillColor(INK).text(toWinAnsi(`${c} ${CONSEQUENCE_LABEL[c - 1]}`), x0 + (c - 1) * cell, yAxis, { width: cell, align: 'center' });
  }
  doc.font('Helvetica-Bold').fontSize(SMALL).text('Konsekvens', x0, yAxis + 12, { width: 5 * cell, align: 'center' });
  doc.save();
  doc.rotate(-90, { origin: [doc.page.margins.left + 4, y0 + (5 * cellH) / 2] });
  doc.font('Helvetica-Bold').fontSize(SMALL).text('Sannolikhet', doc.page.margins.left - 40, y0 + (5 * cellH) / 2 - 6, { width: 90, align: 'center' });
  doc.restore();
  // Legend to the right of the grid.
  const lx = x0 + 5 * cell + 16;
  let ly = y0;
  for (const [label, score] of [['Mycket hög (16–25)', 20], ['Hög (10–15)', 12], ['Medel (5–9)', 6], ['Låg (1–4)', 2]] as const) {
    doc.rect(lx, ly, 10, 10).fillColor(`#${riskLevel(score).color}`).fill();
    doc.font('Helvetica').fontSize(SMALL - 0.5).fillColor(INK).text(toWinAnsi(label), lx + 14, ly + 1, { width: 100 });
    ly += 15;
  }
  doc.x = doc.page.margins.left;
  doc.y = yAxis + 26;
  doc.font('Helvetica-Oblique').fontSize(SMALL).fillColor(MUTED).text(toWinAnsi(b.caption), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.8);
}

function render(doc: Doc, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case 'title':
      return title(doc, block);
    case 'heading':
      return heading(doc, block, next);
    case 'paragraph':
      return paragraph(doc, block);
    case 'bullets':
      return bullets(doc, block);
    case 'table':
      return table(doc, block);
    case 'riskMatrix':
      return riskMatrix(doc, block);
  }
}

/** The document as a PDF buffer, with "Sida x av y" and the title in every footer. */
export function renderPdf(blocks: Block[], meta: { title: string; author: string; footer: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'sv-SE',
    info: { Title: toWinAnsi(meta.title), Author: toWinAnsi(meta.author), Subject: 'Risk- och konsekvensanalys', Creator: 'Likvärd' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  blocks.forEach((block, i) => render(doc, block, blocks[i + 1]));
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(toWinAnsi(`${meta.footer} — sida ${i + 1} av ${range.count}`), MARGIN, doc.page.height - MARGIN + 8, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}

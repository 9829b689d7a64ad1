/**
 * Renders analysis blocks to DOCX with the `docx` library: Word's own heading styles (so the document has a
 * navigable outline), real tables, the 5×5 risk matrix as a shaded table figure, page numbers in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Align, Block } from './analysis.content.js';
import { riskLevel } from './labels.js';

const FONT = 'Calibri';
const BODY = 20; // half-points: 10 pt
const SMALL = 16;
/** A4 width minus 2 × 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;

const alignment = (a: Align | undefined) => (a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);

/** Line breaks inside a cell's text become separate runs with a break. */
function runs(text: string, options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: FONT, size: options.size ?? BODY, bold: options.bold, color: options.color, italics: options.italics }));
}

function cell(text: string, opts: { width: number; bold?: boolean; fill?: string; align?: Align; size?: number; firstLineBold?: boolean }): TableCell {
  const at = text.indexOf('\n');
  const children =
    opts.firstLineBold && !opts.bold && at >= 0
      ? [...runs(text.slice(0, at), { bold: true, size: opts.size }), ...runs(`\n${text.slice(at + 1)}`, { size: opts.size }).slice(1)]
      : runs(text, { bold: opts.bold, size: opts.size });
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlign.TOP,
    children: [new Paragraph({ alignment: alignment(opts.align), children })],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 60 }, children: runs(text, { italics: true, size: SMALL, color: '555555' }) });
}

function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const total = b.columns.reduce((s, c) => s + c.width, 0);
  const widths = b.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const size = b.rows.length > 12 || b.columns.length > 4 ? SMALL : BODY;
  const header = new TableRow({
    tableHeader: true,
    children: b.columns.map((c, i) => cell(c.title, { width: widths[i]!, bold: true, fill: 'E8EEF4', align: c.align, size })),
  });
  const rows = b.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, { width: widths[i]!, align: b.columns[i]!.align, size, bold: b.boldLastRow === true && r === b.rows.length - 1, firstLineBold: b.columns[i]!.firstLineBold })),
      }),
  );
  return [
    ...(b.caption ? [caption(b.caption)] : []),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
    new Paragraph({ children: [] }),
  ];
}

const CONSEQUENCE_LABEL = ['Mycket liten', 'Liten', 'Måttlig', 'Stor', 'Mycket stor'];
const LIKELIHOOD_LABEL = ['Mycket låg', 'Låg', 'Medel', 'Hög', 'Mycket hög'];

/**
 * The matrix as a table, oriented as on the dashboard: likelihood 5 at the top, consequence 1–5 left to right, cells
 * coloured by score.
 */
function riskMatrix(b: Extract<Block, { kind: 'riskMatrix' }>): (Paragraph | Table)[] {
  const axis = 1900;
  const w = 1100;
  const white = { style: BorderStyle.SINGLE, size: 8, color: 'FFFFFF' };
  const borders = { top: white, bottom: white, left: white, right: white };
  const rows: TableRow[] = [];
  for (let l = 5; l >= 1; l--) {
    rows.push(
      new TableRow({
        height: { value: b.compact ? 400 : 560, rule: 'atLeast' },
        children: [
          new TableCell({ width: { size: axis, type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(`Sannolikhet ${l}: ${LIKELIHOOD_LABEL[l - 1]}`, { size: SMALL }) })] }),
          ...[1, 2, 3, 4, 5].map(
            (c) =>
              new TableCell({
                width: { size: w, type: WidthType.DXA },
                borders,
                verticalAlign: VerticalAlign.CENTER,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: riskLevel(l * c).color },
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: runs(b.risks.filter((r) => r.likelihood === l && r.consequence === c).map((r) => r.label).join(' '), { bold: true, size: SMALL }),
                  }),
                ],
              }),
          ),
        ],
      }),
    );
  }
  rows.push(
    new TableRow({
      children: [
        new TableCell({ width: { size: axis, type: WidthType.DXA }, borders, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs('Konsekvens →', { bold: true, size: SMALL }) })] }),
        ...[1, 2, 3, 4, 5].map(
          (c) => new TableCell({ width: { size: w, type: WidthType.DXA }, borders, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs(`${c}\n${CONSEQUENCE_LABEL[c - 1]}`, { size: SMALL }) })] }),
        ),
      ],
    }),
  );
  return [
    new Table({ width: { size: axis + 5 * w, type: WidthType.DXA }, columnWidths: [axis, w, w, w, w, w], rows }),
    caption(`${b.caption}. Färg: grön låg (1–4), gul medel (5–9), orange hög (10–15), röd mycket hög (16–25).`),
  ];
}

function render(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.title, { size: 40, bold: true }) }),
        new Paragraph({ style: 'Subtitle', spacing: { after: 200 }, children: runs(block.subtitle, { size: 28, color: '0B4F8A' }) }),
        ...block.meta.map(([label, value]) => new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(value)] })),
        new Paragraph({ children: [] }),
      ];
    case 'heading':
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: runs(block.text, { bold: true, size: block.level === 1 ? 28 : 24, color: '0B4F8A' }) })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: runs(block.text, { bold: block.bold, size: block.small ? SMALL : BODY, color: block.small ? '555555' : undefined }) })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return table(block);
    case 'riskMatrix':
      return riskMatrix(block);
  }
}

export async function renderDocx(blocks: Block[], meta: { title: string; author: string; footer: string }): Promise<Buffer> {
  const doc = new Document({
    creator: meta.author,
    title: meta.title,
    description: 'Risk- och konsekvensanalys',
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${meta.footer} — sida `, size: SMALL, font: FONT }),
                  new TextRun({ children: [PageNumber.CURRENT], size: SMALL, font: FONT }),
                  new TextRun({ text: ' av ', size: SMALL, font: FONT }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: SMALL, font: FONT }),
                ],
              }),
            ],
          }),
        },
        children: blocks.flatMap(render),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

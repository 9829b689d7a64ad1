import { describe, expect, it } from 'vitest';
import { formatTkr } from '../../../model/index.js';
import { analysisBlocks, summaryBlocks, waitText } from './analysis.content.js';
import { fileName, renderAnalysis } from './analysis.export.js';
import { demoAnalysisData } from './analysis.fixture.js';
import { toWinAnsi } from './analysis.pdf.js';
import { docxDocumentXml, pdfPages } from './document-text.test-support.js';

/** Text of a PDF page with line breaks and no-break spaces flattened, for matching phrases across lines. */
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

const data = demoAnalysisData();
const HEADINGS = [
  '1. Bakgrund',
  '2. Förslaget',
  '3. Ekonomiska konsekvenser',
  '4. Konsekvenser för verksamheten',
  '5. Likvärdighet mellan skolor',
  '6. Arbetsmiljö',
  '7. Mål som riskeras',
  '8. Riskmatris',
  '9. Riskregister och åtgärder',
  '10. Antaganden',
  '11. Ansvar och underlag',
];

describe('analysis content', () => {
  it('has every section of a risk- och konsekvensanalys, in order', () => {
    const headings = analysisBlocks(data).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(HEADINGS);
  });

  it('states the levers in plain Swedish and the yearly economy in tkr', () => {
    const blocks = analysisBlocks(data);
    expect(blocks).toContainEqual({ kind: 'bullets', items: ['Minska IT-pedagog, pedagogiskt IT-stöd med 1 årsarbetare från 2027.'] });
    const economy = blocks.find((b) => b.kind === 'table' && b.caption?.startsWith('Tabell 1'));
    expect(economy && economy.kind === 'table' && economy.rows.map((r) => r[0])).toEqual(['2027', '2028', '2029', 'Summa']);
    expect(economy && economy.kind === 'table' && economy.rows[0]).toEqual(['2027', formatTkr(747_278), formatTkr(444_863), formatTkr(302_415)]);
  });

  it('says the queue grows without bound instead of printing a waiting time when support is saturated', () => {
    expect(data.evaluation.summary.supportSaturated).toBe(true);
    expect(waitText(true, null)).toBe('kön växer utan gräns');
    expect(JSON.stringify(analysisBlocks(data))).toContain('kön växer utan gräns');
  });

  it('places every register risk in the matrix at its rating in force (overrides applied)', () => {
    const m = analysisBlocks(data).find((b) => b.kind === 'riskMatrix');
    expect(m && m.kind === 'riskMatrix' && m.risks).toHaveLength(data.register.length);
    const support = data.register.find((r) => r.area === 'SUPPORT_RESPONSE')!;
    expect(m && m.kind === 'riskMatrix' && m.risks.find((r) => r.label === `R${support.number}`)).toEqual({ label: `R${support.number}`, likelihood: 4, consequence: 4 });
  });

  it('keeps the one-page summary short', () => {
    expect(summaryBlocks(data).filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  it('maps characters the standard PDF fonts lack', () => {
    expect(toWinAnsi('−1\u202f234 ≥ 5 ρ åäö ≈ 2')).toBe('-1\u00a0234 >= 5 rho åäö ca 2');
  });

  it('names files in plain ASCII', () => {
    expect(fileName('Minska CMiT med en tjänst', 'analys', 'pdf')).toBe('risk-och-konsekvensanalys-minska-cmit-med-en-tjanst.pdf');
  });
});

describe('analysis documents', () => {
  it('PDF: the sections, the key figures, the matrix and the register, in Swedish', async () => {
    const pdf = await renderAnalysis(data, 'analys', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const text = flat(pages.join('\n'));
    for (const heading of HEADINGS) expect(text).toContain(heading);
    expect(text).toContain('Risk- och konsekvensanalys');
    expect(text).toContain('Minska CMiT med en tjänst');
    for (const figure of [747_278, 444_863, 302_415]) expect(text).toContain(flat(formatTkr(figure)));
    expect(text).toContain('kön växer utan gräns');
    expect(text).toContain('Figur 1. Riskmatris');
    expect(text).toContain('Sannolikhet');
    expect(text).toContain('Justerad från S5 × K4 = 20');
    expect(text).toContain('Utbilda superanvändare');
    expect(text).toContain('Sara Skyddsombud');
    expect(text).toContain('Produktiva timmar per årsarbetare');
    expect(text).toMatch(/sida 1 av \d/);
    // Every character the document uses has a glyph in the standard font: nothing falls back to "?".
    expect(text).not.toContain('?');
  });

  it('PDF summary: exactly one page with the net saving and the largest risks', async () => {
    const pages = await pdfPages(await renderAnalysis(data, 'sammanfattning', 'pdf'));
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]!);
    expect(text).toContain('Sammanfattning för förtroendevalda');
    expect(text).toContain(flat(formatTkr(302_415)));
    expect(text).toContain('Största riskerna');
  });

  it('DOCX: a Word document whose body has the headings, the figures and the matrix figure', async () => {
    const docx = await renderAnalysis(data, 'analys', 'docx');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = docxDocumentXml(docx);
    for (const heading of HEADINGS) expect(xml).toContain(heading.replace('&', '&amp;'));
    expect(xml).toContain('w:pStyle w:val="Heading1"');
    for (const figure of [747_278, 444_863, 302_415]) expect(xml).toContain(formatTkr(figure));
    expect(xml).toContain('Figur 1. Riskmatris');
    // The matrix: 25 cells shaded by level, the red of "mycket hög" among them.
    expect(xml).toContain('w:fill="D7301F"');
    expect(xml).toContain('Justerad från S5 × K4 = 20');
    // Oriented as on the dashboard: likelihood from 5 at the top down to 1, consequence along the bottom.
    const rows = [5, 4, 3, 2, 1].map((l) => xml.indexOf(`Sannolikhet ${l}:`));
    expect(rows.every((at, i) => at > 0 && (i === 0 || at > rows[i - 1]!))).toBe(true);
    expect(xml.indexOf('Konsekvens →')).toBeGreaterThan(rows[4]!);
  });

  it('DOCX summary carries the net saving', async () => {
    const xml = docxDocumentXml(await renderAnalysis(data, 'sammanfattning', 'docx'));
    expect(xml).toContain('Sammanfattning för förtroendevalda');
    expect(xml).toContain(formatTkr(302_415));
  });
});

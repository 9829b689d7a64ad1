/** The four documents a scenario can be exported as: the full analysis or the one-page summary, PDF or DOCX. */
import { analysisBlocks, summaryBlocks, type AnalysisData } from './analysis.content.js';
import { renderDocx } from './analysis.docx.js';
import { renderPdf } from './analysis.pdf.js';

export type AnalysisFormat = 'pdf' | 'docx';
export type AnalysisKind = 'analys' | 'sammanfattning';

export const CONTENT_TYPE: Record<AnalysisFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function renderAnalysis(data: AnalysisData, kind: AnalysisKind, format: AnalysisFormat): Promise<Buffer> {
  const blocks = kind === 'analys' ? analysisBlocks(data) : summaryBlocks(data);
  const title = `${kind === 'analys' ? 'Risk- och konsekvensanalys' : 'Sammanfattning'}: ${data.scenario.name}`;
  const meta = { title, author: data.scenario.ownerName, footer: `${data.municipalityName} · ${data.scenario.name}` };
  return format === 'pdf' ? renderPdf(blocks, meta) : renderDocx(blocks, meta);
}

/** A file name that every browser and file system accepts: ASCII letters, digits and dashes. */
export function fileName(scenarioName: string, kind: AnalysisKind, format: AnalysisFormat): string {
  const slug = scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${kind === 'analys' ? 'risk-och-konsekvensanalys' : 'sammanfattning'}-${slug || 'scenario'}.${format}`;
}

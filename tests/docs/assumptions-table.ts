import { ASSUMPTION_IDS, DEFAULT_ASSUMPTIONS } from '../../api/src/model/assumptions.js';

export const START = '<!-- assumptions:start';
export const END = '<!-- assumptions:end -->';

/** The assumption table of docs/model.md, from the model's own definitions. */
export function assumptionsTable(): string {
  const rows = ASSUMPTION_IDS.map((id) => {
    const a = DEFAULT_ASSUMPTIONS[id];
    return `| \`${id}\` | ${a.label} | ${a.value} | ${a.unit} | ${a.low}–${a.high} | ${a.source} |`;
  });
  return ['| id | Swedish label | default | unit | range | source |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** `markdown` with the text between the markers replaced by the current table. */
export function withAssumptionsTable(markdown: string): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/model.md lacks the markers ${START} … ${END}`);
  const afterStart = markdown.indexOf('\n', start) + 1;
  return `${markdown.slice(0, afterStart)}${assumptionsTable()}\n${markdown.slice(end)}`;
}

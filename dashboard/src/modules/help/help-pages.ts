import type { sv } from './i18n';

/** A page that has a help text: the route's name in src/router.ts (the login page has none: it explains itself). */
export type HelpPage = keyof typeof sv.help.pages;
/** A glossary term; its key is the anchor on /ordlista (`/ordlista#likvardighetsindex`), for the help and the guides. */
export type TermId = keyof typeof sv.glossary.terms;

export const GLOSSARY_PATH = '/ordlista';

/** The glossary terms each page's help links to, in the order the page uses them. */
export const PAGE_TERMS: Record<HelpPage, TermId[]> = {
  overview: ['budget-utfall-prognos', 'en-till-en-tackning', 'arsarbetare', 'likvardighetsindex', 'tkr-mkr'],
  budget: ['budget-utfall-prognos', 'tkr-mkr', 'en-till-en-tackning', 'skolenhet'],
  support: ['arsarbetare', 'po-palagg', 'kapacitet', 'tjansteomrade', 'delmal'],
  schools: ['likvardighetsindex', 'en-till-en-tackning', 'lika', 'socioekonomiskt-index', 'skolenhet'],
  school: ['skolenhet', 'socioekonomiskt-index', 'en-till-en-tackning', 'budget-utfall-prognos'],
  scenarios: ['scenario', 'havstang', 'nettobesparing', 'po-palagg', 'belaggning', 'vantetid', 'flyttad-arbetsbelastning', 'delmal', 'riskmatris', 'kanslighetsanalys'],
  risks: ['riskmatris', 'forslag-beslut', 'scenario', 'nettobesparing'],
  sensitivity: ['kanslighetsanalys', 'antagande', 'nettobesparing', 'belaggning', 'vantetid'],
  import: ['skolenhet', 'budget-utfall-prognos', 'lika'],
};

export const termPath = (id: TermId) => `${GLOSSARY_PATH}#${id}`;
/** The anchor of a national sub-goal in the glossary, e.g. `delmal-2-2` for 2.2. */
export const subGoalAnchor = (code: string) => `delmal-${code.replaceAll('.', '-')}`;

// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n';
import { routes } from '../../router';
import { PAGE_TERMS, type HelpPage } from './help-pages';
import { en, sv } from './i18n';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Pages without help: the login page explains itself, the glossary is the help. */
const WITHOUT_HELP = ['login', 'glossary'];
const pages = routes.filter((r) => typeof r.name === 'string' && !WITHOUT_HELP.includes(r.name));

describe('the pages’ help', () => {
  it('has an entry for every page of the router, in Swedish and English, with both parts filled in', () => {
    expect(pages.map((r) => r.name).sort()).toEqual(Object.keys(sv.help.pages).sort());
    for (const messages of [sv, en]) {
      for (const [page, entry] of Object.entries(messages.help.pages)) {
        expect(entry.what.length, page).toBeGreaterThan(0);
        expect(entry.how.length, page).toBeGreaterThan(0);
        for (const text of [...entry.what, ...entry.how]) expect(text.trim().length, page).toBeGreaterThan(20);
        expect(PAGE_TERMS[page as HelpPage].length, page).toBeGreaterThan(0);
      }
    }
    // English says the same thing in as many parts.
    for (const [page, entry] of Object.entries(sv.help.pages)) {
      const english = en.help.pages[page as HelpPage];
      expect([english.what.length, english.how.length], page).toEqual([entry.what.length, entry.how.length]);
    }
  });

  it('is shown by each page’s component: <PageHelp page="…"> with the route’s name', () => {
    const router = fs.readFileSync(path.join(src, 'router.ts'), 'utf8');
    for (const route of pages) {
      const file = new RegExp(`name: '${String(route.name)}', component: \\(\\) => import\\('\\./([^']+)'\\)`).exec(router)?.[1];
      expect(file, String(route.name)).toBeDefined();
      expect(fs.readFileSync(path.join(src, file!), 'utf8')).toContain(`<PageHelp page="${String(route.name)}" />`);
    }
  });

  it('renders every text exactly as written (no vue-i18n syntax hidden in a formula)', () => {
    for (const locale of ['sv', 'en'] as const) {
      const { global } = createAppI18n(locale);
      const raw = locale === 'sv' ? sv : en;
      for (const [page, entry] of Object.entries(raw.help.pages)) {
        for (const part of ['what', 'how'] as const) {
          const rendered = (global.tm(`help.pages.${page}.${part}`) as unknown as string[]).map((m) => global.rt(m));
          expect(rendered).toEqual(entry[part]);
        }
      }
      for (const [id, term] of Object.entries(raw.glossary.terms)) {
        expect(global.t(`glossary.terms.${id}.term`)).toBe(term.term);
        expect(global.t(`glossary.terms.${id}.text`)).toBe(term.text);
      }
    }
  });
});

describe('the glossary', () => {
  it('has the terms the help and the guides rely on, with stable anchors, in both languages', () => {
    const required = [
      'likvardighetsindex', 'arsarbetare', 'po-palagg', 'tkr-mkr', 'lika', 'delmal', 'en-till-en-tackning', 'kapacitet', 'belaggning', 'vantetid',
      'flyttad-arbetsbelastning', 'nettobesparing', 'riskmatris', 'kanslighetsanalys', 'scenario', 'forslag-beslut', 'skolenhet', 'socioekonomiskt-index',
    ];
    expect(Object.keys(sv.glossary.terms)).toEqual(expect.arrayContaining(required));
    expect(Object.keys(en.glossary.terms)).toEqual(Object.keys(sv.glossary.terms));
    for (const id of Object.keys(sv.glossary.terms)) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS, signIn } from '../helpers/test-app.js';
import { signedInApp, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  // The strategist (ANALYST) sees every page, Importera data included.
  s = await signedInApp(DEMO_USERS.strategist);
});
afterAll(async () => {
  await s?.close();
});

const axeClean = async () => {
  const violations = await axeViolations(s.page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};
const nav = () => s.page.getByRole('navigation', { name: 'Huvudmeny' });

/** Opens the page's help with its disclosure (one click, or Enter from the keyboard) and returns it, checked. */
async function openHelp(name: string, how: 'click' | 'keyboard' = 'click'): Promise<Locator> {
  const help = s.page.getByTestId(`page-help-${name}`);
  await help.waitFor();
  const summary = help.locator('summary');
  // Collapsed on arrival: the page comes first.
  expect(await help.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  expect(await help.getByRole('heading', { name: 'Vad visar sidan?' }).isVisible()).toBe(false);
  expect(plain(await summary.textContent())).toBe('Hjälp: vad sidan visar och hur siffrorna räknas');
  if (how === 'keyboard') {
    await summary.focus();
    await summary.press('Enter');
  } else {
    await summary.click();
  }
  await help.getByRole('heading', { level: 2, name: 'Vad visar sidan?' }).waitFor();
  expect(await help.getByRole('heading', { level: 2, name: 'Hur räknas siffrorna?' }).isVisible()).toBe(true);
  return help;
}

/** Each page, reached through the app's own links, and what its help must say about that page's figures. */
const PAGES: { name: string; link: string; path: string; says: string[] }[] = [
  { name: 'budget', link: 'Budget och enheter', path: '/budget', says: ['Avvikelse = utfall − budget', 'Utbytesvågor: en enhet ska bytas när leasingstart + utbytescykel nås'] },
  { name: 'support', link: 'Centrala stödet', path: '/centrala-stodet', says: ['Kapacitet per tjänsteområde = Σ tjänstgöringsgrad × tjänstens andel av tiden', 'Årskostnad = summan av tjänsternas lön med PO-pålägg'] },
  { name: 'schools', link: 'Skolor och likvärdighet', path: '/skolor', says: ['viktat medel av fyra delar', 'Tillgång till stöd = den andel av behovet som en lokal IT-samordnare löser', 'Pearsons r'] },
  { name: 'scenarios', link: 'Scenarier', path: '/scenarier', says: ['Nettobesparing = bruttobesparing − överflyttad kostnad.', 'Erlang C', 'första hela året'] },
  { name: 'risks', link: 'Riskanalys', path: '/riskanalys', says: ['Riskvärde = sannolikhet × konsekvens', '16–25 mycket hög', 'fryses underlaget'] },
  { name: 'sensitivity', link: 'Känslighet', path: '/kanslighet', says: ['Tornadodiagram: varje antagande sätts ensamt till sitt låga och sitt höga värde', 'Brytpunkt'] },
  { name: 'import', link: 'Importera data', path: '/import', says: ['Förhandsvisa först', 'Importen sparar allt eller ingenting'] },
];

describe('help on every page, as a person uses it', () => {
  it('Översikt (where login lands): opens from the keyboard and explains the key figures', async () => {
    const help = await openHelp('overview', 'keyboard');
    const text = plain(await help.textContent());
    expect(text).toContain('Kostnad per elev = kostnaden / antalet elever');
    expect(text).toContain('1:1-täckning = elevdatorer i 1:1-satsningen / elever i åk 7–9 och gymnasiet.');
    expect(text).toContain('Personer per årsarbetare i stödet = (elever + lärare + skolledare) / årsarbetare');
    // Enter again closes it.
    await help.locator('summary').press('Enter');
    expect(await help.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await help.locator('summary').press('Enter');
    await axeClean();
  });

  for (const p of PAGES) {
    it(`${p.link}: its own help, open, with no accessibility violations`, async () => {
      await nav().getByRole('link', { name: p.link, exact: true }).click();
      await s.page.waitForURL((url) => url.pathname === p.path);
      const help = await openHelp(p.name);
      const text = plain(await help.textContent());
      for (const phrase of p.says) expect(text).toContain(phrase);
      if (p.name === 'scenarios') {
        await s.page.getByTestId('scenario-net').waitFor();
        await savePageScreenshot(s.page, 'hjalp-scenarier');
      }
      await axeClean();
    });
  }

  it('a school unit’s page, reached from Skolor och likvärdighet', async () => {
    await nav().getByRole('link', { name: 'Skolor och likvärdighet' }).click();
    await s.page.waitForURL((url) => url.pathname === '/skolor');
    const school = s.page.locator('main a[href^="/skolor/"]').first();
    const name = plain(await school.textContent());
    await school.click();
    await s.page.getByRole('heading', { level: 1, name }).waitFor();
    const help = await openHelp('school');
    const text = plain(await help.textContent());
    expect(text).toContain('Målet nås när värdet är minst målvärdet');
    expect(text).toContain('Kostnaderna är budgetraderna där skolenheten är ägare');
    await axeClean();
  });
});

describe('the glossary (/ordlista)', () => {
  it('opens at a term from a page’s help', async () => {
    await nav().getByRole('link', { name: 'Scenarier' }).click();
    const help = await openHelp('scenarios');
    await help.getByRole('link', { name: 'Bruttobesparing och nettobesparing' }).click();
    await s.page.waitForURL((url) => url.pathname === '/ordlista' && url.hash === '#nettobesparing');
    const term = s.page.locator('#nettobesparing');
    expect(plain(await term.locator('dt').textContent())).toBe('Bruttobesparing och nettobesparing');
    expect(plain(await term.locator('dd').textContent())).toContain('Nettobesparing = bruttobesparing − överflyttad kostnad');
    // Scrolled to the term.
    await expect.poll(() => term.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
  });

  it('lists every required term with its anchor, and the national sub-goals as the API returns them', async () => {
    const { page } = s;
    await nav().getByRole('link', { name: 'Ordlista' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ordlista' }).waitFor();
    const terms: Record<string, string> = {
      likvardighetsindex: 'Likvärdighetsindex',
      arsarbetare: 'Tjänst och årsarbetare',
      'po-palagg': 'PO-pålägg (personalomkostnadspålägg)',
      'tkr-mkr': 'tkr och Mkr',
      lika: 'LIKA',
      delmal: 'Delmål 1.1–3.2',
      'en-till-en-tackning': '1:1-täckning',
      kapacitet: 'Kapacitet',
      belaggning: 'Beläggning',
      vantetid: 'Väntetid',
      'flyttad-arbetsbelastning': 'Flyttad arbetsbelastning',
      nettobesparing: 'Bruttobesparing och nettobesparing',
      riskmatris: 'Riskmatris',
      kanslighetsanalys: 'Känslighetsanalys',
      scenario: 'Scenario',
      'forslag-beslut': 'Utkast, förslag och beslut',
      skolenhet: 'Skolenhet',
      'socioekonomiskt-index': 'Socioekonomiskt index',
    };
    for (const [id, name] of Object.entries(terms)) {
      expect(plain(await page.locator(`#${id} > dt`).textContent()), id).toBe(name);
      expect(plain(await page.locator(`#${id} > dd`).textContent()).length, id).toBeGreaterThan(40);
    }
    expect(plain(await page.locator('#forslag-beslut > dd').textContent())).toContain('utkast → förslag → beslutat');

    const api = await signIn(s.t, DEMO_USERS.strategist);
    const { data } = await api.gql<{ nationalGoals: { code: string; subGoals: { code: string; title: string }[] }[] }>('{ nationalGoals { code subGoals { code title } } }');
    const subGoals = data!.nationalGoals.flatMap((f) => f.subGoals);
    expect(subGoals.map((g) => g.code)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2']);
    const list = page.getByTestId('glossary-sub-goals');
    await list.locator('li li').first().waitFor();
    expect(await list.locator('li li').count()).toBe(subGoals.length);
    for (const goal of subGoals) {
      expect(plain(await page.locator(`#delmal-${goal.code.replace('.', '-')}`).textContent())).toBe(`${goal.code} ${goal.title}`);
    }
    await axeClean();
    await savePageScreenshot(page, 'ordlista');
  });

  it('switches to English with the app’s language switch, the help too', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    expect(plain(await page.locator('#likvardighetsindex > dt').textContent())).toBe('Equity index (likvärdighetsindex)');
    expect(plain(await page.locator('#belaggning > dd').textContent())).toContain('need / capacity');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Scenarios' }).click();
    const help = page.getByTestId('page-help-scenarios');
    expect(plain(await help.locator('summary').textContent())).toBe('Help: what this page shows and how the figures are computed');
    await help.locator('summary').click();
    await help.getByRole('heading', { level: 2, name: 'What does the page show?' }).waitFor();
    expect(await help.getByRole('heading', { level: 2, name: 'How are the figures computed?' }).isVisible()).toBe(true);
    expect(plain(await help.textContent())).toContain('Net saving = gross saving − shifted cost.');
    await axeClean();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenarier' }).waitFor();
  });

  it('left nothing in the console and no CSP violation', () => {
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});

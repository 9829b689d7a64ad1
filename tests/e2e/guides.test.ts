/**
 * The user guides in docs/guides/ (politiker.md, forvaltningschef.md, strateg.md), step by step as each demo user
 * takes them, with the figures the guides quote asserted and their screenshots (guide-*.png) written here, so the
 * guides stay true to the app. One app and one browser; the politician reads first, then the head of
 * administration builds, proposes and decides a scenario of her own, then the strategist imports (budget lines for
 * 2028 only, so no figure the guides quote changes).
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { pdfPages } from '../../api/src/modules/saved-scenarios/document-export/document-text.test-support.js';
import { signInPage, watchConsole } from '../helpers/browser.js';
import { plain, saveElementScreenshot, SCREENSHOT_DIR } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { signedInApp, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;
const problems: string[] = [];

beforeAll(async () => {
  s = await signedInApp(DEMO_USERS.politician);
});
afterAll(async () => {
  await s?.close();
});

async function signedInPage(email: string): Promise<Page> {
  const page = await s.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = watchConsole(page);
  page.on('close', () => problems.push(...seen));
  await signInPage(page, s.t.baseUrl, email);
  return page;
}
const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
/** A comparison card's figures as the page shows them: label → value. */
async function cardFigures(card: Locator): Promise<Record<string, string>> {
  const labels = (await card.locator('dt').allTextContents()).map(plain);
  const values = (await card.locator('dd').allTextContents()).map(plain);
  return Object.fromEntries(labels.map((l, i) => [l, values[i]!]));
}
const kpi = async (page: Page, id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
/** A document's text as a reader's PDF tool extracts it, whitespace made plain. */
async function pdfText(page: Page, href: string): Promise<string[]> {
  const response = await page.request.get(`${s.t.baseUrl}${href}`);
  expect(response.status()).toBe(200);
  return (await pdfPages(await response.body())).map(plain);
}
const fixture = (name: string) => path.join(repoRoot, 'seeds', 'fixtures', name);

describe('Guide för politiker (docs/guides/politiker.md)', () => {
  it('compares the proposal with the smaller alternative on Scenarier', async () => {
    const { page } = s;
    await menu(page, 'Scenarier');
    const saved = page.getByTestId('saved-scenarios');
    await saved.waitFor();
    const row = saved.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Minska CMiT med en tjänst', exact: true }) });
    expect((await row.locator('th, td').allTextContents()).map(plain).slice(0, 5)).toEqual(['Minska CMiT med en tjänst', 'Förslag', 'Anders Berg', expect.any(String), '296 tkr']);
    await page.getByRole('button', { name: 'Jämför Minska CMiT med en tjänst', exact: true }).click();
    await page.getByRole('button', { name: 'Jämför Minska CMiT med en halv tjänst', exact: true }).click();
    await page.getByTestId('compare-card-1').getByTestId('compare-net').waitFor();
    expect(await cardFigures(page.getByTestId('compare-card-0'))).toEqual({
      Bruttobesparing: '747 tkr',
      'Överflyttad kostnad': '451 tkr',
      Nettobesparing: '296 tkr',
      'Årsarbetare i stödet': '3,2',
      'Personer per årsarbetare': '2 872',
      'Beläggning i det dagliga stödet': '309,3 %',
      'Förväntad väntetid': 'Kön växer utan gräns',
      'Under tröskeln': '+4',
      'Hotade mål': '1.3, 2.1, 2.2',
      'Högsta riskvärde': '20',
    });
    const half = await cardFigures(page.getByTestId('compare-card-1'));
    expect([half.Nettobesparing, half['Beläggning i det dagliga stödet'], half['Förväntad väntetid'], half['Under tröskeln'], half['Hotade mål']]).toEqual(['174 tkr', '142,8 %', 'Kön växer utan gräns', '+0', '2.2']);
    await saveElementScreenshot(page.locator('section', { has: page.locator('#compare-heading') }), 'guide-politiker-jamforelse');
  });

  it('shows the proposal’s figures when it is opened on the levers', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Öppna Minska CMiT med en tjänst' }).click();
    await page.getByTestId('scenario-net').getByText('296 tkr').waitFor();
    const slider = page.getByLabel('IT-pedagog, pedagogiskt IT-stöd');
    expect(plain(await page.locator(`output[for="${await slider.getAttribute('id')}"]`).textContent())).toBe('−1,0 → 0,0 åa');
    expect(await kpi(page, 'scenario-gross')).toBe('747 tkr');
    expect(await kpi(page, 'scenario-shifted')).toBe('451 tkr');
    const support = page.getByTestId('support-result').locator('tbody tr');
    const cells = async (i: number) => (await support.nth(i).locator('th, td').allTextContents()).map(plain).slice(0, 3);
    expect(await cells(0)).toEqual(['Årsarbetare i stödet', '4,2', '3,2']);
    expect(await cells(2)).toEqual(['Beläggning i det dagliga stödet', '92,8 %', '309,3 %']);
    expect(await cells(3)).toEqual(['Förväntad väntetid', '12,9 arbetstimmar', 'Kön växer utan gräns']);
    expect(await cells(4)).toEqual(['Timmar per lärare och år som flyttas till lärarna', '0', '+1,1']);
    expect(plain(await page.getByTestId('scenario-wait').textContent())).toBe('Kön växer utan gräns');
    const goals = plain(await page.getByTestId('goals-at-risk').textContent());
    for (const text of ['1.3', 'Kapaciteten minskar med 13,6 %', '2.1', 'Kapaciteten minskar med 10,9 %', '2.2', 'Kapaciteten minskar med 52,6 %', 'Kommunens mål: M5']) expect(goals).toContain(text);
    const moving = page.getByTestId('schools-moving').locator('tbody tr');
    expect(await moving.count()).toBe(5);
    expect(plain(await moving.first().textContent())).toBe('Östervångsskolan F–60,790,62−0,17');
    expect(await moving.filter({ hasText: 'hamnar under tröskeln' }).count()).toBe(3);
    expect(plain(await page.locator('section', { has: page.locator('#moving-heading') }).locator('.note').textContent())).toBe('4 skolor hamnar under likvärdighetströskeln.');
    const risks = page.getByTestId('risk-table').locator('tbody tr');
    expect(plain(await risks.first().textContent())).toMatch(/^1Likvärdighet mellan skolor205 × 4, mycket högBas 4/);
    expect(plain(await risks.nth(1).textContent())).toMatch(/^2Dagligt pedagogiskt IT-stöd205 × 4, mycket högBas 16/);
    expect(plain(await risks.nth(2).textContent())).toMatch(/^3Kompetens går förlorad i det centrala stödet124 × 3, högBas 3/);
    await saveElementScreenshot(page.locator('section', { has: page.locator('#result-heading') }), 'guide-politiker-resultat');
    await saveElementScreenshot(page.locator('section', { has: page.locator('#support-result-heading') }), 'guide-politiker-stodet');
    await saveElementScreenshot(page.locator('.stack'), 'guide-politiker-skolor-och-mal');
    await saveElementScreenshot(page.locator('section', { has: page.locator('#risk-heading') }), 'guide-politiker-riskmatris');
  });

  it('opens the proposal’s risk analysis and its one-page summary', async () => {
    const { page } = s;
    const saved = page.getByTestId('saved-scenarios');
    await saved.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Minska CMiT med en tjänst', exact: true }) }).getByRole('link', { name: 'Riskanalys' }).click();
    await page.getByRole('heading', { level: 2, name: 'Minska CMiT med en tjänst' }).waitFor();
    expect(plain(await page.getByTestId('risk-status').textContent())).toBe('Status: Förslag, version 2 · Anders Berg · Nettobesparing 2027: 296 tkr');
    expect(plain(await page.getByTestId('risk-role-note').textContent())).toMatch(/^Som läsare ser du registret men kan inte ändra det\./);
    expect(await page.getByRole('button', { name: /^(Justera bedömningen|Lägg till åtgärd|Steg och restrisk|Lägg till en egen risk|Registrera medverkan)$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Flytta till/ }).count()).toBe(0);
    const rows = page.getByTestId('risk-register').locator('tbody tr[data-risk]');
    expect(await rows.count()).toBe(9);
    const r5 = plain(await rows.nth(4).textContent());
    for (const text of ['25 5 × 5', 'Ursprunglig 5 × 4', 'Restrisk 4 × 4', 'Steg: Åtgärder beslutade', 'Justerad av Anders Berg: Kön växer utan gräns', 'Enhetschef CMiT, 2027-03-31']) expect(r5).toContain(text);
    expect(plain(await rows.nth(8).textContent())).toMatch(/^R9Kompetens går förlorad i det centrala stödet \(egen risk\)9 3 × 3/);
    expect(plain(await page.getByTestId('risk-participants').textContent())).toBe(
      'Sara Lind, Huvudskyddsombud, Sveriges Lärare, 2026-11-18: Deltog i riskbedömningen; begärde uppföljning av lärarnas arbetstid efter ett halvår.',
    );
    await page.getByTestId('register-matrix').locator('svg').waitFor();
    await saveElementScreenshot(page.locator('section', { has: page.locator('#register-heading') }), 'guide-politiker-riskregister');
    const summary = await page.getByTestId('risk-documents').getByRole('link', { name: 'Sammanfattning för förtroendevalda (PDF)' }).getAttribute('href');
    const pages = await pdfText(page, summary!);
    expect(pages).toHaveLength(1);
    for (const text of [
      'Sammanfattning för förtroendevalda Minska CMiT med en tjänst',
      'Bruttobesparing 747 tkr Kostnad som flyttas till lärare och skolledare 451 tkr Nettobesparing 296 tkr',
      'IT-stödet går från 4,2 till 3,2 årsarbetare; väntetid på stöd: kön växer utan gräns.',
      'Likvärdighet: 4 skolor hamnar under tröskeln; 4 av 20 ligger under den.',
      'Arbetsmiljö: 1,1 h mer per lärare och år.',
      'Delmål i digitaliseringsstrategin som förlorar arbete: 1.3, 2.1, 2.2.',
      'Största riskerna',
      'R5 Dagligt pedagogiskt IT-stöd Mycket hög (25) 2',
    ]) expect(pages[0]).toContain(text);
  });

  it('answers how sure the figures are on Känslighet', async () => {
    const { page } = s;
    await menu(page, 'Känslighet');
    const net = page.getByTestId('range-NET_SAVING_SEK');
    await net.waitFor();
    expect(plain(await net.textContent())).toBe('Nettobesparing296 tkr−690 tkr – 747 tkrJa');
    expect(plain(await page.getByTestId('range-explanations').textContent())).toContain('Nettobesparing är 296 tkr, men ligger mellan −690 tkr och 747 tkr');
    expect(plain(await page.getByTestId('break-even').textContent())).toContain('Nettobesparingen blir negativ om lärartimmar per ej mött stödtimme överstiger 2,48 h/h (antaget 1,5 h/h, rimligt intervall 1–3 h/h).');
    expect(plain(await page.getByTestId('tornado-row').first().textContent())).toMatch(/^Lärartimmar per ej mött stödtimme1–3 h\/h446 tkr−155 tkr/);
  });
});

describe('Guide för förvaltningschefen (docs/guides/forvaltningschef.md)', () => {
  let page: Page;
  const NAME = 'Dra ned en tjänst i det pedagogiska IT-stödet';

  it('builds the cut with a lever, sees how the net saving was computed and how sure it is, and saves it as a draft', async () => {
    page = await signedInPage(DEMO_USERS.headOfAdministration);
    await menu(page, 'Scenarier');
    await page.getByTestId('scenario-name').fill(NAME);
    await page.getByLabel('IT-pedagog, pedagogiskt IT-stöd').press('Home');
    await page.getByTestId('scenario-net').getByText('296 tkr').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'guide-forvaltningschef-scenario.png') });
    await page.getByTestId('explain-net').click();
    const trace = page.locator('#trace-net');
    await trace.waitFor();
    expect(plain(await trace.textContent())).toContain('grossSavingSek: 747 278shiftedCostSek: 451 315');
    await saveElementScreenshot(trace, 'guide-forvaltningschef-berakning');
    await page.locator('#scenario-sensitivity-heading').click();
    const breakEven = page.getByTestId('scenario-sensitivity').getByTestId('break-even');
    await breakEven.waitFor();
    expect(plain(await breakEven.textContent())).toContain('överstiger 2,48 h/h');
    await page.locator('#scenario-sensitivity-heading').click();
    await page.getByTestId('save-scenario').click();
    await page.getByTestId('save-status').getByText(`Sparat som utkast: ${NAME}.`).waitFor();
  });

  it('opens the draft’s risk register, adjusts a rating with a justification and adds a mitigation', async () => {
    const row = page.getByTestId('saved-scenarios').locator('tbody tr', { has: page.getByRole('rowheader', { name: NAME, exact: true }) });
    expect(plain(await row.locator('td').first().textContent())).toBe('Utkast');
    await row.getByRole('link', { name: 'Riskanalys' }).click();
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    expect(plain(await page.getByTestId('risk-status').textContent())).toBe('Status: Utkast, version 1 · Anders Berg · Nettobesparing 2027: 296 tkr');
    expect((await page.getByRole('button', { name: /^Flytta till/ }).allTextContents()).map(plain)).toEqual(['Flytta till: Förslag', 'Flytta till: Arkiverat']);
    const register = page.getByTestId('risk-register');
    const workload = register.locator('tbody tr[data-risk]', { hasText: 'Arbetsbelastning för skolledare och lärare' });
    expect(plain(await page.getByTestId('risk-role-note').textContent())).toMatch(/^Som förvaltningschef kan du justera bedömningar och lägga till egna risker/);
    expect(plain(await workload.locator('td.assessment').innerText())).toBe('6 2 × 3 Steg: Identifierad');
    await workload.getByRole('button', { name: 'Justera bedömningen' }).click();
    const form = page.getByRole('form', { name: 'Justera bedömningen' });
    await form.getByLabel('Sannolikhet').selectOption('3');
    await form.getByLabel('Motivering (krävs)').fill('Terminsstarten ger fler ärenden än årssnittet, och då har lärarna minst tid över.');
    await saveElementScreenshot(page.locator('tr', { has: form }), 'guide-forvaltningschef-justering');
    await form.getByRole('button', { name: 'Spara justeringen' }).click();
    await page.getByRole('status').getByText('Sparat.').waitFor();
    await workload.getByText('Ursprunglig 2 × 3').waitFor();
    expect(plain(await workload.locator('td.assessment').innerText())).toBe('9 3 × 3 Ursprunglig 2 × 3 Steg: Bedömd');
    expect(plain(await workload.getByTestId('risk-override').textContent())).toBe('Justerad av Anders Berg: Terminsstarten ger fler ärenden än årssnittet, och då har lärarna minst tid över.');
    await workload.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const mitigation = page.getByRole('form', { name: 'Lägg till åtgärd' });
    await mitigation.getByLabel('Åtgärd').fill('Schemalägg stödtid på varje skola de tre första veckorna av terminen');
    await mitigation.getByLabel('Ansvarig').fill('Enhetschef CMiT');
    await mitigation.getByLabel('Klart senast').fill('2027-08-01');
    await mitigation.getByRole('button', { name: 'Spara åtgärden' }).click();
    await workload.getByText('Schemalägg stödtid på varje skola de tre första veckorna av terminen — Enhetschef CMiT, 2027-08-01').waitFor();
  });

  it('sets the step and the residual risk, adds an own risk and records the safety representative, all on Riskanalys', async () => {
    const register = page.getByTestId('risk-register');
    const workload = register.locator('tbody tr[data-risk]', { hasText: 'Arbetsbelastning för skolledare och lärare' });
    const equity = register.locator('tbody tr[data-risk="1"]');
    // Actions cannot be decided for a risk that has none: the API says so, next to the field.
    await equity.getByRole('button', { name: 'Steg och restrisk' }).click();
    let form = page.getByRole('form', { name: 'Steg och restrisk' });
    await form.getByLabel('Steg i riskbedömningen').selectOption({ label: 'Åtgärder beslutade' });
    await form.getByRole('button', { name: 'Spara steg och restrisk' }).click();
    await form.getByText('Lägg till minst en åtgärd innan åtgärderna markeras som beslutade eller uppföljda.').waitFor();
    expect(await form.getByLabel('Steg i riskbedömningen').getAttribute('aria-invalid')).toBe('true');
    await saveElementScreenshot(page.locator('tr', { has: form }), 'guide-forvaltningschef-steg-fel');
    await form.getByRole('button', { name: 'Avbryt' }).click();

    await workload.getByRole('button', { name: 'Steg och restrisk' }).click();
    form = page.getByRole('form', { name: 'Steg och restrisk' });
    await form.getByLabel('Steg i riskbedömningen').selectOption({ label: 'Åtgärder beslutade' });
    await form.getByLabel('Restrisk: sannolikhet').selectOption('2');
    await form.getByLabel('Restrisk: konsekvens').selectOption('3');
    await saveElementScreenshot(page.locator('tr', { has: form }), 'guide-forvaltningschef-steg');
    await form.getByRole('button', { name: 'Spara steg och restrisk' }).click();
    await workload.getByText('Steg: Åtgärder beslutade').waitFor();
    expect(plain(await workload.locator('td.assessment').innerText())).toBe('9 3 × 3 Ursprunglig 2 × 3 Restrisk 2 × 3 Steg: Åtgärder beslutade');

    await page.getByRole('button', { name: 'Lägg till en egen risk' }).click();
    form = page.getByRole('form', { name: 'Lägg till en egen risk' });
    await form.getByLabel('Område').selectOption({ label: 'Likvärdighet mellan skolor' });
    await form.getByLabel('Beskrivning av risken').fill('Skolor utan lokal IT-samordnare får vänta längst på stöd när kön växer.');
    await form.getByLabel('Sannolikhet').selectOption('4');
    await form.getByLabel('Konsekvens').selectOption('3');
    await saveElementScreenshot(form, 'guide-forvaltningschef-egen-risk');
    await form.getByRole('button', { name: 'Spara risken' }).click();
    const own = register.locator('tbody tr[data-risk="9"]');
    await own.waitFor();
    expect(plain(await own.textContent())).toMatch(/^R9Likvärdighet mellan skolor \(egen risk\)12 4 × 3 Steg: IdentifieradSkolor utan lokal IT-samordnare får vänta längst på stöd när kön växer\./);

    expect(plain(await page.getByTestId('risk-participants').textContent())).toBe('Ingen medverkan från arbetstagarsidan är registrerad ännu.');
    await page.getByRole('button', { name: 'Registrera medverkan' }).click();
    form = page.getByRole('form', { name: 'Registrera medverkan' });
    await form.getByLabel('Namn').fill('Sara Lind');
    await form.getByLabel('Roll (t.ex. skyddsombud)').fill('Huvudskyddsombud, Sveriges Lärare');
    await form.getByLabel('Datum').fill('2026-11-25');
    await form.getByLabel('Anteckning').fill('Deltog i bedömningen av lärarnas arbetsbelastning.');
    await saveElementScreenshot(form, 'guide-forvaltningschef-medverkan');
    await form.getByRole('button', { name: 'Spara medverkan' }).click();
    await page.getByTestId('risk-participants').getByText('Sara Lind').waitFor();
    const entry = page.getByTestId('risk-participants').locator('li');
    expect(plain(await entry.textContent())).toBe('Sara Lind, Huvudskyddsombud, Sveriges Lärare, 2026-11-25: Deltog i bedömningen av lärarnas arbetsbelastning. Ta bort');
    expect(await entry.getByRole('button', { name: 'Ta bort: Sara Lind' }).count()).toBe(1);
    await saveElementScreenshot(page.locator('section', { has: page.locator('#register-heading') }), 'guide-forvaltningschef-riskregister');
  });

  it('proposes the scenario, exports the analysis and decides it', async () => {
    await page.getByRole('button', { name: 'Flytta till: Förslag' }).click();
    await page.getByRole('status').getByText('Status ändrad till Förslag.').waitFor();
    await page.getByTestId('risk-status').getByText(/^Status: Förslag/).waitFor();
    expect(plain(await page.getByTestId('risk-status').textContent())).toMatch(/^Status: Förslag, version \d+ · Anders Berg · Nettobesparing 2027: 296 tkr$/);
    const links = page.getByTestId('risk-documents');
    const analysis = await pdfText(page, (await links.getByRole('link', { name: 'Risk- och konsekvensanalys (PDF)' }).getAttribute('href'))!);
    const text = analysis.join(' ');
    for (const heading of ['1. Bakgrund', '2. Förslaget', '3. Ekonomiska konsekvenser', '4. Konsekvenser för verksamheten', '5. Likvärdighet mellan skolor', '6. Arbetsmiljö', '7. Mål som riskeras', '8. Riskmatris', '9. Riskregister och åtgärder', '10. Antaganden', '11. Ansvar och underlag']) {
      expect(text).toContain(heading);
    }
    for (const said of [
      'Underlag Låst',
      'Summa 2 242 tkr 1 354 tkr 888 tkr',
      'Sara Lind Huvudskyddsombud, Sveriges Lärare 2026-11-25 Deltog i bedömningen av lärarnas arbetsbelastning.',
      'S3 × K3 = 9 Medel Justerad från S2 × K3 = 6 av Anders Berg',
      'S2 × K3 = 6 Åtgärder beslutade',
      'R9 Likvärdighet mellan skolor (manuellt tillagd)',
      'Terminsstarten ger fler ärenden än årssnittet, och då har lärarna minst tid över.',
      '(ansvarig: Enhetschef CMiT, klart 2027-08-01)',
    ]) expect(text).toContain(said);
    await page.getByRole('button', { name: 'Flytta till: Beslutat' }).click();
    await page.getByRole('status').getByText('Status ändrad till Beslutat.').waitFor();
    await page.getByTestId('risk-status').getByText(/^Status: Beslutat/).waitFor();
    await page.getByRole('button', { name: 'Flytta till: Beslutat' }).waitFor({ state: 'detached' });
    expect((await page.getByRole('button', { name: /^Flytta till/ }).allTextContents()).map(plain)).toEqual(['Flytta till: Arkiverat']);
    await saveElementScreenshot(page.locator('section', { has: page.locator('#risk-scenario-heading') }), 'guide-forvaltningschef-beslut');
  });

  it('the demo proposal’s analysis shows an own risk, a residual rating, the assessment step and the safety representative', async () => {
    await page.getByTestId('risk-scenario').selectOption({ label: 'Minska CMiT med en tjänst (Förslag)' });
    await page.getByRole('heading', { level: 2, name: 'Minska CMiT med en tjänst' }).waitFor();
    const analysis = await pdfText(page, (await page.getByTestId('risk-documents').getByRole('link', { name: 'Risk- och konsekvensanalys (PDF)' }).getAttribute('href'))!);
    const text = analysis.join(' ');
    expect(text).toContain('Tabell 5. Medverkan från arbetstagarsidan Namn Roll Datum Anteckning Sara Lind Huvudskyddsombud, Sveriges Lärare 2026-11-18');
    expect(text).toContain('S4 × K4 = 16 Åtgärder beslutade');
    expect(text).toContain('R9 Kompetens går förlorad i det centrala stödet (manuellt tillagd)');
    await page.close();
  });
});

describe('Guide för digitaliseringsstrategen (docs/guides/strateg.md)', () => {
  let page: Page;
  const count = async (key: string) => plain(await page.getByTestId(`import-count-${key}`).locator('dd').textContent());

  it('previews Skolverket’s skolenhetsregister: the own units, the others skipped', async () => {
    page = await signedInPage(DEMO_USERS.strategist);
    await menu(page, 'Importera data');
    await page.getByLabel('Vad innehåller filen?').selectOption('SCHOOL_REGISTER');
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('skolenhetsregistret-2025.xlsx'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-report').waitFor();
    const counts: string[] = [];
    for (const key of ['rows', 'creates', 'updates', 'unchanged', 'skipped', 'errors']) counts.push(await count(key));
    expect(counts).toEqual(['12', '1', '6', '0', '5', '0']);
    expect(plain(await page.getByTestId('import-status').textContent())).toBe('Inga fel. Importera för att spara ändringarna.');
    const rows = page.getByTestId('import-rows').locator('tbody tr');
    expect(plain(await rows.filter({ hasText: '72310555' }).textContent())).toBe('Grundskola7Ny72310555 Nya Ekskolan F–3');
    expect(plain(await rows.filter({ hasText: '12345678' }).textContent())).toBe('Grundskola8Hoppas över12345678Kommun 0180, inte din kommun.');
    expect(plain(await page.getByTestId('import-report').locator('.format').textContent())).toMatch(/^Läst som XLSX/);
    await saveElementScreenshot(page.getByTestId('import-report'), 'guide-strateg-skolenhetsregistret');
  });

  it('previews budget lines with errors, then imports a clean file, then the same file again changes nothing', async () => {
    await page.getByLabel('Vad innehåller filen?').selectOption('BUDGET_LINES');
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('budgetrader-med-fel.csv'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-status').getByText('Filen har 5 fel').waitFor();
    expect(plain(await page.getByTestId('import-rows').locator('tbody tr').first().textContent())).toBe('3Fel72310458 2028Belopp (kr): "tolvtusen" är inget tal (skriv t.ex. 1 234,5).');
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).isDisabled()).toBe(true);
    await saveElementScreenshot(page.getByTestId('import-report'), 'guide-strateg-importfel');
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('budgetrader-2028-bom.csv'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-status').getByText('Inga fel. Importera för att spara ändringarna.').waitFor();
    expect(await count('creates')).toBe('5');
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByTestId('import-status').getByText('Importen är sparad: 5 nya och 0 ändrade rader.').waitFor();
    await saveElementScreenshot(page.getByTestId('import-report'), 'guide-strateg-importerat');
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles([]);
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('budgetrader-2028-bom.csv'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-status').getByText('Inga fel och ingenting att ändra: uppgifterna finns redan.').waitFor();
    expect(await count('unchanged')).toBe('5');
    expect(await page.getByRole('link', { name: 'CSV (Budgetrader (budget, utfall, prognos))' }).getAttribute('href')).toBe('/templates/budgetrader.csv');
    expect(await page.getByTestId('export-section').getByRole('link', { name: 'XLSX (Budgetrader)' }).getAttribute('href')).toBe('/export/budgetrader.xlsx?year=2026');
  });

  it('follows equity: this year, 2023, the spread over the years and a school’s own page', async () => {
    await menu(page, 'Skolor och likvärdighet');
    await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor();
    const figures: string[] = [];
    for (const id of ['equity-mean', 'equity-cv', 'equity-gini', 'equity-below', 'equity-correlation']) figures.push(await kpi(page, id));
    expect(figures).toEqual(['0,81', '0,07', '0,04', '0', '0,54']);
    expect((await page.getByTestId('ranking-table').locator('tbody tr').first().locator('th, td').allTextContents()).map(plain)).toEqual(['1', 'Ängsskolan F–9', '0,91', '100,0 %', '100,0 %', '86,9 %', '77,5 %', 'Ja', '1,2']);
    await saveElementScreenshot(page.locator('section', { has: page.locator('#equity-summary-heading') }), 'guide-strateg-likvardighet');
    const spread = page.getByTestId('spread-chart');
    await spread.locator('svg').waitFor();
    expect(plain(await spread.locator('[role=img]').getAttribute('aria-label'))).toContain('2023 Variationskoefficient 0,07, Gini 0,04; 2024 Variationskoefficient 0,08, Gini 0,05');
    await saveElementScreenshot(page.locator('section', { has: page.locator('#spread-heading') }), 'guide-strateg-spridning');
    await page.getByTestId('schools-year').selectOption('2023');
    await page.getByTestId('equity-below').getByText('4', { exact: true }).waitFor();
    expect(await kpi(page, 'equity-mean')).toBe('0,65');
    await page.getByTestId('schools-year').selectOption('2026');
    await page.getByTestId('equity-below').getByText('0', { exact: true }).waitFor();
    const school = page.getByRole('link', { name: 'Östra skolan 7–9' });
    // Ten schools a page: it is on whichever page its index puts it.
    if ((await school.count()) === 0) await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).getByRole('button', { name: 'Nästa' }).click();
    await school.click();
    await page.getByRole('heading', { level: 1, name: 'Östra skolan 7–9' }).waitFor();
    expect(await kpi(page, 'school-pupils')).toBe('624');
    expect(await kpi(page, 'school-local-it')).toBe('Nej');
    expect(plain(await page.getByTestId('school-indicators').textContent())).toContain('LIKA självskattning: ledning (nivå 1–4)1,61,81,92,1');
  });

  it('as an analyst, adds a mitigation to a draft but neither adjusts ratings nor proposes or decides', async () => {
    await menu(page, 'Riskanalys');
    await page.getByTestId('risk-register').waitFor();
    expect(await page.getByRole('button', { name: /^Flytta till: (Förslag|Beslutat)/ }).count()).toBe(0);
    await page.getByTestId('risk-scenario').selectOption({ label: 'Minska CMiT med en halv tjänst (Utkast)' });
    await page.getByRole('heading', { level: 2, name: 'Minska CMiT med en halv tjänst' }).waitFor();
    expect(plain(await page.getByTestId('risk-role-note').textContent())).toMatch(/^Som analytiker kan du lägga till egna risker/);
    expect((await page.getByRole('button', { name: /^Flytta till/ }).allTextContents()).map(plain)).toEqual(['Flytta till: Arkiverat']);
    expect(await page.getByRole('button', { name: 'Justera bedömningen' }).count()).toBe(0);
    const support = page.getByTestId('risk-register').locator('tbody tr[data-risk]', { hasText: 'Dagligt pedagogiskt IT-stöd' });
    await support.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const form = page.getByRole('form', { name: 'Lägg till åtgärd' });
    await form.getByLabel('Åtgärd').fill('Samla de vanligaste frågorna i en självbetjäningsguide');
    await form.getByLabel('Ansvarig').fill('Digitaliseringsstrateg');
    await form.getByRole('button', { name: 'Spara åtgärden' }).click();
    await support.getByText('Samla de vanligaste frågorna i en självbetjäningsguide — Digitaliseringsstrateg').waitFor();
    await page.close();
  });

  it('logged no errors in any of the pages', () => {
    expect([...s.problems, ...problems]).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, signInPage } from '../helpers/browser.js';
import { plain, saveElementScreenshot, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.strategist, '/scenarier');
});
afterAll(async () => {
  await s?.close();
});

const value = async (id: string) => plain(await s.page.getByTestId(id).locator('.kpi__value').textContent());
const axeClean = async () => {
  const violations = await axeViolations(s.page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

describe('Scenarier, as a person sees it', () => {
  it('starts at the base: nothing changed, nothing saved', async () => {
    const { page } = s;
    await page.getByTestId('scenario-net').waitFor();
    expect(await value('scenario-net')).toBe('0 tkr');
    expect(plain(await page.getByRole('heading', { level: 2, name: /^Resultat/ }).textContent())).toBe('Resultat 2027');
    expect(plain(await page.getByTestId('scenario-wait').textContent())).toBe('12,9 arbetstimmar');
    expect(await page.getByTestId('save-scenario').isEnabled()).toBe(true);
    // The demo's saved scenarios, a page at a time.
    await page.getByTestId('saved-scenarios').waitFor();
    expect(plain(await page.getByTestId('saved-scenarios').textContent())).toContain('Minska CMiT med en tjänst');
    await axeClean();
  });

  it('cuts a full post of daily support with the slider and shows the net saving, the queue and the risks', async () => {
    const { page } = s;
    const slider = page.getByLabel('IT-pedagog, pedagogiskt IT-stöd');
    await slider.focus();
    // Keyboard: Home takes the slider to its minimum, −1,0 FTE (the whole post).
    await slider.press('Home');
    expect(plain(await page.locator(`output[for="${await slider.getAttribute('id')}"]`).textContent())).toBe('−1,0 → 0,0 åa');
    // Demo data: the post costs 747 278 kr; the work teachers take over costs 451 315 kr.
    await page.getByTestId('scenario-net').getByText('296 tkr').waitFor();
    expect(await value('scenario-gross')).toBe('747 tkr');
    expect(await value('scenario-shifted')).toBe('451 tkr');
    expect(plain(await page.getByTestId('scenario-wait').textContent())).toBe('Kön växer utan gräns');
    expect(plain(await page.getByTestId('scenario-utilisation').textContent())).toBe('309,3 %');
    const waterfall = page.getByTestId('waterfall-chart');
    await waterfall.locator('svg').waitFor();
    expect(plain(await waterfall.locator('[role=img]').getAttribute('aria-label'))).toBe(
      'Från bruttobesparing till nettobesparing (tkr): Bruttobesparing 747 tkr; Överflyttad kostnad −451 tkr; Nettobesparing 296 tkr.',
    );
    expect(plain(await page.getByTestId('goals-at-risk').textContent())).toContain('2.2');
    expect(await page.getByTestId('schools-moving').locator('tbody tr').count()).toBe(5);
    const risks = page.getByTestId('risk-table').locator('tbody tr');
    expect(await risks.count()).toBe(8);
    // Highest score first; every risk area with its Swedish explanation.
    expect(plain(await risks.first().textContent())).toContain('Likvärdighet mellan skolor');
    expect(plain(await risks.first().textContent())).toContain('4 skolor hamnar under tröskeln genom förändringen');
    expect(plain(await page.getByTestId('risk-table').textContent())).toContain('Dagligt pedagogiskt IT-stöd');
    await page.getByTestId('risk-matrix').locator('svg').waitFor();
  });

  it('answers "how sure are you?" for the scenario on the page: tornado, intervals and break-even', async () => {
    const { page } = s;
    await page.locator('#scenario-sensitivity-heading').click();
    const panel = page.getByTestId('scenario-sensitivity').getByTestId('sensitivity-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('tornado-row').count()).toBeGreaterThan(3);
    // The demo cut's net saving (296 tkr) sits inside its interval, and the panel says the sign can flip.
    expect(plain(await panel.getByTestId('range-explanations').textContent())).not.toBe('');
    expect(plain(await panel.getByTestId('break-even').textContent())).not.toBe('');
    await page.locator('#scenario-sensitivity-heading').click();
  });

  it('saves the scenario as a draft and lists it among the saved ones', async () => {
    const { page } = s;
    const before = await page.getByTestId('saved-scenarios').locator('tbody tr').count();
    await page.getByTestId('scenario-name').fill('Dra ned IT-stödet helt');
    await page.getByTestId('scenario-net').getByText('296 tkr').waitFor();
    await page.getByTestId('save-scenario').click();
    await page.getByTestId('save-status').getByText('Sparat som utkast: Dra ned IT-stödet helt.').waitFor();
    await page.getByTestId('saved-scenarios').getByRole('rowheader', { name: 'Dra ned IT-stödet helt' }).waitFor();
    expect(await page.getByTestId('saved-scenarios').locator('tbody tr').count()).toBe(before + 1);
  });

  it('explains how the net saving was computed, from the engine’s trace', async () => {
    const { page } = s;
    // The shifted cost's entry, as an integrator reads it with ScenarioResult.explain (docs/guides/integrators.md):
    // 451 315 kr from the assumptions of how unmet support becomes teachers' and school leaders' work.
    await page.locator('[aria-controls="trace-shifted"]').click();
    const shifted = page.locator('#trace-shifted');
    await shifted.waitFor();
    expect(plain(await shifted.textContent())).toContain('451 315');
    expect(plain(await shifted.textContent())).toContain('1,5');
    await saveElementScreenshot(shifted, 'trace-overflyttad-kostnad');
    await page.getByTestId('explain-net').click();
    const panel = page.locator('#trace-net');
    await panel.waitFor();
    expect(plain(await panel.textContent())).toContain('Formel');
    expect(await page.getByTestId('explain-net').getAttribute('aria-expanded')).toBe('true');
    await savePageScreenshot(page, 'scenarier');
    await axeClean();
  });

  it('compares scenarios side by side', async () => {
    const { page } = s;
    await page.getByTestId('scenario-name').fill('Minska CMiT med en tjänst');
    await page.getByTestId('add-to-comparison').click();
    await page.getByTestId('compare-card-0').getByTestId('compare-net').getByText('296 tkr').waitFor();
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page.getByTestId('scenario-net').getByText('0 tkr').waitFor();
    await page.getByTestId('scenario-name').fill('Oförändrat');
    await page.getByTestId('add-to-comparison').click();
    await page.getByTestId('compare-card-1').getByTestId('compare-net').getByText('0 tkr').waitFor();
    expect(plain(await page.getByTestId('compare-card-0').locator('h3').textContent())).toBe('Minska CMiT med en tjänst');
    expect(plain(await page.getByTestId('compare-card-0').textContent())).toContain('Kön växer utan gräns');
    // A saved scenario joins the comparison from the list.
    await page.getByRole('button', { name: 'Jämför Förläng elevdatorernas utbytescykel till fyra år' }).click();
    await page.getByTestId('compare-card-2').getByTestId('compare-net').waitFor();
    await page.getByTestId('compare-card-1').scrollIntoViewIfNeeded();
    await savePageScreenshot(page, 'scenarier-jamforelse');
    await axeClean();
  });

  it('opens a saved scenario on the levers: its figures, its name, and what the page cannot show', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page.getByTestId('scenario-net').getByText('0 tkr').waitFor();
    await page.getByRole('button', { name: 'Öppna Minska CMiT med en halv tjänst' }).click();
    // A draft: half the post from 2027; the same figures as its row in the list and the comparison (174 tkr).
    await page.getByTestId('scenario-net').getByText('174 tkr').waitFor();
    expect(await page.getByTestId('scenario-name').inputValue()).toBe('Minska CMiT med en halv tjänst');
    const slider = page.getByLabel('IT-pedagog, pedagogiskt IT-stöd');
    expect(plain(await page.locator(`output[for="${await slider.getAttribute('id')}"]`).textContent())).toBe('−0,5 → 0,5 åa');
    expect(plain(await page.getByTestId('opened-note').textContent())).toBe(
      'Scenariot ”Minska CMiT med en halv tjänst” är öppnat i reglagen; resultatet räknas på kommunens data i dag.',
    );
    // The proposal: its locked figures live on Riskanalys, which the note says.
    await page.getByRole('button', { name: 'Öppna Minska CMiT med en tjänst' }).click();
    await page.getByTestId('scenario-net').getByText('296 tkr').waitFor();
    expect(plain(await page.getByTestId('opened-note').textContent())).toContain('De låsta siffrorna i förslaget eller beslutet finns under Riskanalys.');
    await axeClean();
    await page.getByRole('button', { name: 'Återställ' }).click();
  });

  it('logged no errors and no CSP violations', () => {
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });

  it('lets a politician (VIEWER) try the levers but offers no saving', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1024, height: 800 } });
    await signInPage(page, s.t.baseUrl, DEMO_USERS.politician);
    await page.getByRole('link', { name: 'Scenarier' }).click();
    await page.getByTestId('scenario-net').waitFor();
    expect(await page.getByTestId('save-scenario').count()).toBe(0);
    expect(plain(await page.getByTestId('viewer-note').textContent())).toBe('Som läsare kan du pröva hävstängerna men inte spara scenarier.');
    await page.screenshot({ path: (await import('node:path')).join((await import('../helpers/screenshots.js')).SCREENSHOT_DIR, 'scenarier-1024.png'), fullPage: false });
    await page.close();
  });
});

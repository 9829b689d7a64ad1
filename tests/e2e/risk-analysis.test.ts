import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../api/src/modules/saved-scenarios/document-export/document-text.test-support.js';
import { axeViolations, signInPage, watchConsole } from '../helpers/browser.js';
import { plain, savePageScreenshot, saveElementScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.headOfAdministration, '/riskanalys');
});
afterAll(async () => {
  await s?.close();
});

describe('Riskanalys, as the head of administration sees it', () => {
  it('opens a saved scenario’s register with the model’s risks, overrides and their justifications', async () => {
    const { page } = s;
    const select = page.getByTestId('risk-scenario');
    await select.waitFor();
    const option = select.locator('option', { hasText: 'Minska CMiT med en tjänst' });
    await select.selectOption(await option.first().getAttribute('value'));
    await page.getByRole('heading', { level: 2, name: 'Minska CMiT med en tjänst' }).waitFor();
    expect(new URL(page.url()).searchParams.get('scenario')).toMatch(/[0-9a-f-]{36}/);
    const rows = page.getByTestId('risk-register').locator('tbody tr[data-risk]');
    expect(await rows.count()).toBeGreaterThanOrEqual(8);
    expect(plain(await page.getByTestId('risk-register').textContent())).toContain('Dagligt pedagogiskt IT-stöd');
    expect(await page.getByTestId('risk-override').count()).toBeGreaterThan(0);
    expect(plain(await page.getByTestId('risk-override').first().textContent())).toMatch(/^Justerad av .+: .+/);
    await page.getByTestId('register-matrix').locator('svg').waitFor();
  });

  it('offers the analysis as PDF and Word, and the PDF is there', async () => {
    const { page } = s;
    const links = page.getByTestId('risk-documents').getByRole('link');
    expect(await links.count()).toBe(4);
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^\/scenarios\/[0-9a-f-]{36}\/analys\.pdf$/);
    const response = await page.request.get(`${s.t.baseUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
  });

  it('adds a mitigation to a risk', async () => {
    const { page } = s;
    const number = await page.getByTestId('risk-register').locator('tbody tr[data-risk]', { hasText: 'Kompetens går förlorad i det centrala stödet' }).first().getAttribute('data-risk');
    const row = page.getByTestId('risk-register').locator(`tbody tr[data-risk="${number}"]`);
    await row.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const form = page.getByRole('form', { name: 'Lägg till åtgärd' });
    await form.getByLabel('Åtgärd').fill('Dokumentera rutiner innan tjänsten upphör');
    await form.getByLabel('Ansvarig').fill('Enhetschef CMiT');
    await form.getByRole('button', { name: 'Spara åtgärden' }).click();
    await page.getByRole('status').getByText('Sparat.').waitFor();
    await row.getByText('Dokumentera rutiner innan tjänsten upphör — Enhetschef CMiT').waitFor();
    expect(plain(await row.locator('ul').textContent())).toContain('Dokumentera rutiner innan tjänsten upphör — Enhetschef CMiT');
    await savePageScreenshot(page, 'riskanalys');
  });

  it('shows the risk matrix’s axis names whole', async () => {
    const matrix = s.page.getByTestId('register-matrix').locator('svg');
    await matrix.waitFor();
    const inside = await matrix.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return Object.fromEntries(
        ['Sannolikhet', 'Konsekvens'].map((name) => {
          const text = Array.from(svg.querySelectorAll('text')).find((el) => el.textContent === name);
          const r = text?.getBoundingClientRect();
          return [name, !!r && r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom];
        }),
      );
    });
    expect(inside).toEqual({ Sannolikhet: true, Konsekvens: true });
    await saveElementScreenshot(s.page.getByTestId('register-matrix'), 'riskmatris');
  });

  it('names every risk area as the exported analysis does', async () => {
    const { page } = s;
    const rows = page.getByTestId('risk-register').locator('tbody tr[data-risk]');
    const names = (await rows.locator('th').allTextContents()).map((n) => plain(n).replace(' (egen risk)', ''));
    expect(names).toHaveLength(9);
    const href = await page.getByTestId('risk-documents').getByRole('link', { name: 'Risk- och konsekvensanalys (PDF)' }).getAttribute('href');
    const text = (await pdfPages(await (await page.request.get(`${s.t.baseUrl}${href}`)).body())).map(plain).join(' ');
    for (const [i, name] of names.entries()) expect(text).toContain(`R${i + 1} ${name}`);
  });

  it('shows the API’s refusal next to the field it concerns, in a form that works with the keyboard', async () => {
    const { page } = s;
    const equity = page.getByTestId('risk-register').locator('tbody tr[data-risk="1"]');
    expect(await equity.getByText('Inga åtgärder än.').count()).toBe(1);
    await equity.getByRole('button', { name: 'Steg och restrisk' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Steg och restrisk' });
    const step = form.getByLabel('Steg i riskbedömningen');
    await step.selectOption({ label: 'Åtgärder beslutade' });
    await form.getByRole('button', { name: 'Spara steg och restrisk' }).click();
    const error = form.getByText('Lägg till minst en åtgärd innan åtgärderna markeras som beslutade eller uppföljda.');
    await error.waitFor();
    expect(await step.getAttribute('aria-invalid')).toBe('true');
    expect(await step.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await step.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(plain(await equity.getByTestId('risk-step').textContent())).toBe('Steg: Identifierad');
  });

  it('meets WCAG 2.1 A and AA and logs no errors or CSP violations', async () => {
    const violations = await axeViolations(s.page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});

describe('Riskanalys offers each role what the API allows it, no more', () => {
  const pages: Page[] = [];
  const problems: string[] = [];
  afterAll(async () => {
    for (const page of pages) await page.close();
  });
  async function openAs(email: string, scenario: string, width = 1280): Promise<Page> {
    const page = await s.browser.newPage({ viewport: { width, height: 900 } });
    pages.push(page);
    problems.push(...watchConsole(page));
    await signInPage(page, s.t.baseUrl, email);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riskanalys' }).click();
    await page.getByTestId('risk-scenario').selectOption({ label: scenario });
    await page.getByTestId('risk-register').waitFor();
    return page;
  }
  const buttons = async (page: Page) => [...new Set((await page.locator('main button').allTextContents()).map(plain))].sort();

  it('a viewer reads, and changes nothing', async () => {
    const page = await openAs(DEMO_USERS.politician, 'Minska CMiT med en tjänst (Förslag)');
    expect(plain(await page.getByTestId('risk-role-note').textContent())).toMatch(/^Som läsare ser du registret men kan inte ändra det\./);
    expect((await buttons(page)).filter((b) => !['Hjälp', 'Vad visar sidan?', 'Hur räknas siffrorna?', 'Föregående', 'Nästa'].includes(b))).toEqual([]);
  });

  it('an analyst adds own risks, mitigations, steps and participation to a proposal, but neither adjusts ratings nor moves it', async () => {
    const page = await openAs(DEMO_USERS.strategist, 'Minska CMiT med en tjänst (Förslag)');
    expect(plain(await page.getByTestId('risk-role-note').textContent())).toMatch(/^Som analytiker kan du lägga till egna risker/);
    const offered = await buttons(page);
    for (const b of ['Lägg till åtgärd', 'Steg och restrisk', 'Lägg till en egen risk', 'Registrera medverkan']) expect(offered).toContain(b);
    expect(offered.filter((b) => b === 'Justera bedömningen' || b.startsWith('Flytta till'))).toEqual([]);
    // Keyboard: opening a form puts focus in its first field; cancelling gives it back to the button that opened it.
    const add = page.getByRole('button', { name: 'Lägg till en egen risk' });
    await add.click();
    await page.waitForFunction(() => document.activeElement?.id === 'register-area');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Lägg till en egen risk');
  });

  it('an analyst may archive a draft, and that is the only move offered', async () => {
    const page = await openAs(DEMO_USERS.strategist, 'Minska CMiT med en halv tjänst (Utkast)');
    expect((await page.getByRole('button', { name: /^Flytta till/ }).allTextContents()).map(plain)).toEqual(['Flytta till: Arkiverat']);
    expect(await page.getByRole('button', { name: 'Justera bedömningen' }).count()).toBe(0);
  });

  it('follows up on a draft: a mitigation marked done, corrected and taken away, an own risk corrected and taken away, a participant taken away', async () => {
    const page = await openAs(DEMO_USERS.headOfAdministration, 'Minska CMiT med en halv tjänst (Utkast)');
    const register = page.getByTestId('risk-register');
    const row = register.locator('tbody tr[data-risk="1"]');
    await row.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    const form = page.getByRole('form', { name: 'Lägg till åtgärd' });
    await form.getByLabel('Åtgärd').fill('Följ väntetiden varje månad');
    await form.getByLabel('Ansvarig').fill('Digitaliseringsstrateg');
    await form.getByRole('button', { name: 'Spara åtgärden' }).click();
    await row.getByText('Följ väntetiden varje månad — Digitaliseringsstrateg').waitFor();
    await row.getByRole('button', { name: 'Markera som klar: Följ väntetiden varje månad' }).click();
    await row.getByText('(klar)').waitFor();
    // A mitigation is corrected in place, in the same form filled with it as it stands; it stays done.
    await row.getByRole('button', { name: 'Ändra: Följ väntetiden varje månad' }).click();
    const editMitigation = page.getByRole('form', { name: 'Ändra åtgärden' });
    expect(await editMitigation.getByLabel('Ansvarig').inputValue()).toBe('Digitaliseringsstrateg');
    await editMitigation.getByLabel('Åtgärd').fill('Följ väntetiden varannan vecka');
    await editMitigation.getByLabel('Klart senast').fill('2027-03-31');
    await editMitigation.getByRole('button', { name: 'Spara ändringen av åtgärden' }).click();
    await row.getByText('Följ väntetiden varannan vecka — Digitaliseringsstrateg, 2027-03-31 (klar)').waitFor();
    // Focus goes back to the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ändra: Följ väntetiden varannan vecka');
    await row.getByRole('button', { name: 'Markera som inte klar: Följ väntetiden varannan vecka' }).waitFor();
    await row.getByRole('button', { name: 'Ta bort: Följ väntetiden varannan vecka' }).click();
    await row.getByText('Inga åtgärder än.').waitFor();

    const rows = register.locator('tbody tr[data-risk]');
    const before = await rows.count();
    await page.getByRole('button', { name: 'Lägg till en egen risk' }).click();
    const riskForm = page.getByRole('form', { name: 'Lägg till en egen risk' });
    await riskForm.getByLabel('Beskrivning av risken').fill('Felregistrerad risk som ska bort.');
    await riskForm.getByRole('button', { name: 'Spara risken' }).click();
    await register.getByText('Felregistrerad risk som ska bort.').waitFor();
    expect(await rows.count()).toBe(before + 1);
    // An own risk is corrected in place, in the same form filled with what was entered.
    await register.getByRole('button', { name: /^Ändra den egna risken/ }).click();
    const editForm = page.getByRole('form', { name: 'Ändra den egna risken' });
    expect(await editForm.getByLabel('Beskrivning av risken').inputValue()).toBe('Felregistrerad risk som ska bort.');
    await editForm.getByLabel('Beskrivning av risken').fill('Felregistrerad risk, rättad, som ska bort.');
    await editForm.getByLabel('Sannolikhet').selectOption('2');
    await editForm.getByRole('button', { name: 'Spara ändringen' }).click();
    const own = register.locator('tbody tr', { hasText: 'Felregistrerad risk, rättad, som ska bort.' });
    await own.waitFor();
    expect(plain(await own.textContent())).toContain('6 2 × 3');
    // Only own risks can be taken away; the model's risks are adjusted instead.
    expect(await register.getByRole('button', { name: /^Ta bort den egna risken/ }).count()).toBe(1);
    await register.getByRole('button', { name: /^Ta bort den egna risken/ }).click();
    await own.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(before);

    await page.getByRole('button', { name: 'Registrera medverkan' }).click();
    const participant = page.getByRole('form', { name: 'Registrera medverkan' });
    await participant.getByLabel('Namn').fill('Per Test');
    await participant.getByLabel('Roll (t.ex. skyddsombud)').fill('Skyddsombud');
    await participant.getByLabel('Datum').fill('2026-11-20');
    await participant.getByRole('button', { name: /^Spara/ }).click();
    await page.getByTestId('risk-participants').getByText('Per Test').waitFor();
    await page.getByRole('button', { name: 'Ta bort: Per Test' }).click();
    await page.getByText('Ingen medverkan från arbetstagarsidan är registrerad ännu.').waitFor();
    // All of it, removals too, in the change log: newest first, with who.
    const log = page.getByTestId('audit-trail');
    await log.locator('summary').click();
    const entries = log.locator('tbody tr');
    await entries.first().waitFor();
    const latest = (await entries.allTextContents()).slice(0, 9).map(plain);
    expect(latest.map((e) => e.replace(/^.*?Anders Berg/, ''))).toEqual([
      'Medverkan borttagen: Per Test (Skyddsombud).',
      'Medverkan registrerad: Per Test (Skyddsombud).',
      'Egen risk borttagen: Likvärdighet mellan skolor.',
      'Egen risk ändrad: Likvärdighet mellan skolor.',
      'Egen risk tillagd: Likvärdighet mellan skolor.',
      'Åtgärd borttagen: Följ väntetiden varannan vecka.',
      'Åtgärd ändrad: Följ väntetiden varannan vecka.',
      'Åtgärd markerad som klar: Följ väntetiden varje månad.',
      'Åtgärd tillagd: Följ väntetiden varje månad.',
    ]);
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it('at 1024 wide the register and an open form fit the page', async () => {
    const page = await openAs(DEMO_USERS.headOfAdministration, 'Minska CMiT med en tjänst (Förslag)', 1024);
    const row = page.getByTestId('risk-register').locator('tbody tr[data-risk="5"]');
    await row.getByRole('button', { name: 'Steg och restrisk' }).click();
    await page.getByRole('form', { name: 'Steg och restrisk' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await savePageScreenshot(page, 'riskanalys-1024');
    expect(problems).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
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
    const number = await page.getByTestId('risk-register').locator('tbody tr[data-risk]', { hasText: 'Kompetens går förlorad' }).first().getAttribute('data-risk');
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

  it('meets WCAG 2.1 A and AA and logs no errors or CSP violations', async () => {
    const violations = await axeViolations(s.page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});

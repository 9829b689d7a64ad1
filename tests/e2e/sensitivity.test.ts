import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { axeViolations } from '../helpers/browser.js';
import { signedInApp } from './e2e-page.js';
import { DEMO_USERS, type TestApp } from '../helpers/test-app.js';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
/** `−896 tkr` → −896 (thousands): the Swedish minus sign and spaces as a number. */
const tkr = (text: string) => Number(plain(text).replace(' tkr', '').replace(/\s/g, '').replace('−', '-'));

let t: TestApp;
let browser: Browser;
let page: Page;
let problems: string[];
let csp: string[];

beforeAll(async () => {
  ({ t, browser, page, problems, csp } = await signedInApp(DEMO_USERS.politician));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the sensitivity page (/kanslighet), as a politician sees it', () => {
  it('is one link away and evaluates the demo cut on arrival', async () => {
    await page.getByRole('link', { name: 'Känslighet' }).click();
    await page.getByTestId('sensitivity-panel').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kanslighet');
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Känslighetsanalys — Exempelkommun');
    expect(plain(await page.getByTestId('sensitivity-scenario').textContent())).toBe('IT-pedagog, pedagogiskt IT-stöd, −1,0 årsarbetare från 2027; första hela året 2027.');
  });

  it('draws the tornado with the demo’s top assumption first: teacher hours per unmet support hour', async () => {
    const chart = page.getByTestId('tornado-chart');
    await chart.locator('svg').waitFor();
    // The net saving moves most with how long staff need per unmet support hour (1–3 h/h): 451 315 kr × 2 / 1,5.
    const first = page.getByTestId('tornado-row').first();
    expect(plain(await first.locator('th').textContent())).toBe('Lärartimmar per ej mött stödtimme');
    const aria = plain(await chart.locator('[role=img]').getAttribute('aria-label'));
    expect(aria).toMatch(/störst först: Lärartimmar per ej mött stödtimme 1 till 3: /);
    expect(plain(await chart.locator('svg').textContent())).toContain('Lärartimmar per ej mött stödtimme');
    // Two bars per assumption that moves the result (low end, high end), in the palette's first two colours, and
    // one legend mark each.
    const rows = await page.getByTestId('tornado-row').count();
    expect(await chart.locator('svg path[fill="#1f5c99"]').count()).toBe(rows + 1);
    expect(await chart.locator('svg path[fill="#b35900"]').count()).toBe(rows + 1);
  });

  it('shows each key result’s interval next to its point value, containing it, and says what flips', async () => {
    const net = page.getByTestId('range-NET_SAVING_SEK');
    const value = tkr((await net.getByTestId('range-value').textContent())!);
    const [low, high] = plain(await net.getByTestId('range-interval').textContent()).split(' – ').map(tkr);
    expect(value).toBe(296); // 747 278 − 451 315 = 295 963 kr
    expect(low!).toBeLessThanOrEqual(value);
    expect(high!).toBeGreaterThanOrEqual(value);
    expect(plain(await net.locator('td').last().textContent())).toBe('Ja');
    const explanations = plain(await page.getByTestId('range-explanations').textContent());
    expect(explanations).toContain('Nettobesparingen kan alltså bli negativ');
    expect(explanations).toContain('Ingen väntetid kan anges: kön till stödet växer utan gräns.');
    expect(plain(await page.getByTestId('break-even').textContent())).toContain('Nettobesparingen blir negativ om lärartimmar per ej mött stödtimme överstiger 2,48 h/h');
  });

  it('meets WCAG 2.1 A and AA (axe-core), with the table of the tornado open too', async () => {
    await page.getByText('Visa som tabell').click();
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await page.getByText('Visa som tabell').click();
    // Kept in the repository for the reviewer to look at; not compared with anything.
    await page.getByTestId('sensitivity-panel').screenshot({ path: path.join(repoRoot, 'docs', 'screenshots', 'sensitivity.png') });
  });

  it('recomputes for another scenario from the form: half a post of the platform administrator', async () => {
    await page.getByLabel('Tjänst').selectOption({ label: 'Systemförvaltare lärplattform (1,0)' });
    await page.getByLabel('Förändring i årsarbetare').fill('-0.5');
    await page.getByRole('button', { name: 'Beräkna' }).click();
    await page.getByText('Systemförvaltare lärplattform, −0,5 årsarbetare från 2027').waitFor();
    await page.getByTestId('sensitivity-panel').waitFor();
    expect(await page.getByTestId('range-NET_SAVING_SEK').count()).toBe(1);
  });

  it('speaks English when asked (the model’s sentences stay Swedish, and say so)', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Sensitivity analysis — Exempelkommun');
    expect(plain(await page.getByRole('heading', { level: 2 }).first().textContent())).toBe('How sure are the figures?');
    expect(await page.getByText('The model’s explanations and the names of its assumptions are in Swedish.').count()).toBe(1);
    expect(await page.getByTestId('range-explanations').getAttribute('lang')).toBe('sv');
    await page.screenshot({ path: path.join(os.tmpdir(), 'likvard-sensitivity-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Svenska' }).click();
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Känslighetsanalys — Exempelkommun');
  });

  it('shows another result’s tornado when chosen, and logs no console errors and no CSP violations', async () => {
    await page.getByTestId('tornado-result').selectOption('SUPPORT_UTILISATION');
    expect(plain(await page.locator('figcaption').first().textContent())).toBe('Beläggning i pedagogiskt IT-stöd: effekt av varje antagande');
    expect(problems).toEqual([]);
    expect(csp).toEqual([]);
  });
});

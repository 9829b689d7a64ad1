import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, watchConsole, watchCsp } from '../helpers/browser.js';
import { DEMO_USERS, startTestApp, type TestApp } from '../helpers/test-app.js';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

let t: TestApp;
let browser: Browser;
let page: Page;
let problems: string[];
let csp: string[];

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  problems = watchConsole(page);
  csp = await watchCsp(page);
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the login page, as a person sees it', () => {
  it('is where a visitor without a session lands, in Swedish, and meets WCAG 2.1 A and AA', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.getByLabel('E-postadress').count()).toBe(1);
    expect(await page.getByLabel('Lösenord').count()).toBe(1);
    expect(await page.getByTestId('current-user').count()).toBe(0);
    // Kept for the reviewer to look at; not compared with anything.
    await page.screenshot({ path: path.join(os.tmpdir(), 'likvard-login.png') });
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('says plainly in Swedish when the password is wrong, and stays on the page', async () => {
    await page.getByLabel('E-postadress').fill(DEMO_USERS.headOfAdministration);
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(plain(await alert.textContent())).toBe('Fel e-postadress eller lösenord. Försök igen.');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.getByLabel('Lösenord').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(os.tmpdir(), 'likvard-login-error.png') });
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('lands on Översikt with the right password and shows the user and role', async () => {
    await page.getByLabel('Lösenord').fill('likvard-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Översikt/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(plain(await page.getByTestId('current-user').textContent())).toContain('Anders Berg');
    expect(plain(await page.getByTestId('current-user').textContent())).toContain('Redaktör, Exempelkommun');
  });

  it('returns to the login page on logout, and the old session is gone', async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect((await page.context().cookies()).filter((c) => c.name === 'likvard_session')).toEqual([]);
  });

  it('sends a person whose session ends while they work back to the login page', async () => {
    await page.getByLabel('E-postadress').fill(DEMO_USERS.politician);
    await page.getByLabel('Lösenord').fill('likvard-demo');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Översikt/ }).waitFor();
    // The session is revoked behind the page's back; its next request meets UNAUTHENTICATED.
    await t.app.orm.em.fork().getConnection().execute('UPDATE user_session SET revoked_at = now()');
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  it('logged no errors and no CSP violations', () => {
    expect(problems).toEqual([]);
    expect(csp).toEqual([]);
    expect(fs.existsSync(path.join(os.tmpdir(), 'likvard-login.png'))).toBe(true);
  });
});

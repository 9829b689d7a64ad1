import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../api/src/config/config.js';
import { launchBrowser, signInPage, watchConsole, watchCsp } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

export interface SignedInPage {
  t: TestApp;
  browser: Browser;
  page: Page;
  problems: string[];
  csp: string[];
  close(): Promise<void>;
}

/** One app, one browser and one signed-in page per test file (the suite stays quick), on the page login lands on. */
export async function signedInApp(email: string, width = 1280): Promise<SignedInPage> {
  if (!fs.existsSync(path.join(repoRoot, 'dashboard', 'dist', 'index.html'))) {
    throw new Error('The dashboard is not built: pnpm test builds it before the browser tests (pnpm --filter @likvard/dashboard build).');
  }
  const t = await startTestApp();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = watchConsole(page);
  const csp = await watchCsp(page);
  await signInPage(page, t.baseUrl, email);
  return {
    t,
    browser,
    page,
    problems,
    csp,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** As signedInApp, then on to a page through the app's own navigation, as a person would: no second page load. */
export async function openSignedIn(email: string, path_: string, width = 1280): Promise<SignedInPage> {
  const opened = await signedInApp(email, width);
  await opened.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: navName(path_) }).click();
  await opened.page.waitForURL((url) => url.pathname === path_);
  return opened;
}

const NAV: Record<string, string> = { '/budget': 'Budget och enheter', '/centrala-stodet': 'Centrala stödet', '/skolor': 'Skolor och likvärdighet', '/scenarier': 'Scenarier', '/riskanalys': 'Riskanalys' };
const navName = (p: string) => NAV[p] ?? 'Översikt';

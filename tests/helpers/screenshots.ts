import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '../../api/src/config/config.js';

/** Where the browser tests keep the screenshots of every page, so the ones in docs/ always show the current app. */
export const SCREENSHOT_DIR = path.join(repoRoot, 'docs', 'screenshots');

export async function savePageScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** One part of a page (a section, a form, a chart), where the whole page would say too much. */
export async function saveElementScreenshot(element: Locator, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await element.screenshot({ path: file });
  return file;
}

/** Text as a person reads it: Intl's no-break spaces as plain spaces, trimmed. */
export const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function newContext(
  browser: Browser,
  opts: { width?: number; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    locale: opts.locale ?? 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
}

/** Axe on the current page: the serious and critical violations, summarised for an assertion message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SIGAP_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** The demo users' password (`npm start` prints it with the logins). */
export const DEMO_PASSWORD = 'sigap-demo-2026';

/**
 * Logs a demo user in on the office login page, in the page's language (Indonesian unless the
 * context chose English), and waits for the office's home page.
 */
export async function logInToOffice(
  page: Page,
  baseUrl: string,
  email: string,
  lang: 'id' | 'en' = 'id',
): Promise<Page> {
  await page.goto(`${baseUrl}/office/login`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'id' ? 'Masuk' : 'Log in', exact: true }).click();
  await page.waitForURL(/\/office$/);
  return page;
}

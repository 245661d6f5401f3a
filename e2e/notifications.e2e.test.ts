import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * The bell (issue 9): two tasks of SOP 067/012 (first step: 30 working minutes) pass their 75%
 * mark while the server is down; at restart the deadline sweep reminds the officer, whose bell
 * shows the count; opening a reminder's link opens the task and clears it from the count, in
 * Indonesian and then in English. The server's clock is set with SIGAP_CLOCK_START so the test
 * runs on a Kaltim working morning whatever the time of the run.
 */

const PASSWORD = 'sigap-demo-2026';
const FUNGSIONAL = 'fungsional.kaltim@sigap.test';
/**
 * Monday 1 February 2027 08:30 WITA (00:30 UTC), then 08:55 (25 of 30 working minutes: past 75%,
 * not yet due). In the future of the browser's own clock, so that session cookies are not already
 * expired; a fixed day early in a plan year, because the demo's supervision plan starts each coming
 * visit's case (with a task for this officer) two working days ahead, and a December demo crowds
 * the year's visits into its last weeks, whose new tasks would push the reminders out of the bell.
 */
const START = '2027-02-01T00:30:00Z';
const LATER = '2027-02-01T00:55:00Z';

let server: RunningServer | null = null;
let browser: Browser;
let dataDir: string;

async function apiLogin(url: string, email: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: (await res.json()).csrfToken as string };
}

async function startCase(url: string, s: { cookie: string; csrf: string }, subject: string): Promise<string> {
  const res = await fetch(`${url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
    body: JSON.stringify({ definitionKey: 'dalak-067-012', subject }),
  });
  expect(res.status).toBe(200);
  return (await res.json()).id;
}

function bell(page: Page) {
  return page.getByRole('banner').getByRole('button', { name: /^(Notifikasi|Notifications)/ });
}

async function bellLabel(page: Page): Promise<string | null> {
  return bell(page).getAttribute('aria-label');
}

describe('notification bell', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-e2e-bell-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows reminders past the 75% mark, opens the task from the bell and clears the count (id, then en)', async () => {
    server = await startServer({ SIGAP_CLOCK_START: START }, { dataDir });
    const officer = await apiLogin(server.url, FUNGSIONAL);
    const first = await startCase(server.url, officer, 'Pencabutan izin PT Lonceng Satu');
    const second = await startCase(server.url, officer, 'Pencabutan izin PT Lonceng Dua');
    await server.stop();
    server = await startServer({ SIGAP_CLOCK_START: LATER }, { dataDir });

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/office/login`);
    await page.getByRole('textbox', { name: /^Email/ }).fill(FUNGSIONAL);
    await page.getByRole('textbox', { name: /^Kata sandi/ }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(/\/office$/);

    // the sweep runs at start; the bell polls, a reload shows it at once. The demo office's own
    // work also reminds this officer, so the count is read, then followed
    const reminderOf = (caseId: string) =>
      page.locator(`a[href="/office/kasus/${caseId}"]`, { hasText: 'Tenggat tugas mendekat (75%)' });
    let unread = 0;
    await expect
      .poll(
        async () => {
          await page.reload();
          await bell(page).waitFor();
          await bell(page).click();
          const both = (await reminderOf(first).count()) + (await reminderOf(second).count());
          const label = (await bellLabel(page)) ?? '';
          unread = Number(/^Notifikasi, (\d+) belum dibaca$/.exec(label)?.[1] ?? 0);
          return both;
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toBe(2);
    expect(unread).toBeGreaterThanOrEqual(2);
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await screenshot(page, 'notifications-bell-id');
    await reminderOf(first).click();
    await page.waitForURL((u) => u.pathname === `/office/kasus/${first}`);
    await page.getByRole('region', { name: /^Langkah 1 · / }).waitFor();
    await expect.poll(() => bellLabel(page)).toBe(`Notifikasi, ${unread - 1} belum dibaca`);

    // the same in English: the other reminder opens the other task and leaves the count; mark all read clears it
    await page
      .getByRole('radiogroup', { name: /^(Bahasa|Language)$/ })
      .first()
      .getByText('EN', { exact: true })
      .click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(() => bellLabel(page)).toBe(`Notifications, ${unread - 1} unread`);
    await bell(page).click();
    await reminderOf(second).waitFor();
    await screenshot(page, 'notifications-bell-en');
    await reminderOf(second).click();
    await page.waitForURL((u) => u.pathname === `/office/kasus/${second}`);
    await page.getByRole('region', { name: /^Step 1 · / }).waitFor();
    const left = unread - 2;
    await expect
      .poll(() => bellLabel(page))
      .toBe(left > 0 ? `Notifications, ${left} unread` : 'Notifications');
    if (left > 0) {
      await bell(page).click();
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await expect.poll(() => bellLabel(page)).toBe('Notifications');
    }
    await context.close();
  });
});

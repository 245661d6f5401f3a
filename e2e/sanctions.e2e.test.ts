import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * Revocation by court decision end to end (issue 11 item 6, SOP 067/013), in Indonesian and in
 * English: the control officer opens a demo company, records the revocation with the court
 * decision's number (first without it: the form names the field), and the company page shows
 * every licence revoked and the revocation in its sanctions history.
 */

// Wednesday 16 December 2026, 11:00 WITA (later than the machine's clock, so session cookies have not expired)
const START = '2026-12-16T03:00:00Z';
const PASSWORD = 'sigap-demo-2026';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ SIGAP_CLOCK_START: START });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function office(lang: 'id' | 'en', email: string): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  const page = await context.newPage();
  await page.goto(`${server.url}/office/login`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.getByRole('button', { name: lang === 'id' ? 'Masuk' : 'Log in' }).click();
  await page.waitForURL(/\/office$/);
  return page;
}

const WORDS = {
  id: {
    sanctions: 'Sanksi',
    licences: 'Perizinan',
    court: 'Catat pencabutan berdasarkan putusan pengadilan',
    number: 'Nomor putusan pengadilan',
    issue: 'Terbitkan',
    required: 'Nomor putusan pengadilan wajib diisi.',
    revoked: 'Dicabut',
    revocation: 'Pencabutan',
    done: 'Izin perusahaan sudah dicabut; tidak ada tahap berikutnya.',
  },
  en: {
    sanctions: 'Sanctions',
    licences: 'Licences',
    court: 'Record a revocation by court decision',
    number: 'Court decision number',
    issue: 'Issue',
    required: 'Court decision number is required.',
    revoked: 'Revoked',
    revocation: 'Revocation',
    done: "The company's licences are revoked; there is no further step.",
  },
} as const;

describe.each(['id', 'en'] as const)('a revocation by court decision (%s)', (lang) => {
  const w = WORDS[lang];
  it('revokes every licence of the company and shows it on the company page', async () => {
    const page = await office(lang, 'pengolah.kaltim@sigap.test');
    // the Indonesian run takes the first company of the registry, the English one the second
    const company = await page.evaluate(
      async (i) => {
        const res = await fetch('/api/control/companies?pageSize=5');
        const body = (await res.json()) as { items: { id: string; licences: number }[] };
        return body.items.filter((c) => c.licences > 0)[i]!.id;
      },
      lang === 'id' ? 0 : 1,
    );
    await page.goto(`${server.url}/office/perusahaan/${company}`);
    await expect
      .poll(() => page.getByRole('heading', { name: w.sanctions, level: 2 }).count(), { timeout: 15_000 })
      .toBe(1);
    await page.getByRole('button', { name: w.court }).click();
    const number = page.getByRole('textbox', { name: w.number });
    // the browser's own required check is bypassed to see the server name the field
    await number.evaluate((el) => el.removeAttribute('required'));
    await page.getByRole('button', { name: w.issue, exact: true }).click();
    await expect.poll(() => page.getByText(w.required).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await number.fill('123/Pdt.G/2026/PN Smr');
    await page.getByRole('button', { name: w.issue, exact: true }).click();
    await expect.poll(() => page.getByText(w.done).count(), { timeout: 15_000 }).toBe(1);
    const licences = page.getByRole('table', { name: w.licences });
    const rows = await licences.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await expect
      .poll(() => licences.getByText(w.revoked, { exact: true }).count(), { timeout: 15_000 })
      .toBe(rows);
    const history = page.getByRole('table', { name: w.sanctions });
    expect(await history.getByText(w.revocation, { exact: true }).count()).toBe(1);
    expect(await history.getByText('123/Pdt.G/2026/PN Smr').count()).toBe(1);
    expect(await seriousViolations(page), 'axe on the company page').toEqual([]);
    await screenshot(page, `sanctions-revoked-${lang}`);
  }, 120_000);
});

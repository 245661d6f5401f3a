import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * LKPM verification end to end (issue 11 item 2, SOP 067/006), in Indonesian and in English:
 * the verifier opens a report waiting in the LKPM list (the demo's), returns it with the
 * machinery value to correct and a note, the helpdesk records the company's correction, and the
 * verifier approves it; the page's status and history follow each step.
 */

// Wednesday 16 December 2026, 11:00 WITA (later than the machine's clock, so session cookies have not expired)
const START = '2026-12-16T03:00:00Z';

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
  return logInToOffice(await context.newPage(), server.url, email, lang);
}

const WORDS = {
  id: {
    list: 'Laporan LKPM',
    statusFilter: 'Status',
    machinery: 'Mesin dan peralatan',
    note: 'Catatan untuk Mesin dan peralatan',
    return: 'Kembalikan untuk perbaikan',
    approve: 'Setujui',
    correct: 'Catat perbaikan perusahaan',
    machineryInput: 'Mesin dan peralatan (Rp)',
    states: ['PERLU PERBAIKAN', 'SUDAH DIPERBAIKI', 'DISETUJUI'],
    history: ['Dikembalikan untuk perbaikan', 'Perbaikan diterima', 'Disetujui'],
  },
  en: {
    list: 'LKPM reports',
    statusFilter: 'Status',
    machinery: 'Machinery and equipment',
    note: 'Note on Machinery and equipment',
    return: 'Return for correction',
    approve: 'Approve',
    correct: "Record the company's correction",
    machineryInput: 'Machinery and equipment (Rp)',
    states: ['NEEDS CORRECTION', 'CORRECTED', 'APPROVED'],
    history: ['Returned for correction', 'Correction received', 'Approved'],
  },
} as const;

describe.each(['id', 'en'] as const)('an LKPM report returned for correction, then approved (%s)', (lang) => {
  const w = WORDS[lang];
  it('goes from the verifier to the helpdesk and back, and ends approved', async () => {
    // the Indonesian run takes the submitted report, the English one the corrected report
    const status = lang === 'id' ? 'submitted' : 'corrected';
    const verifier = await office(lang, 'verifikator.kaltim@sigap.test');
    await verifier.goto(`${server.url}/office/lkpm?status=${status}`);
    await expect.poll(() => verifier.getByRole('heading', { name: w.list, level: 1 }).count()).toBe(1);
    const table = verifier.getByRole('table', { name: w.list });
    await table.getByRole('link').first().click();
    await verifier.waitForURL(/\/office\/lkpm\/[0-9a-f-]{36}$/);
    const url = verifier.url();
    expect(await seriousViolations(verifier), 'axe on the report page').toEqual([]);
    await screenshot(verifier, `lkpm-report-${lang}`);

    await verifier.getByRole('checkbox', { name: w.machinery }).check();
    await verifier.getByRole('textbox', { name: w.note }).fill('Nilai mesin berbeda dengan faktur impor.');
    await verifier.getByRole('button', { name: w.return }).click();
    await expect.poll(() => verifier.getByTestId('lkpm-status').textContent()).toBe(w.states[0]);
    expect(await verifier.getByRole('button', { name: w.approve }).count()).toBe(0);

    const helpdesk = await office(lang, 'helpdesk.kaltim@sigap.test');
    await helpdesk.goto(url);
    await expect.poll(() => helpdesk.getByTestId('lkpm-status').textContent()).toBe(w.states[0]);
    await expect
      .poll(() => helpdesk.getByText('Nilai mesin berbeda dengan faktur impor.').count())
      .toBeGreaterThan(0);
    const machinery = helpdesk.getByRole('textbox', { name: w.machineryInput });
    await machinery.fill('3100000000');
    await helpdesk.getByRole('button', { name: w.correct }).click();
    await expect.poll(() => helpdesk.getByTestId('lkpm-status').textContent()).toBe(w.states[1]);

    await verifier.reload();
    await expect.poll(() => verifier.getByTestId('lkpm-status').textContent()).toBe(w.states[1]);
    await verifier.getByRole('button', { name: w.approve }).click();
    await expect.poll(() => verifier.getByTestId('lkpm-status').textContent()).toBe(w.states[2]);
    for (const h of w.history)
      expect(await verifier.getByText(h, { exact: true }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(verifier), 'axe after approval').toEqual([]);
    await screenshot(verifier, `lkpm-approved-${lang}`);
  }, 120_000);
});

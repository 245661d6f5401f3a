import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * The company registry by hand (issue 11 item 1), in Indonesian: the control division's officer
 * adds a company the OSS export has not brought yet (a NIB of 12 digits is refused under the
 * NIB field, nothing is stored), corrects its risk level, and adds a licence; the company page
 * shows each change.
 */

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function office(email: string): Promise<Page> {
  context = await newContext(browser);
  return logInToOffice(await context.newPage(), server.url, email);
}

describe('the company registry by hand', () => {
  it('adds a company (a bad NIB named first), edits it and adds a licence', async () => {
    const page = await office('pengolah.kaltim@sigap.test');
    await page.goto(`${server.url}/office/perusahaan`);
    await page.getByRole('region', { name: 'Daftar perusahaan', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tambah perusahaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah perusahaan' });
    await dialog.getByRole('textbox', { name: /^NIB/ }).fill('912345678901');
    await dialog.getByRole('textbox', { name: /^Nama perusahaan/ }).fill('PT Contoh Tambak Lestari');
    await dialog.getByLabel(/^KBLI/).fill('03221');
    await dialog.getByLabel(/^KBLI/).press('Enter');
    await dialog.getByRole('textbox', { name: /^Kabupaten\/kota/ }).fill('Kabupaten Paser');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.getByText(/NIB.*13/).count()).toBeGreaterThan(0);
    await screenshot(page, 'registry-company-bad-nib');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('textbox', { name: /^NIB/ }).fill('9123456789012');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/\/office\/perusahaan\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'PT Contoh Tambak Lestari', level: 1 }).count())
      .toBe(1);
    await expect.poll(() => page.getByText('Tingkat risiko: Rendah').count()).toBe(1);

    await page.getByRole('button', { name: 'Ubah data' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah data perusahaan' });
    await edit.getByLabel(/^Tingkat risiko/).click();
    await page.getByRole('option', { name: 'Menengah tinggi' }).click();
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('Tingkat risiko: Menengah tinggi').count()).toBe(1);

    await page.getByRole('button', { name: 'Tambah perizinan' }).click();
    const lic = page.getByRole('dialog', { name: 'Tambah perizinan' });
    await lic.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => lic.getByText(/Nomor/).count()).toBeGreaterThan(1); // the label and its message
    await lic.getByRole('textbox', { name: /^Nomor/ }).fill('SS-2026-000123');
    await lic.getByLabel('Tanggal terbit').fill('2026-11-02');
    await lic.getByRole('button', { name: 'Simpan' }).click();
    const licences = page.getByRole('table', { name: 'Perizinan' });
    await expect.poll(() => licences.getByText('SS-2026-000123').count()).toBe(1);
    await expect.poll(() => licences.getByText('Sertifikat standar').count()).toBe(1);
    await screenshot(page, 'registry-company-page');
  }, 120_000);
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * Published service standards (issue 10 item 1): the administrator of BKPM sets the channels the
 * agency runs; the public reads the one-on-one meeting's standard (seed 000) in Indonesian and
 * in English, its components in the seed's order, with those channels.
 */

const PASSWORD = 'sigap-demo-2026';
const LAPOR = 'https://www.lapor.go.id/instansi/badan-koordinasi-penanaman-modal-bkpm';

let server: RunningServer;
let browser: Browser;
let bkpm = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // SIGAP_WEB_DIST lets a run use its own build of the web app (the default is apps/web/dist)
  server = await startServer(
    process.env.SIGAP_WEB_DIST ? { SIGAP_WEB_DIST: process.env.SIGAP_WEB_DIST } : {},
  );
  browser = await launchBrowser();
  const { agencies } = (await (await fetch(`${server.url}/api/public/agencies`)).json()) as {
    agencies: Array<{ id: string; code: string }>;
  };
  bkpm = agencies.find((a) => a.code === 'bkpm')!.id;
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function open(lang: 'id' | 'en'): Promise<Page> {
  const context = await newContext(browser, { locale: lang === 'en' ? 'en-GB' : 'id-ID' });
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

const headings = (page: Page) => page.getByRole('heading', { level: 2 }).allTextContents();

describe('service standards on the portal', () => {
  it("the administrator sets the agency's complaint and survey channels in the office", async () => {
    const page = await open('id');
    await page.goto(`${server.url}/office/login`);
    await page.getByRole('textbox', { name: /^Email/ }).fill('admin.bkpm@sigap.test');
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(/\/office$/);
    await page.goto(`${server.url}/office/saluran-layanan`);
    await page.getByRole('heading', { level: 1, name: 'Saluran pengaduan dan survei' }).waitFor();
    // the channels form (the page also holds the service-request mailbox form, with its own Simpan)
    const channels = page.locator('form').filter({ has: page.getByRole('textbox', { name: 'Call center' }) });
    await page.getByRole('textbox', { name: 'Call center' }).fill('169');
    await page.getByRole('textbox', { name: 'Email pengaduan' }).fill('pengaduan@bkpm.go.id');
    // a bad address is refused, naming the field
    await page.getByRole('textbox', { name: 'Laman LAPOR!' }).fill('lapor.go.id');
    await channels.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Laman LAPOR! formatnya tidak valid.').first().waitFor();
    expect(await seriousViolations(page), 'axe on the channels page').toEqual([]);
    await screenshot(page, 'service-channels-refused');
    await page.getByRole('textbox', { name: 'Laman LAPOR!' }).fill(LAPOR);
    await channels.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Saluran disimpan.').waitFor();
    await screenshot(page, 'service-channels');
  }, 120_000);

  it("shows the one-on-one meeting's standard in Indonesian, in the seed's order, with the channels", async () => {
    const page = await open('id');
    await page.goto(`${server.url}/standar-pelayanan`);
    await page.getByRole('heading', { level: 1, name: 'Standar pelayanan' }).waitFor();
    // the reader picks the ministry among the agencies
    await page.getByRole('combobox', { name: 'Instansi' }).click();
    await page.getByRole('option', { name: /^BKPM –/ }).click();
    await page.getByRole('link', { name: /Standar Pelayanan Fasilitas Kendala Teknis Sistem/ }).waitFor();
    await page.getByText('Tidak dipungut biaya').nth(1).waitFor();
    expect(await page.getByText('Tidak dipungut biaya').count()).toBe(2);
    await page.getByRole('link', { name: /Standar Pelayanan Kegiatan One-On-One Meeting/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /Standar Pelayanan Kegiatan One-On-One Meeting/ })
      .waitFor();
    expect(await headings(page)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya / Tarif',
      'Produk Pelayanan',
      'Pengaduan Layanan',
      'Saluran pengaduan dan survei Kementerian Investasi dan Hilirisasi/BKPM',
    ]);
    await page.getByText('SK No 177 Tahun 2024').waitFor();
    await page.getByText('Nomor kontak personal yang dapat dihubungi.').waitFor();
    await page.getByText('5 Hari kerja').waitFor();
    await page.getByText('Penyelenggaraan One-on-One Meeting').waitFor();
    const channels = page.getByRole('region', { name: /Saluran pengaduan dan survei/ });
    await channels.getByRole('link', { name: '169' }).waitFor();
    await channels.getByRole('link', { name: LAPOR }).waitFor();
    expect(await seriousViolations(page), 'axe on the standard (id)').toEqual([]);
    await screenshot(page, 'service-standard-id');
  }, 120_000);

  it('shows it in English with the Indonesian original beside each line', async () => {
    const page = await open('en');
    await page.goto(`${server.url}/standar-pelayanan/pertemuan-one-on-one?instansi=${bkpm}`);
    await page.getByRole('heading', { level: 1, name: /Service standard for one-on-one meetings/ }).waitFor();
    expect(await headings(page)).toEqual([
      'Requirements',
      'System, mechanism and procedure',
      'Completion time',
      'Cost / fee',
      'Service product',
      'Complaints about the service',
      'Complaint and survey channels of Kementerian Investasi dan Hilirisasi/BKPM',
    ]);
    await page.getByText('Free of charge').waitFor();
    // the binding Indonesian text stays beside the translation
    await page.getByText('Tidak dipungut biaya').waitFor();
    await page.getByText('5 working days').waitFor();
    const channels = page.getByRole('region', { name: /Complaint and survey channels/ });
    await channels.getByText('Call centre').waitFor();
    await channels.getByRole('link', { name: 'pengaduan@bkpm.go.id' }).waitFor();
    expect(await seriousViolations(page), 'axe on the standard (en)').toEqual([]);
    await screenshot(page, 'service-standard-en');
  }, 120_000);
});

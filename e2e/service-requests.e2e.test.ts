import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * Service requests end to end (issue 10): an investor asks for a one-on-one meeting on the
 * portal, is refused until item (b) (the planned investment) is filled, then tracks the request
 * by its LAY code and PIN on /lacak; a facilitation request refuses a date 4 working days out
 * (Christmas and its collective leave in between) and accepts 5; a priority request shows
 * its flag in the office list. Each in Indonesian and in English.
 */

// Friday 18 December 2026, 09:00 WIB: Thu 24 Dec is collective leave and Fri 25 Dec Christmas,
// so the 5 working days run Mon 21, Tue 22, Wed 23, Mon 28, Tue 29 December
const START = '2026-12-18T02:00:00Z';
const PASSWORD = 'sigap-demo-2026';

let server: RunningServer;
let browser: Browser;
let dir: string;
let pdfPath: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sigap-sr-e2e-'));
  pdfPath = path.join(dir, 'profil.pdf');
  writeFileSync(pdfPath, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'));
  server = await startServer({ SIGAP_CLOCK_START: START });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function portal(lang: 'id' | 'en'): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  return context.newPage();
}

async function expectAccessible(page: Page, what: string) {
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
}

const WORDS = {
  id: {
    card: 'Pertemuan one-on-one dengan Menteri/Deputi',
    name: 'Nama pemohon',
    identity: 'Identitas (jabatan, perusahaan, nomor identitas)',
    email: 'Email personal',
    phone: 'Nomor kontak personal',
    whatsapp: 'Nomor WhatsApp',
    minister: 'Menteri Investasi/Kepala BKPM',
    sector: 'Sektor',
    kbli: 'KBLI (5 digit)',
    location: 'Lokasi',
    timeline: 'Rencana waktu',
    value: 'Nilai investasi',
    topics: 'Topik yang akan didiskusikan (c)',
    chronology: 'Kronologi kendala',
    reference: 'Nomor referensi konsultasi sebelumnya',
    confirm: 'Saya menyatakan kendala ini tidak dapat diselesaikan oleh unit layanan reguler',
    date: 'Usulan tanggal fasilitasi',
    priority: 'Pelayanan prioritas (datang langsung ke kantor)',
    elderly: 'Lanjut usia',
    submit: 'Kirim permohonan',
    required: 'wajib diisi',
    earliest: '29 Desember 2026',
    sent: 'Permohonan terkirim',
    trackCode: 'Kode pelacakan',
    trackButton: 'Lacak',
    service: 'Kegiatan One-on-One Meeting',
    status: 'Diterima',
    flag: 'Prioritas: Lanjut usia',
  },
  en: {
    card: 'One-on-one meeting with the Minister/Deputy',
    name: "Applicant's name",
    identity: 'Identity (position, company, identity number)',
    email: 'Personal email',
    phone: 'Personal contact number',
    whatsapp: 'WhatsApp number',
    minister: 'Minister of Investment/Head of BKPM',
    sector: 'Sector',
    kbli: 'KBLI (5 digits)',
    location: 'Location',
    timeline: 'Timeline',
    value: 'Investment value',
    topics: 'Topics to discuss (c)',
    chronology: 'Chronology of the issue',
    reference: 'Reference number of the earlier consultation',
    confirm: 'I confirm the regular service units could not solve this issue',
    date: 'Proposed facilitation date',
    priority: 'Priority service (visiting the office in person)',
    elderly: 'Elderly',
    submit: 'Send request',
    required: 'is required',
    earliest: '29 December 2026',
    sent: 'Request sent',
    trackCode: 'Tracking code',
    trackButton: 'Track',
    service: 'One-on-one meeting',
    status: 'Received',
    flag: 'Priority: Elderly',
  },
} as const;

for (const lang of ['id', 'en'] as const) {
  const w = WORDS[lang];
  describe(`service requests (${lang})`, () => {
    it('an investor asks for a one-on-one meeting: refused until item (b) is filled, then accepted and tracked', async () => {
      const page = await portal(lang);
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: w.card }).click();
      await page.locator('#sr-applicantName').fill('Kenji Watanabe');
      await page.locator('#sr-applicantIdentity').fill('Director, PT Sakura Baterai; passport TZ1234567');
      await page.locator('#sr-applicantEmail').fill(`kenji.${lang}@example.com`);
      await page.locator('#sr-contactPhone').fill('+81 90 1234 5678');
      await page.getByLabel(w.minister).check();
      await page.locator('#sr-topics').fill('Land in the industrial estate and EV battery incentives');
      await page.locator('input[type=file]').first().setInputFiles(pdfPath);
      await page.getByRole('button', { name: w.submit }).click();
      // item (b) is missing: each of its fields is named
      const kbliError = page
        .getByText(new RegExp(`${w.kbli.replace(/[()]/g, '\\$&')}.*${w.required}`))
        .first();
      await kbliError.waitFor();
      expect(await page.getByText(w.sent).count()).toBe(0);
      await expectAccessible(page, 'one-on-one form with errors');
      await page.locator('#sr-investmentSector').fill('Battery manufacturing');
      await page.locator('#sr-kbli').fill('27201');
      await page.locator('#sr-investmentLocation').fill('Batang, Central Java');
      await page.locator('#sr-investmentTimeline').fill('2027-2029');
      await page.locator('#sr-investmentValue').fill('250.000.000');
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByText(w.sent).waitFor();
      const code = (await page.getByTestId('receipt-code').textContent())?.trim() ?? '';
      const pin = (await page.getByTestId('receipt-pin').textContent())?.trim() ?? '';
      expect(code).toMatch(/^LAY-/);
      expect(pin).toMatch(/^\d{6}$/);
      await screenshot(page, `service-request-receipt-${lang}`);
      await expectAccessible(page, 'one-on-one receipt');
      // tracked on /lacak, which tells it from a complaint by its prefix
      await page.goto(`${server.url}/lacak`);
      await page.locator('#track-code').fill(code);
      await page.locator('#track-pin').fill(pin);
      await page.getByRole('button', { name: w.trackButton, exact: true }).click();
      await page.getByRole('heading', { name: `${w.service} · ${code}` }).waitFor();
      await page.getByText(w.status, { exact: true }).first().waitFor();
      await expectAccessible(page, 'tracking a service request');
    });

    it('a facilitation request refuses a date 4 working days out and accepts 5; the priority flag shows in the office list', async () => {
      const page = await portal(lang);
      await page.goto(`${server.url}/permohonan-layanan/fasilitasi-kendala-teknis`);
      await page.getByText(w.earliest, { exact: false }).first().waitFor();
      await page.locator('#sr-applicantName').fill(`Sri Lestari ${lang.toUpperCase()}`);
      await page.locator('#sr-applicantIdentity').fill('Owner of CV Batik Lestari, NIK 3372010101500003');
      await page.locator('#sr-applicantEmail').fill(`sri.${lang}@example.com`);
      await page.locator('#sr-whatsapp').fill('0812 2700 3311');
      await page
        .locator('#sr-chronology')
        .fill('The OSS system rejects our KBLI amendment with a system error since last week.');
      await page.locator('#sr-consultationReference').fill('HD-OSS-2026-11873');
      await page.getByLabel(w.confirm).check();
      await page.locator('input[type=file]').last().setInputFiles(pdfPath);
      await page.locator('#sr-proposedDate').fill('2026-12-28');
      await page.getByRole('combobox', { name: w.priority }).click();
      await page.getByRole('option', { name: w.elderly }).click();
      await page.getByRole('button', { name: w.submit }).click();
      await page
        .getByText(new RegExp(`${w.date}.*${w.earliest}`))
        .first()
        .waitFor();
      expect(await page.getByText(w.sent).count()).toBe(0);
      await page.locator('#sr-proposedDate').fill('2026-12-29');
      await page.getByRole('button', { name: w.submit }).click();
      await page.getByText(w.sent).waitFor();
      await page.getByText(w.flag, { exact: false }).first().waitFor();
      const context = await newContext(browser);
      contexts.push(context);
      await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
      const office = await context.newPage();
      await office.goto(`${server.url}/office/login`);
      await office.getByRole('textbox', { name: /^Email/ }).fill('tu.ti.bkpm@sigap.test');
      await office.locator('input[type=password]').fill(PASSWORD);
      await office.getByRole('button', { name: lang === 'id' ? 'Masuk' : 'Log in' }).click();
      await office.waitForURL(/\/office$/);
      await office.goto(`${server.url}/office/permohonan-layanan?priority=true`);
      // the new request's row (the applicant has no company, so the list names her) carries the flag
      const row = office.getByRole('row').filter({ hasText: `Sri Lestari ${lang.toUpperCase()}` });
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain(w.flag);
      await screenshot(office, `service-request-list-${lang}`);
      await expectAccessible(office, 'office service-request list');
    });
  });
}

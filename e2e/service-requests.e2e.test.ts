import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  launchBrowser,
  logInToOffice,
  newContext,
  screenshot,
  seriousViolations,
} from './support/browser';
import { type MailCatcher, startMailCatcher } from './support/mail';
import { type RunningServer, startServer } from './support/server';

/**
 * Service requests end to end (issue 10): an investor asks for a one-on-one meeting on the
 * portal, is refused until item (b) (the planned investment) is filled, then tracks the request
 * by its LAY code and PIN on /lacak; a facilitation request refuses a date 4 working days out
 * (Christmas and its collective leave in between) and accepts 5; a priority request shows
 * its flag in the office list and the shared inbox, and is registered, assigned, rescheduled
 * (the applicant emailed) and finished with an online meeting and minutes by the staff through
 * the office pages; the administration office registers a one-on-one request from a letter of
 * the agenda book, due 5 working days after receipt around Christmas. Each in Indonesian and in
 * English.
 */

// Friday 18 December 2026, 09:00 WIB: Thu 24 Dec is collective leave and Fri 25 Dec Christmas,
// so the 5 working days run Mon 21, Tue 22, Wed 23, Mon 28, Tue 29 December
const START = '2026-12-18T02:00:00Z';

let server: RunningServer;
let smtp: MailCatcher;
let browser: Browser;
let dir: string;
let pdfPath: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sigap-sr-e2e-'));
  pdfPath = path.join(dir, 'profil.pdf');
  writeFileSync(pdfPath, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'));
  // a real SMTP server receives what Sigap sends the applicants
  smtp = await startMailCatcher();
  server = await startServer({
    SIGAP_CLOCK_START: START,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Sigap <no-reply@sigap.test>',
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function portal(lang: 'id' | 'en'): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  return context.newPage();
}

async function office(lang: 'id' | 'en', email: string): Promise<Page> {
  return logInToOffice(await portal(lang), server.url, email, lang);
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
    registerLetter: 'Catat surat masuk',
    sender: 'Pengirim',
    letterNumber: 'Nomor surat',
    letterDate: 'Tanggal surat',
    receivedDate: 'Tanggal diterima',
    receivedTime: /^Jam diterima/,
    subject: 'Perihal',
    saveLetter: 'Simpan',
    startCase: 'Mulai kasus',
    startSubmit: 'Mulai kasus',
    fromLetter: 'Menindaklanjuti surat masuk agenda',
    addressee: 'Surat ditujukan kepada',
    currency: 'Mata uang',
    saveRequest: 'Simpan',
    registered: 'Permohonan dicatat',
    supportingWithLetter: 'Data dukung diterima bersama surat',
    replyDue: '29 Desember 2026',
    registerStep: 'Catat di e-office dan teruskan',
    assign: 'Tunjuk petugas',
    newDate: 'Tanggal baru yang disepakati',
    reason: 'Alasan / kesepakatan',
    reschedule: 'Jadwalkan ulang',
    newDateShown: '30 Desember 2026',
    meetingLink: 'Tautan pertemuan',
    attendees: 'Peserta',
    minutes: 'Notula',
    finish: 'Selesaikan fasilitasi',
    finished: 'Selesai',
    inProgress: 'Diproses',
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
    registerLetter: 'Register an incoming letter',
    sender: 'Sender',
    letterNumber: 'Letter number',
    letterDate: 'Letter date',
    receivedDate: 'Date received',
    receivedTime: /^Time received/,
    subject: 'Subject',
    saveLetter: 'Save',
    startCase: 'Start a case',
    startSubmit: 'Start the case',
    fromLetter: 'Following up incoming letter',
    addressee: 'Letter addressed to',
    currency: 'Currency',
    saveRequest: 'Save',
    registered: 'Request registered',
    supportingWithLetter: 'Supporting data came with the letter',
    replyDue: '29 December 2026',
    registerStep: 'Register in e-office and pass on',
    assign: 'Assign an officer',
    newDate: 'New agreed date',
    reason: 'Reason / agreement',
    reschedule: 'Reschedule',
    newDateShown: '30 December 2026',
    meetingLink: 'Meeting link',
    attendees: 'Attendees',
    minutes: 'Minutes',
    finish: 'Finish the facilitation',
    finished: 'Finished',
    inProgress: 'In progress',
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
      await office.locator('input[type=password]').fill(DEMO_PASSWORD);
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
    it('the staff register, assign, reschedule (the applicant is emailed) and finish it with an online meeting and minutes; the priority flag shows in the shared inbox', async () => {
      const who = `Sri Lestari ${lang.toUpperCase()}`;
      // the administration office's shared inbox: the request's task carries the flag
      const tu = await office(lang, 'tu.ti.bkpm@sigap.test');
      await tu.goto(`${server.url}/office/inbox?tab=unit`);
      const task = tu.getByRole('row').filter({ hasText: who });
      await task.first().waitFor();
      expect(await task.first().textContent()).toContain(w.flag);
      await screenshot(tu, `service-request-inbox-flag-${lang}`);
      await expectAccessible(tu, 'inbox with a priority flag');
      // the request page: registered in e-office and passed on
      await tu.goto(`${server.url}/office/permohonan-layanan?priority=true`);
      await tu.getByRole('row').filter({ hasText: who }).getByRole('link').first().click();
      await tu.waitForURL(/\/office\/permohonan-layanan\/[0-9a-f-]{36}$/);
      const requestUrl = tu.url();
      await tu.getByRole('button', { name: w.registerStep }).click();
      await tu.getByRole('button', { name: w.registerStep }).waitFor({ state: 'detached' });
      // the Director assigns an officer
      const director = await office(lang, 'direktur.spb.bkpm@sigap.test');
      await director.goto(requestUrl);
      await director.getByRole('button', { name: w.assign }).click();
      await director.getByRole('button', { name: w.assign }).waitFor({ state: 'detached' });
      // the officer reschedules by agreement: the history keeps both dates and the applicant is emailed
      const officer = await office(lang, 'staf.spb.bkpm@sigap.test');
      await officer.goto(requestUrl);
      await officer.getByLabel(w.newDate).fill('2026-12-30');
      const agreement = `Disepakati lewat telepon dengan ${who}`;
      await officer.getByLabel(w.reason).fill(agreement);
      await officer.getByRole('button', { name: w.reschedule }).click();
      await officer.getByText(w.newDateShown).first().waitFor();
      await smtp.waitFor((m) => m.to === `sri.${lang}@example.com` && m.text.includes(agreement), 30_000);
      // finished with an online meeting and its minutes
      await officer.getByLabel(w.meetingLink).fill('https://meet.example.com/sigap-fasilitasi');
      await officer.getByLabel(w.attendees).fill(`${who}; Rizky Pratama (Dit. SPB)`);
      await officer
        .getByLabel(w.minutes)
        .fill('The KBLI amendment failed on a stale OSS session; cleared together and submitted again.');
      await officer.getByRole('button', { name: w.finish }).click();
      await officer.getByText(w.finished, { exact: true }).first().waitFor();
      await officer.getByText('https://meet.example.com/sigap-fasilitasi').waitFor();
      await screenshot(officer, `service-request-finished-${lang}`);
      await expectAccessible(officer, 'finished facilitation request');
    });

    it('the administration office registers a one-on-one request from a letter of the agenda book; the reply is due 5 working days after receipt', async () => {
      const tu = await office(lang, 'tu.promosi.bkpm@sigap.test');
      await tu.goto(`${server.url}/office/surat-masuk`);
      await tu.getByRole('button', { name: w.registerLetter }).click();
      const subject = `Permohonan audiensi PT Andalas Geothermal (${lang})`;
      const modal = tu.getByRole('dialog');
      await modal.getByLabel(w.sender).fill('PT Andalas Geothermal Energi');
      await modal.getByLabel(w.letterNumber).fill(`031/AGE/XII/2026-${lang}`);
      await modal.getByLabel(w.letterDate).fill('2026-12-17');
      // received Friday 18 December 08:30 WIB
      await modal.getByLabel(w.receivedDate).fill('2026-12-18');
      await modal.getByLabel(w.receivedTime).fill('08:30');
      await modal.getByLabel(w.subject).fill(subject);
      await modal.locator('input[type=file]').setInputFiles(pdfPath);
      await modal.getByRole('button', { name: w.saveLetter }).click();
      await modal.waitFor({ state: 'detached' });
      // followed up from its row: the SOP of seed 000 opens the service-request form
      await tu
        .getByRole('row')
        .filter({ hasText: subject })
        .getByRole('button', { name: w.startCase })
        .click();
      const start = tu.getByRole('dialog');
      await start.getByRole('combobox', { name: /^SOP/ }).fill('SK 177');
      await tu.getByRole('option', { name: /SK 177\/2024/ }).click();
      await start.getByRole('button', { name: w.startSubmit }).click();
      await tu.waitForURL(/\/office\/permohonan-layanan\/baru\?surat=/);
      await tu.getByText(w.fromLetter).waitFor();
      await tu.getByLabel(w.name).fill('Rahmat Hidayat');
      await tu.getByLabel(w.identity).fill('Direktur Utama PT Andalas Geothermal Energi');
      await tu.getByLabel(w.email, { exact: true }).fill(`rahmat.${lang}@andalas-geo.example`);
      await tu.getByLabel(w.phone).fill('0812 6600 1122');
      await tu.getByRole('combobox', { name: w.addressee }).click();
      await tu.getByRole('option', { name: w.minister }).click();
      await tu.getByLabel(w.sector, { exact: true }).fill('Geothermal power');
      await tu.getByLabel(w.kbli).fill('35111');
      await tu.getByLabel(w.location, { exact: true }).fill('Solok Selatan, West Sumatra');
      await tu.getByLabel(w.timeline).fill('2027-2030');
      await tu.getByLabel(w.value).fill('400000000');
      await tu
        .getByLabel(w.topics)
        .fill('Exploration permit timeline and the electricity purchase agreement');
      await tu.getByLabel(w.supportingWithLetter).check();
      await screenshot(tu, `service-request-from-letter-form-${lang}`);
      await tu.getByRole('button', { name: w.saveRequest, exact: true }).click();
      await tu.getByText(w.registered).waitFor();
      // 5 working days from Fri 18 Dec 08:30: Mon 21, Tue 22, Wed 23, (24 collective leave, 25
      // Christmas) Mon 28, Tue 29 December 08:30
      await tu.getByText(w.replyDue).first().waitFor();
      await screenshot(tu, `service-request-from-letter-${lang}`);
      await expectAccessible(tu, 'request registered from a letter');
      // the agenda book shows the letter followed up
      await tu.goto(`${server.url}/office/surat-masuk`);
      const row = tu.getByRole('row').filter({ hasText: subject });
      await row.getByText(/^(SOP|LAY)-2026-\d{6}$/).waitFor();
    });
  });
}

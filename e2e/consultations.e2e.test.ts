import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type MailCatcher, startMailCatcher } from './support/mail';
import { type RunningServer, startServer } from './support/server';

/**
 * Consultations end to end (issue 11 item 3): a business opens a virtual consultation (Kolosal,
 * SOP 067/007) on the portal, is refused first with an NIB not in the agency's registry (the field
 * named), then gets its ticket number and the acknowledgement by email; the control division
 * schedules it with a meeting link (the business is emailed the time and link), records the
 * outcome and the minutes after it was held, and the ticket is done (the outcome emailed).
 * In Indonesian and in English.
 */

// Monday 14 December 2026, 09:00 WITA (DPMPTSP Kaltim)
const START = '2026-12-14T01:00:00Z';

let server: RunningServer;
let smtp: MailCatcher;
let browser: Browser;
let nib: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startMailCatcher();
  server = await startServer({
    SIGAP_CLOCK_START: START,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Sigap <no-reply@sigap.test>',
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function page(lang: 'id' | 'en'): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  return context.newPage();
}

async function expectAccessible(p: Page, what: string) {
  expect(await seriousViolations(p), `axe on ${what}`).toEqual([]);
}

const WORDS = {
  id: {
    virtual: /Konsultasi virtual/,
    nib: 'NIB perusahaan',
    name: 'Nama kontak',
    phone: 'Nomor telepon/WhatsApp',
    email: 'Email',
    topic: 'Topik',
    question: 'Pertanyaan atau permasalahan',
    date: 'Tanggal yang diusulkan',
    time: 'Jam yang diusulkan',
    send: 'Kirim',
    unknownNib: 'tidak terdaftar pada daftar perusahaan',
    received: 'Tiket Anda telah diterima',
    search: 'Cari nomor, perusahaan, NIB, kontak atau topik',
    link: 'Tautan pertemuan',
    schedule: 'Jadwalkan',
    scheduled: 'Dijadwalkan',
    outcome: 'Hasil konsultasi (dikirim ke pelaku usaha)',
    minutes: 'Berita acara / notulen',
    finish: 'Simpan hasil dan selesaikan',
    done: 'Selesai',
    lastLkpm: 'LKPM terakhir',
    scheduleMail: 'Jadwal konsultasi virtual',
    outcomeMail: 'Hasil',
    when: '16 Desember 2026 10.00 WITA',
  },
  en: {
    virtual: /Virtual consultation/,
    nib: 'Company NIB',
    name: 'Contact name',
    phone: 'Phone/WhatsApp number',
    email: 'Email',
    topic: 'Topic',
    question: 'Question or problem',
    date: 'Proposed date',
    time: 'Proposed time',
    send: 'Send',
    unknownNib: 'is not in this agency',
    received: 'Your ticket has been received',
    search: 'Search number, company, NIB, contact or topic',
    link: 'Meeting link',
    schedule: 'Schedule',
    scheduled: 'Scheduled',
    outcome: 'Outcome (sent to the business)',
    minutes: 'Minutes (Berita Acara / notulen)',
    finish: 'Save the outcome and finish',
    done: 'Done',
    lastLkpm: 'Last LKPM',
    scheduleMail: 'Virtual consultation schedule',
    outcomeMail: 'Outcome',
    when: '16 December 2026 10:00 WITA',
  },
} as const;

describe.each(['id', 'en'] as const)('a virtual consultation (%s)', (lang) => {
  const w = WORDS[lang];
  const email = `kolosal.${lang}@example.com`;
  let number = '';

  it('opens on the portal: an unknown NIB is refused by name, then the ticket number and the acknowledgement email', async () => {
    const staff = await logInToOffice(await page(lang), server.url, 'pengolah.kaltim@sigap.test', lang);
    // a registry company of the demo that filed an LKPM (the demo's consultations name them)
    const tickets = await (
      await staff.request.get(`${server.url}/api/control/consultations?pageSize=1`)
    ).json();
    nib = tickets.items[0].nib;
    expect(nib).toMatch(/^\d{13}$/);

    const p = await page(lang);
    await p.goto(`${server.url}/konsultasi`);
    await p.getByRole('radio', { name: w.virtual }).check();
    await p.getByLabel(w.nib).fill('9999999999999');
    await p.getByLabel(w.name).fill('Sari Kolosal');
    await p.getByLabel(w.phone).fill('+62 812 5555 0202');
    await p.getByLabel(w.email, { exact: false }).first().fill(email);
    await p.getByLabel(w.topic).fill('Perubahan lokasi proyek');
    await p
      .getByLabel(w.question)
      .fill('Kami akan memindahkan lokasi pabrik dan bertanya tentang perubahan izin serta LKPM.');
    await p.getByLabel(w.date).fill('2026-12-15');
    await p.getByLabel(w.time).fill('10:00');
    await expectAccessible(p, `portal form ${lang}`);
    await p.getByRole('button', { name: w.send, exact: true }).click();
    await expect.poll(() => p.getByRole('alert').first().textContent()).toContain(w.unknownNib);
    await expect.poll(async () => p.getByLabel(w.nib).getAttribute('aria-invalid')).toBe('true');
    await p.getByLabel(w.nib).fill(nib);
    await p.getByRole('button', { name: w.send, exact: true }).click();
    await p.getByText(w.received).waitFor();
    number = (await p.getByTestId('consultation-number').textContent()) ?? '';
    expect(number).toMatch(/^KON-2026-\d{5}$/);
    await expectAccessible(p, `portal receipt ${lang}`);
    await screenshot(p, `consultation-receipt-${lang}`);
    const ack = await smtp.waitFor((m) => m.to === email && m.subject.includes(number));
    expect(ack.text).toContain(number);
  });

  it('is scheduled with a meeting link (emailed), then answered with outcome and minutes: the ticket is done', async () => {
    const s = await logInToOffice(await page(lang), server.url, 'pengolah.kaltim@sigap.test', lang);
    await s.goto(`${server.url}/office/konsultasi`);
    await s.getByLabel(w.search).fill(number);
    // the search reaches the address once typing stops; then the list holds only this ticket
    await s.waitForURL(new RegExp(`q=${number}`));
    await s.getByRole('link', { name: number }).click();
    await s.getByRole('heading', { level: 1, name: number }).waitFor();
    await s.getByText(w.lastLkpm).waitFor();
    await s.locator('#cons-schedule-date').fill('2026-12-16');
    await s.locator('#cons-schedule-time').fill('10:00');
    const link = `https://meet.example.com/kolosal-${lang}`;
    await s.getByLabel(w.link).fill(link);
    await expectAccessible(s, `ticket page ${lang}`);
    await s.getByRole('button', { name: w.schedule, exact: true }).click();
    await s.getByText(w.scheduled, { exact: true }).first().waitFor();
    const mail = await smtp.waitFor((m) => m.to === email && m.subject.includes(w.scheduleMail));
    expect(mail.text).toContain(link);
    expect(mail.text).toContain(w.when);

    await s
      .getByLabel(w.outcome)
      .fill(
        'Pemindahan lokasi memerlukan pembaruan lokasi usaha di OSS RBA; LKPM berikutnya dilaporkan di lokasi baru.',
      );
    await s
      .getByLabel(w.minutes)
      .fill(
        'Notulen: hadir Sari Kolosal dan Pengolah Bidang Pengendalian; dibahas pemindahan lokasi pabrik.',
      );
    await s.getByRole('button', { name: w.finish }).click();
    await s.getByText(w.done, { exact: true }).first().waitFor();
    await s.getByText('Notulen: hadir Sari Kolosal').waitFor();
    await screenshot(s, `consultation-done-${lang}`);
    const outcome = await smtp.waitFor((m) => m.to === email && m.subject.includes(w.outcomeMail));
    expect(outcome.text).toContain('OSS RBA');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type MailCatcher, startMailCatcher } from './support/mail';
import { type RunningServer, startServer } from './support/server';

/**
 * A Bimtek end to end (issue 11 item 4, SOP 067/004): the control division's data processor
 * records a session for today, invites two registry companies (each invitation arrives at a
 * real SMTP server with the session's details), records attendance and the minutes; a
 * participant rates the session on the public survey page from the link it was emailed; the
 * guidance page then shows the attendance and the survey's average.
 */

// Wednesday 16 December 2026, 11:00 WITA (a working day; later than the machine's clock)
const START = '2026-12-16T03:00:00Z';
const TODAY = '2026-12-16';
const TITLE = 'Bimtek Uji Pengisian LKPM Triwulan IV';

let server: RunningServer;
let smtp: MailCatcher;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startMailCatcher();
  server = await startServer({
    SIGAP_CLOCK_START: START,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Sigap <no-reply@sigap.test>',
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function logIn(page: Page, email: string): Promise<Page> {
  await page.goto(`${server.url}/office/login`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type=password]').fill('sigap-demo-2026');
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(/\/office$/);
  return page;
}

async function page(lang: 'id' | 'en' = 'id'): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  return context.newPage();
}

describe('Bimtek with invitations, attendance, minutes and a survey', () => {
  it('runs from the new form to the survey average', async () => {
    const staff = await logIn(await page(), 'pengolah.kaltim@sigap.test');
    // two registry companies with a contact email (the demo registry's)
    const list = await staff.request.get(`${server.url}/api/control/companies?scale=large&pageSize=10`);
    const companies: Array<{ id: string; name: string }> = (await list.json()).items;
    const chosen: Array<{ name: string; email: string }> = [];
    for (const c of companies) {
      const full = await (await staff.request.get(`${server.url}/api/control/companies/${c.id}`)).json();
      if (full.contactEmail && !chosen.some((x) => x.email === full.contactEmail))
        chosen.push({ name: full.name, email: full.contactEmail });
      if (chosen.length === 2) break;
    }
    expect(chosen).toHaveLength(2);

    // the menu, the list and the new form
    await staff.getByRole('link', { name: 'Pembinaan', exact: true }).click();
    await staff.getByRole('heading', { name: 'Pembinaan', level: 1 }).waitFor();
    await staff.getByRole('link', { name: 'Pembinaan baru' }).click();
    await staff.getByRole('radio', { name: 'Bimbingan teknis (Bimtek)' }).check({ force: true });
    await staff.getByRole('textbox', { name: 'Judul kegiatan' }).fill(TITLE);
    await staff.getByLabel('Tanggal (hari kerja)').fill(TODAY);
    await staff.getByLabel('Jam mulai').fill('08:00');
    await staff.getByLabel('Jam selesai').fill('10:30');
    // neither a place nor a link: the form names the field
    await staff.getByRole('button', { name: 'Simpan dan mulai kasus' }).click();
    await staff.getByText('Tempat wajib diisi.').waitFor();
    await staff.getByRole('textbox', { name: 'Tempat' }).fill('Aula DPMPTSP Kaltim, Samarinda');
    await staff.getByRole('button', { name: 'Simpan dan mulai kasus' }).click();
    await staff.waitForURL(/\/office\/pembinaan\/[0-9a-f-]{36}$/);
    await staff.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // invitations: two companies found by name in the registry
    const picker = staff.getByRole('combobox', { name: 'Perusahaan' });
    for (const c of chosen) {
      await picker.fill(c.name);
      await staff.getByRole('option', { name: new RegExp(c.name.replace(/[.()]/g, '\\$&')) }).click();
    }
    await staff.getByRole('button', { name: 'Kirim undangan (2)' }).click();
    await staff.getByText('Undangan terkirim.').waitFor();
    for (const c of chosen) {
      const mail = await smtp.waitFor((m) => m.to === c.email && m.subject.includes(TITLE));
      expect(mail.subject).toBe(`Undangan pembinaan penanaman modal: ${TITLE}`);
      expect(mail.text).toContain('Rabu, 16 Desember 2026');
      expect(mail.text).toContain('08:00-10:30 WITA');
      expect(mail.text).toContain('Aula DPMPTSP Kaltim, Samarinda');
      expect(mail.text).toContain(`Yth. Pimpinan ${c.name}`);
    }

    // attendance on the day, and the minutes
    for (const [i, c] of chosen.entries()) {
      await staff.getByRole('checkbox', { name: `Hadir: ${c.name}` }).check();
      await staff
        .getByRole('textbox', { name: `Nama yang hadir: ${c.name}` })
        .fill(['Rina Marlina', 'Agus Salim'][i]!);
    }
    await staff.getByRole('button', { name: 'Simpan daftar hadir' }).click();
    await staff.getByText('Daftar hadir disimpan; peserta yang hadir menerima tautan survei.').waitFor();
    await staff.getByRole('heading', { name: 'Daftar hadir (2/2)' }).waitFor();
    await staff
      .getByRole('textbox', { name: 'Notulensi' })
      .fill('Peserta dijelaskan kewajiban LKPM triwulanan dan tata cara pengisian di OSS RBA; tanya jawab.');
    await staff.getByRole('button', { name: 'Simpan notulensi' }).click();
    await staff.getByText('Notulensi disimpan; pembinaan terlaksana.').waitFor();
    expect(await seriousViolations(staff)).toEqual([]);

    // a participant rates the session from the survey link it was emailed
    const invite = await smtp.waitFor(
      // this session's survey: the demo's Bimtek may have invited the same company (its mail goes out here too)
      (m) =>
        m.to === chosen[0]!.email &&
        m.subject.startsWith('Survei kepuasan') &&
        `${m.subject} ${m.text}`.includes(TITLE),
    );
    const link = /https?:\/\/\S+\/survei-pembinaan\/[A-Za-z0-9_-]+/.exec(invite.text)?.[0];
    expect(link).toBeTruthy();
    const participant = await page();
    await participant.goto(`${server.url}${new URL(link!).pathname}`);
    await participant.getByRole('heading', { name: 'Survei kepuasan pembinaan' }).waitFor();
    await participant.getByRole('button', { name: 'Kirim penilaian' }).click();
    await participant.getByText('Pilih nilai 1 sampai 4.').waitFor();
    await participant.getByRole('radio', { name: '4 - Sangat puas' }).check();
    await participant
      .getByRole('textbox', { name: /Komentar/ })
      .fill('Materi jelas dan langsung dipraktikkan.');
    expect(await seriousViolations(participant)).toEqual([]);
    await participant.getByRole('button', { name: 'Kirim penilaian' }).click();
    await participant.getByText('Terima kasih atas penilaian Anda.').waitFor();
    await screenshot(participant, 'guidance-survey-id');

    // the guidance page: the average and the attendance
    await staff.reload();
    await staff.getByText('Rata-rata 4 dari 4 (1 jawaban)').waitFor();
    await staff.getByRole('heading', { name: 'Daftar hadir (2/2)' }).waitFor();
    await staff.getByText('Materi jelas dan langsung dipraktikkan.', { exact: false }).waitFor();
    await screenshot(staff, 'guidance-page-id');
  }, 240_000);
});

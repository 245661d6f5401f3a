import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type MailCatcher, type ReceivedMail, startMailCatcher } from './support/mail';
import { type RunningServer, startServer } from './support/server';

/**
 * The satisfaction survey (PermenPANRB 14/2017) end to end: two walk-in complaints are settled
 * at the counter; each reporter gets the survey link by email (a real SMTP server process),
 * answers it in Indonesian or in English, and a second visit to the same link says it was
 * already answered. The working-group chair then reads the month's IKM in the office: the two
 * respondents, each element's score, the index and grade computed by hand here, the suggestion.
 *
 * The server's clock starts on the first working day of a month ahead (10:00 WIB), so the
 * demo's answers all lie in earlier months and the month holds only this test's two answers.
 */

const PASSWORD = 'sigap-demo-2026';
const OFFICER = 'petugas.pengaduan.bkpm@sigap.test';
const CHAIR = 'ketua.pokja.bkpm@sigap.test';
const SUGGESTION = 'Papan petunjuk menuju ruang pengaduan belum terlihat dari lobi.';

function monthAhead(): { start: string; year: number; month: number } {
  const d = new Date();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 1, 3, 0, 0));
  // Saturday or Sunday: the Monday after (still in the month)
  const dow = first.getUTCDay();
  if (dow === 6) first.setUTCDate(3);
  if (dow === 0) first.setUTCDate(2);
  return { start: first.toISOString(), year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
}
const CLOCK = monthAhead();

let server: RunningServer;
let smtp: MailCatcher;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  smtp = await startMailCatcher();
  const port = smtp.port;
  server = await startServer({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Sigap <no-reply@sigap.test>',
    SIGAP_CLOCK_START: CLOCK.start,
  });
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function expectAccessible(page: Page, what: string) {
  expect(await seriousViolations(page), `axe on ${what}`).toEqual([]);
}

/**
 * The officer records a face-to-face complaint (Form A) and settles it at the counter, through
 * the API; the answer email to the reporter carries the survey link, whose path is returned.
 */
async function settledWalkIn(email: string, language: 'id' | 'en'): Promise<string> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: OFFICER, password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const headers = {
    'content-type': 'application/json',
    cookie: login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
    'x-csrf-token': (await login.json()).csrfToken as string,
  };
  const recorded = await fetch(`${server.url}/api/complaints`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      form: 'A',
      type: 'd',
      language,
      receivedAt: CLOCK.start,
      reporterName: language === 'id' ? 'Wulan Permatasari' : 'Peter Lindqvist',
      reporterEmail: email,
      subject: 'Petugas loket tidak menjelaskan syarat',
      description: 'Petugas loket tidak menjelaskan persyaratan yang kurang pada berkas saya.',
      firstResponse: 'Kami periksa sekarang.',
    }),
  });
  expect(recorded.status, await recorded.clone().text()).toBe(200);
  const { id } = (await recorded.json()) as { id: string };
  const settled = await fetch(`${server.url}/api/complaints/${id}/actions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ type: 'settle', answer: 'Persyaratan sudah kami jelaskan di loket.' }),
  });
  expect(settled.status, await settled.clone().text()).toBe(200);
  const mail = await waitForMail((m) => m.to === email && /Jawaban|answer/.test(m.subject));
  const link = mail.text.match(/https?:\/\/\S+(\/survei\/[A-Za-z0-9_-]{32})/);
  expect(link, mail.text).not.toBeNull();
  return link![1]!;
}

async function portalPage(lang: 'id' | 'en', width?: number): Promise<Page> {
  const context = await newContext(browser, { locale: lang === 'en' ? 'en-GB' : 'id-ID', width });
  contexts.push(context);
  await context.addInitScript((l) => localStorage.setItem('sigap.lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Picks the value of each element U1-U9 by its radio's accessible name. */
async function rate(page: Page, values: number[], labels: Record<number, string>) {
  for (const [i, v] of values.entries()) {
    await page
      .getByRole('radiogroup', { name: new RegExp(`^U${i + 1}\\. `) })
      .getByRole('radio', { name: `${v} · ${labels[v]}` })
      .check();
  }
}

const waitForMail = (match: (m: ReceivedMail) => boolean) => smtp.waitFor(match, 120_000);

describe('satisfaction survey, from the emailed link to the office report', () => {
  it('a reporter answers in Indonesian; a missing element is named; a second visit says it was answered', async () => {
    const path = await settledWalkIn('wulan.survei@example.com', 'id');
    const page = await portalPage('id');
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' }).waitFor();
    await page.getByText('Pengaduan Masyarakat dari Kementerian Investasi').waitFor();
    await expectAccessible(page, 'survey form (id)');

    const labels = { 3: 'Baik', 4: 'Sangat baik' };
    await rate(page, [4, 4, 4, 4, 4, 4, 4, 4], labels);
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    // U9 not answered: one message, read out as the description of U9's group; nothing is sent
    await page.getByText('Pilih salah satu nilai.').waitFor();
    expect(await page.getByText('Pilih salah satu nilai.').count()).toBe(1);
    const described = await page
      .getByRole('radiogroup', { name: /^U9\. Sarana dan prasarana/ })
      .evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    expect(described).toContain('Pilih salah satu nilai.');
    await rate(page, [4, 4, 4, 4, 4, 4, 4, 4, 3], labels);
    await page.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await page.getByRole('option', { name: 'Perempuan' }).click();
    await page.getByRole('textbox', { name: /^Saran dan masukan/ }).fill(SUGGESTION);
    await screenshot(page, 'survey-id');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('heading', { name: 'Terima kasih. Penilaian Anda sudah kami terima.' }).waitFor();
    await expectAccessible(page, 'survey thanks (id)');

    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Survei ini sudah diisi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Kirim penilaian' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Lihat indeks kepuasan masyarakat' }).waitFor();
    await screenshot(page, 'survey-answered-id');
    await expectAccessible(page, 'survey already answered (id)');
  });

  it('another reporter answers in English on a phone; a second visit says it was answered', async () => {
    const path = await settledWalkIn('peter.survey@example.com', 'en');
    const page = await portalPage('en', 390);
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Public satisfaction survey' }).waitFor();
    await expectAccessible(page, 'survey form (en, phone)');
    await rate(page, [3, 3, 3, 3, 3, 3, 3, 3, 3], { 3: 'Good' });
    await page.getByRole('button', { name: 'Send my rating' }).click();
    await page.getByRole('heading', { name: 'Thank you. We received your rating.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This survey has already been answered' }).waitFor();
    expect(await page.getByRole('radiogroup', { name: /^U1\. / }).count()).toBe(0);
    await screenshot(page, 'survey-answered-en-phone');
    await expectAccessible(page, 'survey already answered (en)');
  });

  it("the working-group chair reads the month's IKM: two respondents, the element scores, index and grade by hand, the suggestion", async () => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/office/login`);
    await page.getByRole('textbox', { name: /^Email/ }).fill(CHAIR);
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(/\/office$/);
    await page.getByRole('link', { name: /Indeks kepuasan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Indeks Kepuasan Masyarakat (IKM)' }).waitFor();
    await page.goto(`${server.url}/office/ikm?periode=month&tahun=${CLOCK.year}&bagian=${CLOCK.month}`);
    const elements = page.getByRole('region', { name: 'Nilai per unsur pelayanan (NRR)' });
    await elements.waitFor();

    // U1-U8: (4 + 3) / 2 = 3.50; U9: (3 + 3) / 2 = 3.00; weighted mean (8 × 3.5 + 3) / 9 = 3.444;
    // IKM = 25 × 31/9 = 86.11: grade B "Baik" (76.61-88.30)
    const row = (name: RegExp) => elements.getByRole('row', { name });
    await expect.poll(() => row(/^U1\. Persyaratan/).textContent()).toContain('3,50');
    expect(await row(/^U8\. /).textContent()).toContain('3,50');
    expect(await row(/^U9\. Sarana dan prasarana/).textContent()).toContain('3,00');
    expect(await row(/^NRR tertimbang/).textContent()).toContain('3,444');
    const facts = page.locator('dl').first();
    expect(await facts.textContent()).toContain('86,11');
    expect(await facts.textContent()).toContain('B · Baik');
    // the two answers are the month's respondents, and both settled complaints its population
    expect(await facts.textContent()).toContain('2 dari minimal 2');
    await page.getByText(SUGGESTION).waitFor();
    // anonymous: no reporter's name anywhere on the report
    expect(await page.getByText('Wulan Permatasari').count()).toBe(0);
    expect(await page.getByText('Peter Lindqvist').count()).toBe(0);
    await screenshot(page, 'ikm-office');
    await expectAccessible(page, 'office IKM report');
  });
});

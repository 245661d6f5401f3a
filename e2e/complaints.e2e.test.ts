import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type MailCatcher, type ReceivedMail, startMailCatcher } from './support/mail';
import { type RunningServer, startServer } from './support/server';

/**
 * Perka BKPM 12/2015 end to end: a reporter files a complaint on the portal in English and
 * tracks it with the PIN; at BKPM the complaint officer gives the first response and passes it
 * to the working group; a member examines it and coordinates, the chair decides no meeting is
 * needed, and the member answers by email. The answer reaches a real SMTP server process and
 * the tracking page shows it.
 */

const OFFICER = 'petugas.pengaduan.bkpm@sigap.test';
const MEMBER = 'anggota.pokja.bkpm@sigap.test';
const CHAIR = 'ketua.pokja.bkpm@sigap.test';
const REPORTER = 'jane.investor@example.com';
const ANSWER = 'Your business licence was verified today; you can download it from OSS.';

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
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function expectAccessible(page: Page, what: string) {
  const violations = await seriousViolations(page);
  expect(violations, `axe on ${what}`).toEqual([]);
}

async function staff(email: string): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return logInToOffice(page, server.url, email);
}

/** Staff find a complaint by the code the reporter reads out, and open it under its register number. */
async function openComplaint(page: Page, trackingCode: string) {
  await page.goto(`${server.url}/office/pengaduan?q=${encodeURIComponent(trackingCode.toLowerCase())}`);
  const link = page.getByRole('link', { name: /^ADU-\d{4}-\d{6}$/ });
  await link.first().waitFor();
  expect(await link.count()).toBe(1);
  const registerNumber = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: new RegExp(registerNumber) }).waitFor();
  // the page shows the reporter's code beside the register number, for help on the phone
  await page.getByText(trackingCode, { exact: true }).waitFor();
}

/** Opens an action's dialog from the complaint page, fills it and submits it. */
async function act(
  page: Page,
  button: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  submit: string,
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

const waitForMail = (match: (m: ReceivedMail) => boolean) => smtp.waitFor(match, 150_000);

describe('public complaint, portal to emailed answer', () => {
  let trackingCode = '';
  let pin = '';

  it('files a complaint on the portal in English and tracks it with the PIN', async () => {
    const context = await newContext(browser, { locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/pengaduan`);
    await page
      .getByRole('radiogroup', { name: /^(Bahasa|Language)$/ })
      .first()
      .getByText('EN', { exact: true })
      .click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('heading', { level: 1, name: 'File a complaint' }).waitFor();
    await expectAccessible(page, 'complaint form (en)');

    await page.locator('#complaint-agencyId').click();
    await page.getByRole('option', { name: /BKPM/ }).first().click();
    await page.getByRole('radio', { name: /a\. Service completion time that does not meet/ }).check();
    await page.getByRole('textbox', { name: /^Subject/ }).fill('Business licence stuck at verification');
    await page
      .getByRole('textbox', { name: /^Description/ })
      .fill('My business licence application has waited three weeks at verification without any news.');
    await page.getByRole('textbox', { name: /^Full name/ }).fill('Jane Investor');
    await page.getByRole('textbox', { name: /^Email address/ }).fill(REPORTER);
    await page.getByRole('button', { name: 'Send complaint' }).click();

    await page.getByRole('heading', { name: 'Your complaint has been received' }).waitFor();
    trackingCode = (await page.locator('[aria-labelledby="receipt-code"]').textContent())!.trim();
    pin = (await page.locator('[aria-labelledby="receipt-pin"]').textContent())!.trim();
    // the random public code, not the sequential register number
    expect(trackingCode).toMatch(/^ADU-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(pin).toMatch(/^\d{6}$/);
    await screenshot(page, 'complaint-receipt-en');
    await expectAccessible(page, 'receipt');

    await page.getByRole('link', { name: 'Track this complaint' }).click();
    await page.getByRole('textbox', { name: /^PIN/ }).fill(pin);
    await page.getByRole('button', { name: 'Track', exact: true }).click();
    await page.getByRole('heading', { name: `Complaint ${trackingCode}` }).waitFor();
    await page.getByText('Received', { exact: true }).first().waitFor();
    await expectAccessible(page, 'tracking page');
    // the receipt email arrives in English, with the code and without the PIN
    const receipt = await waitForMail((m) => m.to === REPORTER && m.subject.includes('has been received'));
    expect(receipt.text).toContain(trackingCode);
    expect(receipt.text).not.toContain(pin);
  }, 240_000);

  it('is handled by the officer and the working group through the office to an emailed answer', async () => {
    const officer = await staff(OFFICER);
    await openComplaint(officer, trackingCode);
    await officer.getByText('Jane Investor').first().waitFor();
    await expectAccessible(officer, 'complaint page (officer)');
    await act(
      officer,
      'Beri tanggapan awal',
      (d) =>
        d
          .getByRole('textbox', { name: /^Tanggapan awal/ })
          .fill('We have received your complaint and are checking it with the licensing unit.'),
      'Kirim tanggapan awal',
    );
    await act(officer, 'Teruskan ke Pokja', async () => {}, 'Teruskan');
    await officer.getByText('Ditangani Pokja').first().waitFor();

    const member = await staff(MEMBER);
    await openComplaint(member, trackingCode);
    await act(
      member,
      'Catat hasil telaah',
      (d) =>
        d
          .getByRole('textbox', { name: /^Hasil telaah/ })
          .fill('The application is complete; it waits for the technical review.'),
      'Simpan hasil telaah',
    );
    await act(
      member,
      'Catat hasil koordinasi',
      (d) =>
        d
          .getByRole('textbox', { name: /^Hasil koordinasi/ })
          .fill('The licensing directorate finished the review today.'),
      'Simpan hasil koordinasi',
    );

    const chair = await staff(CHAIR);
    await openComplaint(chair, trackingCode);
    await act(
      chair,
      'Putuskan perlu rapat',
      (d) => d.getByRole('radio', { name: /Tidak, langsung jawab pelapor/ }).check(),
      'Simpan keputusan',
    );

    await member.reload();
    await act(
      member,
      'Jawab pelapor',
      (d) => d.getByRole('textbox', { name: /^Jawaban$/ }).fill(ANSWER),
      'Kirim jawaban',
    );
    await member.getByText('Dijawab').first().waitFor();
    await screenshot(member, 'complaint-answered-office');
    await expectAccessible(member, 'complaint page (answered)');
    // the answer sheet with the survey QR code, to hand over at the counter
    const [sheet] = await Promise.all([
      member.waitForEvent('download'),
      member.getByRole('button', { name: 'Cetak jawaban (PDF)' }).click(),
    ]);
    expect(sheet.suggestedFilename()).toBe(`jawaban-pengaduan_${trackingCode}.pdf`);

    const answer = await waitForMail(
      (m) => m.to === REPORTER && m.subject.includes('The answer to your complaint'),
    );
    expect(answer.text).toContain(ANSWER);
  }, 300_000);

  it('shows the answer on the tracking page', async () => {
    const context = await newContext(browser, { locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    // typed loosely, as a reporter might: lower case, spaces instead of hyphens
    await page.goto(`${server.url}/lacak`);
    await page
      .getByRole('textbox', { name: /^Kode pelacakan|^Tracking code/ })
      .fill(trackingCode.toLowerCase().replace(/-/g, ' '));
    await page
      .getByRole('radiogroup', { name: /^(Bahasa|Language)$/ })
      .first()
      .getByText('EN', { exact: true })
      .click();
    await page.getByRole('textbox', { name: /^PIN/ }).fill(pin);
    await page.getByRole('button', { name: 'Track', exact: true }).click();
    await page.getByText(ANSWER).first().waitFor();
    await page.getByText('Answered', { exact: true }).first().waitFor();
    await screenshot(page, 'complaint-tracking-answered-en');
    await expectAccessible(page, 'tracking page with the answer');
  }, 120_000);
});

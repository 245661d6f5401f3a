import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * An invitation letter of SOP/BPM/03 (business forum) in the East Kalimantan office, drafted
 * by the promotion staff in the case, initialled by the Kasi, returned by the Kabid with a
 * note, fixed and initialled again by the Kasi, initialled by the Kabid and signed by the
 * Kepala; the number appears only then. The signed PDF, downloaded, matches on the public
 * verification page; a copy with one byte changed does not.
 */

const STAF = 'staf.promosi.kaltim@sigap.test';
const KASI = 'kasi.promosi.kaltim@sigap.test';
const KABID = 'kabid.pm.kaltim@sigap.test';
const KEPALA = 'kepala.kaltim@sigap.test';
const SUBJECT = 'Forum Bisnis Kalimantan Timur 2026';
const TITLE = 'Undangan Forum Bisnis Kalimantan Timur 2026';

let server: RunningServer;
let browser: Browser;
let tmp: string;
const contexts: BrowserContext[] = [];

async function login(email: string): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return logInToOffice(page, server.url, email);
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${what}: ${violations.join('\n')}`).toEqual([]);
}

/** Starts the business-forum case through the API, as the staff member's browser session. */
async function startCase(page: Page): Promise<string> {
  const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
  const res = await page.request.post(`${server.url}/api/cases`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { definitionKey: 'promosi-bpm-03-forum-bisnis', subject: SUBJECT },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).id;
}

async function openDocument(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

/** Clicks an action button and confirms it in its dialog. */
async function confirmAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: /./ }).first().waitFor();
}

function numberText(page: Page) {
  return page.getByTestId('document-number').textContent();
}

async function chooseOption(page: Page, combobox: ReturnType<Page['getByRole']>, option: RegExp) {
  await combobox.click();
  await page.getByRole('option', { name: option }).click();
}

describe('official documents in the browser', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'sigap-doc-e2e-'));
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('drafts, initials with a return, signs with a number, and verifies the downloaded PDF', async () => {
    const staf = await login(STAF);
    const caseId = await startCase(staf);

    // the staff member drafts the invitation from the case page
    await staf.goto(`${server.url}/office/kasus/${caseId}`);
    const section = staf.getByRole('region', { name: 'Dokumen' });
    await section.getByText('Belum ada dokumen untuk kasus ini.').waitFor();
    await section.getByRole('button', { name: 'Buat dokumen' }).click();
    const dialog = staf.getByRole('dialog', { name: 'Buat dokumen' });
    await chooseOption(staf, dialog.getByRole('combobox', { name: /^Templat/ }), /^Surat Undangan$/);
    await dialog.getByRole('textbox', { name: /^Judul/ }).fill(TITLE);
    await dialog.getByRole('textbox', { name: /^Kode klasifikasi/ }).fill('005');
    await dialog.getByRole('textbox', { name: /^Email penerima/ }).fill('investor@contoh.co.id');
    await chooseOption(staf, dialog.getByRole('combobox', { name: /^Sifat/ }), /^Segera$/);
    await dialog.getByRole('textbox', { name: /^Hal/ }).fill(TITLE);
    await dialog
      .getByRole('textbox', { name: /^Yth\./ })
      .fill('Direktur Utama PT Kaltim Prima Energi\nKetua Kadin Kalimantan Timur');
    await dialog.getByRole('textbox', { name: /^Dalam rangka/ }).fill(`pelaksanaan ${SUBJECT}`);
    await dialog.getByLabel(/^Hari\/tanggal/).fill('2026-12-10');
    await dialog.getByLabel(/^Pukul/).fill('09:00');
    await dialog.getByRole('textbox', { name: /^Sampai dengan/ }).fill('selesai');
    await dialog.getByRole('textbox', { name: /^Tempat/ }).fill('Ballroom Hotel Mesra, Samarinda');
    await dialog.getByRole('textbox', { name: /^Acara/ }).fill('Paparan peluang investasi dan temu bisnis');
    await dialog.getByRole('button', { name: 'Buat konsep' }).click();
    await staf.waitForURL(/\/office\/dokumen\/[0-9a-f-]+$/);
    const docUrl = staf.url();
    const docId = docUrl.split('/').pop()!;
    await staf.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // a draft shows the placeholder, never a number
    expect(await numberText(staf)).toMatch(/^005\/\.\.\.\/DPMPTSP-SEKSI-PROMOSI\/[IVX]+\/\d{4} /);
    await expectNoSeriousViolations(staf, 'document page (draft)');
    await screenshot(staf, 'documents-draft');

    // submit: Kasi, then Kabid initial; the Kepala signs
    await staf.getByRole('button', { name: 'Ajukan', exact: true }).click();
    const submit = staf.getByRole('dialog', { name: 'Ajukan untuk paraf dan tanda tangan' });
    const reviewers = submit.getByRole('combobox', { name: /^Pemeriksa/ });
    await chooseOption(staf, reviewers, /^Indah Permata — /);
    await chooseOption(staf, reviewers, /^Muhammad Yusuf — /);
    // close the list of people (a click outside it), then check the order
    await submit.getByRole('heading', { name: 'Ajukan untuk paraf dan tanda tangan' }).click();
    expect(
      await submit.getByRole('list', { name: 'Urutan paraf' }).getByRole('listitem').allTextContents(),
    ).toEqual([expect.stringMatching(/^Indah Permata — /), expect.stringMatching(/^Muhammad Yusuf — /)]);
    await chooseOption(staf, submit.getByRole('combobox', { name: /^Penandatangan/ }), /^Sugeng Raharjo — /);
    await submit.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await submit.waitFor({ state: 'detached' });
    await staf.getByText('Dalam paraf').first().waitFor();

    // the Kasi initials
    const kasi = await login(KASI);
    await openDocument(kasi, docUrl);
    await confirmAction(kasi, 'Paraf');

    // the Kabid returns it with a note: it goes back to the Kasi
    const kabid = await login(KABID);
    await openDocument(kabid, docUrl);
    await kabid.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    const back = kabid.getByRole('dialog', { name: 'Kembalikan dokumen' });
    await back.getByRole('textbox', { name: /^Catatan/ }).fill('Lengkapi narahubung panitia');
    await back.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await back.waitFor({ state: 'detached' });

    // the Kasi fixes the text and initials again
    await openDocument(kasi, docUrl);
    await kasi.getByText('Lengkapi narahubung panitia').first().waitFor();
    await kasi.getByRole('button', { name: 'Ubah isi' }).click();
    const edit = kasi.getByRole('dialog', { name: 'Ubah isi dokumen' });
    await edit.getByRole('textbox', { name: /^Narahubung/ }).fill('Yoga Firmansyah (0812-5400-2211)');
    await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
    await edit.waitFor({ state: 'detached' });
    await confirmAction(kasi, 'Paraf');

    // the Kabid initials
    await openDocument(kabid, docUrl);
    await confirmAction(kabid, 'Paraf');

    // the Kepala sees the placeholder until signing, then the number
    const kepala = await login(KEPALA);
    await openDocument(kepala, docUrl);
    expect(await numberText(kepala)).toMatch(/^005\/\.\.\.\//);
    const chain = kepala.getByRole('region', { name: 'Paraf dan tanda tangan' });
    expect(await chain.getByText('Sudah').count()).toBe(2);
    expect(await chain.getByText(/^SHA-256 [0-9a-f]{12}…$/).count()).toBe(2);
    await confirmAction(kepala, 'Tandatangani');
    await expect.poll(() => numberText(kepala)).toMatch(/^005\/001\/DPMPTSP-SEKSI-PROMOSI\/[IVX]+\/\d{4}$/);
    await expectNoSeriousViolations(kepala, 'document page (signed)');
    await screenshot(kepala, 'documents-signed');

    // the signed PDF, downloaded as a user would
    const [download] = await Promise.all([
      kepala.waitForEvent('download'),
      kepala.getByRole('link', { name: 'Unduh PDF' }).click(),
    ]);
    const signedPath = path.join(tmp, 'signed.pdf');
    await download.saveAs(signedPath);
    const bytes = readFileSync(signedPath);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const alteredPath = path.join(tmp, 'altered.pdf');
    const altered = Buffer.from(bytes);
    const at = Math.floor(altered.length / 2);
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    writeFileSync(alteredPath, altered);

    // anyone can check it on the verification page behind the QR code
    const publicContext = await newContext(browser);
    contexts.push(publicContext);
    const visitor = await publicContext.newPage();
    await visitor.goto(`${server.url}/verifikasi/${docId}`);
    await visitor.getByRole('heading', { level: 1, name: 'Verifikasi dokumen elektronik' }).waitFor();
    await visitor.getByText(/^005\/001\/DPMPTSP-SEKSI-PROMOSI\//).waitFor();
    await visitor.getByText('Sugeng Raharjo', { exact: false }).first().waitFor();
    await expectNoSeriousViolations(visitor, 'verification page');
    const fileInput = visitor.getByLabel(/^Berkas PDF yang Anda terima/);
    await fileInput.setInputFiles(signedPath);
    await visitor.getByRole('button', { name: 'Periksa berkas' }).click();
    await visitor.getByText('Cocok: dokumen asli').waitFor();
    await expectNoSeriousViolations(visitor, 'verification page (match)');
    await screenshot(visitor, 'documents-verify-match');
    await fileInput.setInputFiles(alteredPath);
    await visitor.getByRole('button', { name: 'Periksa berkas' }).click();
    await visitor.getByText('Tidak cocok', { exact: true }).waitFor();
    expect(await visitor.getByText('Cocok: dokumen asli').count()).toBe(0);
  });
});

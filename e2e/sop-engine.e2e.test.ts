import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInToOffice, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * SOP 067/012 (licence revocation for violation, DPMPTSP Kaltim) run end to end by three
 * people in their own browsers: the functional officer starts the case and does steps 1-4, the
 * head of division sends it back at step 5 ("Tidak" → step 2), the officer redoes 2-4, the head
 * of division and the head of office answer "Ya", and the officer files the documents (step 7).
 */

const FUNGSIONAL = 'fungsional.kaltim@sigap.test';
const KABID = 'kabid.dalak.kaltim@sigap.test';
const KEPALA = 'kepala.kaltim@sigap.test';
const SUBJECT = 'Pencabutan izin PT Contoh Tambang Mahakam';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function login(email: string): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  return logInToOffice(await context.newPage(), server.url, email);
}

/** The panel of the open task at a step (a region named after its heading). */
function taskPanel(page: Page, stepNo: number) {
  return page.getByRole('region', { name: new RegExp(`^Langkah ${stepNo} · `) });
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${what}: ${violations.join('\n')}`).toEqual([]);
}

/** Ticks the step's first input and output, then "Selesai"; waits until the panel is gone. */
async function completeStep(page: Page, stepNo: number): Promise<void> {
  const panel = taskPanel(page, stepNo);
  await panel.waitFor();
  const inputs = panel.getByRole('group', { name: /^Kelengkapan/ }).getByRole('checkbox');
  await inputs.first().check();
  const outputs = panel.getByRole('group', { name: /^Keluaran/ }).getByRole('checkbox');
  if ((await outputs.count()) > 0) await outputs.first().check();
  await panel.getByRole('button', { name: 'Selesai', exact: true }).click();
  await panel.waitFor({ state: 'detached' });
}

async function decide(page: Page, stepNo: number, answer: 'Ya' | 'Tidak', note?: string): Promise<void> {
  const panel = taskPanel(page, stepNo);
  await panel.waitFor();
  if (note) await panel.getByLabel(/^Catatan/).fill(note);
  await panel.getByRole('button', { name: answer, exact: true }).click();
  await panel.waitFor({ state: 'detached' });
}

/** Opens the case from the "Tugas saya" tab of the inbox, as a user would. */
async function openFromInbox(page: Page, caseNumber: string, axe = false): Promise<void> {
  await page.goto(`${server.url}/office/inbox`);
  await expect
    .poll(() => page.getByRole('tab', { name: /^Tugas saya/ }).getAttribute('aria-selected'))
    .toBe('true');
  const link = page.getByRole('link', { name: caseNumber });
  await link.waitFor();
  if (axe) {
    await expectNoSeriousViolations(page, 'inbox with a task');
    await screenshot(page, 'sop-engine-inbox');
  }
  await link.click();
  await page.waitForURL(/\/office\/kasus\//);
}

describe('SOP engine in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('runs SOP 067/012 with a send-back loop across three people, and the pages pass axe', async () => {
    const officer = await login(FUNGSIONAL);
    const kabid = await login(KABID);
    const kepala = await login(KEPALA);

    // the officer starts the case from the inbox
    await officer.goto(`${server.url}/office/inbox`);
    await officer.getByRole('heading', { level: 1, name: 'Kotak masuk' }).waitFor();
    await officer.getByRole('tab', { name: /^Tugas saya/ }).waitFor();
    await expectNoSeriousViolations(officer, 'inbox');
    await officer.getByRole('button', { name: 'Mulai kasus' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Mulai kasus baru' });
    await dialog.getByRole('combobox', { name: /^SOP/ }).click();
    await officer
      .getByRole('option', { name: /^067\/012 · Pencabutan Perizinan Berdasarkan Pelanggaran/ })
      .click();
    await dialog.getByRole('textbox', { name: /^Perihal/ }).fill(SUBJECT);
    await dialog.getByRole('button', { name: 'Mulai', exact: true }).click();
    await officer.waitForURL(/\/office\/kasus\/[0-9a-f-]+$/);
    const caseUrl = officer.url();
    const heading = officer.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain(SUBJECT);
    const caseNumber = ((await heading.textContent()) ?? '').split(' · ')[0]!.trim();
    expect(caseNumber).toMatch(/^SOP-\d{4}-\d{6}$/);
    await expect.poll(() => officer.getByText('SOP 067/012 · Pencabutan Perizinan').count()).toBe(1);
    await expectNoSeriousViolations(officer, 'case page');
    await screenshot(officer, 'sop-engine-case-start');

    for (const no of [1, 2, 3, 4]) await completeStep(officer, no);
    await taskPanel(officer, 5)
      .getByText(/dikerjakan oleh pemegang peran/)
      .waitFor();

    // the head of division finds it in "Tugas saya" and sends it back to step 2
    await openFromInbox(kabid, caseNumber, true);
    await taskPanel(kabid, 5)
      .getByText('Apakah berita acara dan bahan telaahan staf dapat dipertanggungjawabkan?')
      .waitFor();
    await decide(kabid, 5, 'Tidak', 'Foto lapangan belum lengkap');

    // the officer does steps 2-4 again (the task comes back to whoever did it)
    await officer.reload();
    await taskPanel(officer, 2).getByText('ulang ke-2').waitFor();
    for (const no of [2, 3, 4]) await completeStep(officer, no);

    await kabid.reload();
    await decide(kabid, 5, 'Ya');

    await openFromInbox(kepala, caseNumber);
    await decide(kepala, 6, 'Ya');

    await officer.reload();
    await completeStep(officer, 7);

    // completed, with every step's working time against its standard and the loop shown
    await officer.getByRole('alert').filter({ hasText: 'Kasus selesai' }).waitFor();
    const steps = officer.getByRole('region', { name: 'Langkah-langkah' });
    const items = steps.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(11);
    const texts = await items.allTextContents();
    const expectedStandards = ['30 mnt', '1 j', '1 j', '3 j', '1 j', '1 j', '15 mnt'];
    const order = [1, 2, 3, 4, 5, 2, 3, 4, 5, 6, 7];
    order.forEach((no, i) => {
      const text = texts[i] ?? '';
      expect(text).toContain(`Langkah ${no} · `);
      expect(text).toMatch(
        new RegExp(`Waktu kerja: \\d+( j)?( \\d+)? ?(mnt|j)? / standar ${expectedStandards[no - 1]}`),
      );
      expect(text).toMatch(/Sesuai standar|Melebihi standar/);
    });
    for (const i of [5, 6, 7, 8]) expect(texts[i]).toContain('ulang ke-2');
    expect(texts[4]).toContain('Keputusan: Tidak');
    expect(texts[4]).toContain('Dikembalikan ke langkah 2: Foto lapangan belum lengkap');
    expect(texts[8]).toContain('Keputusan: Ya');
    expect(texts[9]).toContain('Keputusan: Ya');
    expect(texts[9]).toContain('Sugeng Raharjo');
    const history = officer.getByRole('region', { name: 'Riwayat' });
    await history.getByRole('cell', { name: 'Kasus selesai' }).waitFor();
    await expectNoSeriousViolations(officer, 'completed case page');
    await screenshot(officer, 'sop-engine-case-completed');
    expect(officer.url()).toBe(caseUrl);

    // the SOP viewer: list and the official table of 067/012
    await officer.goto(`${server.url}/office/sop`);
    await officer.getByRole('heading', { level: 1, name: 'SOP' }).waitFor();
    await officer.getByRole('link', { name: 'Pencabutan Perizinan Berdasarkan Pelanggaran' }).waitFor();
    await expectNoSeriousViolations(officer, 'SOP list');
    await screenshot(officer, 'sop-engine-sop-list');
    await officer.getByRole('link', { name: 'Pencabutan Perizinan Berdasarkan Pelanggaran' }).click();
    await officer.waitForURL(/\/office\/sop\/dalak-067-012\/1$/);
    await officer
      .getByRole('heading', { level: 1, name: 'Pencabutan Perizinan Berdasarkan Pelanggaran' })
      .waitFor();
    const flow = officer.getByRole('region', { name: 'Uraian prosedur' });
    await flow.getByRole('columnheader', { name: 'Kabid Pengendalian' }).waitFor();
    expect(await officer.getByRole('link', { name: 'Cetak PDF' }).getAttribute('href')).toBe(
      '/api/sops/dalak-067-012/versions/1/pdf',
    );
    await expectNoSeriousViolations(officer, 'SOP detail');
    await screenshot(officer, 'sop-engine-sop-detail');
  });
});

import { OFFICE_PAGES } from '@sigap/contracts';
import { formatLocalDate } from '@sigap/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

/**
 * From a complaint to a written warning (issue 11 items 5 and 6): a complaint about a company →
 * the control division's incidental supervision (SOP 067/010) with the complaint's tracking
 * number (the complaint page's control link, /office/pemeriksaan/baru?aduan=<code>) → the BAP
 * recorded with a finding → "Usulkan sanksi" issues written warning I, whose letter is a draft in
 * the document service and whose comply-by date is 30 working days on the agency calendar (across
 * the Christmas leave and New Year), computed here from the calendar the office publishes.
 */

// Wednesday 16 December 2026, 11:00 WITA (later than the machine's clock, so session cookies have not expired)
const START = '2026-12-16T03:00:00Z';
const TODAY = '2026-12-16';
const OFFICER = 'petugas.pengaduan.kaltim@sigap.test';
const CONTROL = 'kabid.dalak.kaltim@sigap.test';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer({ SIGAP_CLOCK_START: START });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function office(email: string, lang: 'id' | 'en' = 'id'): Promise<Page> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript((l) => window.localStorage.setItem('sigap.lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.url}/office/login`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type=password]').fill('sigap-demo-2026');
  await page.getByRole('button', { name: lang === 'id' ? 'Masuk' : 'Log in', exact: true }).click();
  await page.waitForURL(/\/office$/);
  return page;
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (u) => {
    const res = await fetch(u);
    if (!res.ok) throw new Error(`${u}: ${res.status}`);
    return res.json();
  }, url) as Promise<T>;
}

/** The N-th working day after `from`: weekends and the agency's non-working days skipped, day by day. */
function nthWorkingDayAfter(from: string, n: number, closed: Set<string>): string {
  let d = new Date(`${from}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d = new Date(d.getTime() + 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6 && !closed.has(iso)) left--;
  }
  return d.toISOString().slice(0, 10);
}

describe('complaint → incidental supervision → BAP with a finding → written warning I', () => {
  let trackingCode = '';
  let companyNib = '';
  let inspectionUrl = '';

  it('a complaint about a company is filed on the portal and reaches the complaint team', async () => {
    const company = await (async () => {
      const page = await office(CONTROL);
      const list = await getJson<{ items: { id: string; name: string; nib: string; licences: number }[] }>(
        page,
        '/api/control/companies?pageSize=20',
      );
      return list.items.find((c) => c.licences > 0)!;
    })();
    companyNib = company.nib;
    const context = await newContext(browser, { locale: 'en-GB' });
    contexts.push(context);
    await context.addInitScript(() => window.localStorage.setItem('sigap.lang', 'en'));
    const portal = await context.newPage();
    portal.setDefaultTimeout(20_000);
    await portal.goto(`${server.url}/pengaduan`);
    await portal.getByRole('heading', { level: 1, name: 'File a complaint' }).waitFor();
    await portal.locator('#complaint-agencyId').click();
    await portal
      .getByRole('option', { name: /Kalimantan Timur/ })
      .first()
      .click();
    await portal.getByRole('radio', { name: /^a\. Service completion time/ }).check();
    await portal.getByRole('textbox', { name: /^Subject/ }).fill('Quarry dumping waste into the river');
    await portal
      .getByRole('textbox', { name: /^Description/ })
      .fill(`The company ${company.name} dumps quarry waste into the river behind the village every night.`);
    await portal.getByRole('textbox', { name: /^Company name/ }).fill(company.name);
    await portal.getByRole('textbox', { name: /^Business Identification Number/ }).fill(company.nib);
    await portal.getByRole('textbox', { name: /^Full name/ }).fill('Warga Desa');
    await portal.getByRole('textbox', { name: /^Email address/ }).fill('warga@contoh.id');
    await portal.getByRole('button', { name: 'Send complaint' }).click();
    await portal.getByRole('heading', { name: 'Your complaint has been received' }).waitFor();
    trackingCode = (await portal.locator('[aria-labelledby="receipt-code"]').textContent())!.trim();
    expect(trackingCode).toMatch(/^ADU-/);

    // the complaint team finds it by the code
    const page = await office(OFFICER);
    await page.goto(`${server.url}/office/pengaduan?q=${encodeURIComponent(trackingCode.toLowerCase())}`);
    const link = page.getByRole('link', { name: /^ADU-\d{4}-\d{6}$/ });
    await link.first().waitFor();
    await link.first().click();
    await page.getByText(trackingCode, { exact: true }).first().waitFor();
    await page.getByText(company.nib).first().waitFor();
  }, 120_000);

  it('the control division starts an incidental supervision (SOP 067/010) with the tracking code', async () => {
    const page = await office(CONTROL);
    // the complaint page's control link for the division
    await page.goto(`${server.url}${OFFICE_PAGES.newInspection}?aduan=${encodeURIComponent(trackingCode)}`);
    await page.getByRole('heading', { level: 1, name: 'Pengawasan insidentil baru' }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Nomor pengaduan \/ referensi/ }).inputValue()).toBe(
      trackingCode,
    );
    const select = page.getByRole('combobox', { name: /^Perusahaan/ });
    await select.click();
    await select.fill(companyNib);
    await page.getByRole('option', { name: new RegExp(companyNib) }).click();
    await page
      .getByRole('textbox', { name: /^Uraian alasan/ })
      .fill('Pengaduan masyarakat: kegiatan usaha tidak sesuai perizinan.');
    await page.getByRole('button', { name: 'Mulai pemeriksaan' }).click();
    await page.waitForURL(/\/office\/pemeriksaan\/[0-9a-f-]{36}$/);
    inspectionUrl = page.url();
    await page.getByText(`Pengaduan ${trackingCode}`, { exact: false }).first().waitFor();

    // the BAP with one finding
    await page.getByRole('heading', { level: 1, name: 'BAP pemeriksaan insidentil' }).waitFor();
    await page.getByLabel(/^Tanggal pemeriksaan/).fill(TODAY);
    await page.getByRole('combobox', { name: /^Pemeriksa/ }).click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page
      .getByRole('radiogroup', { name: 'Realisasi investasi' })
      .getByText('Temuan', { exact: true })
      .click();
    await page
      .getByRole('textbox', { name: 'Catatan: Realisasi investasi' })
      .fill('Realisasi jauh di bawah rencana');
    await page
      .getByRole('textbox', { name: /^Uraian temuan/ })
      .fill('Realisasi investasi tidak sesuai rencana pada perizinan berusaha.');
    await page.getByRole('textbox', { name: /^Nama wakil perusahaan/ }).fill('Budi Santoso');
    await page.getByRole('textbox', { name: /^Jabatan/ }).fill('Direktur');
    await page.getByRole('button', { name: 'Simpan BAP' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berita Acara Pemeriksaan' }).waitFor();
    await page.getByText('Patuh sebagian', { exact: true }).first().waitFor();
  }, 120_000);

  it('"Usulkan sanksi" issues written warning I: a letter in the document service, 30 working days to comply', async () => {
    const page = await office(CONTROL);
    await page.goto(inspectionUrl);
    await page.getByRole('heading', { level: 2, name: 'Sanksi atas temuan' }).waitFor();
    await page.getByText('Tahap berikutnya: Peringatan tertulis I').waitFor();
    await page.getByRole('button', { name: 'Usulkan sanksi', exact: true }).click();
    expect(await page.getByRole('textbox', { name: /^Dasar/ }).inputValue()).toBe(
      'Temuan pengawasan: berita acara pemeriksaan ini',
    );
    expect(await page.getByRole('textbox', { name: /^Tanggal terbit/ }).inputValue()).toBe(TODAY);
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();

    // the deadline: 30 working days after 16 December 2026 on the calendar the office publishes
    const closed = new Set<string>();
    for (const year of [2026, 2027]) {
      const cal = await getJson<{ days: { date: string }[] }>(page, `/api/calendar?year=${year}`);
      for (const d of cal.days) closed.add(d.date);
    }
    expect(closed.has('2026-12-25')).toBe(true);
    const complyBy = nthWorkingDayAfter(TODAY, 30, closed);
    // more than 30 weekdays later: the year-end holidays are skipped
    expect(complyBy > nthWorkingDayAfter(TODAY, 30, new Set())).toBe(true);
    const shown = `Batas pemenuhan: ${formatLocalDate(complyBy, 'id')}`;
    await page.getByText(shown, { exact: false }).waitFor();
    await page.getByText('Peringatan tertulis I', { exact: true }).first().waitFor();
    const letter = page.getByRole('link', { name: 'Konsep surat' });
    await letter.waitFor();
    await page.getByText('Konsep', { exact: true }).first().waitFor();
    expect(await seriousViolations(page), 'axe on the inspection page').toEqual([]);
    await screenshot(page, 'complaint-to-warning-inspection-id');

    // the sanction names the BAP as its basis; its letter is a document-service draft on the 067/012 case
    const inspectionId = inspectionUrl.split('/').at(-1)!;
    const inspection = await getJson<{ companyId: string }>(page, `/api/control/inspections/${inspectionId}`);
    const sanctions = await getJson<{
      items: {
        stage: string;
        inspectionId: string | null;
        complyBy: string;
        caseSop: string;
        document: { id: string; templateCode: string; status: string };
      }[];
    }>(page, `/api/control/companies/${inspection.companyId}/sanctions`);
    const w1 = sanctions.items.find((s) => s.inspectionId === inspectionId)!;
    expect(w1).toMatchObject({
      stage: 'warning_1',
      complyBy,
      caseSop: 'dalak-067-012',
      document: { templateCode: 'surat-peringatan', status: 'draft' },
    });
    await letter.click();
    await page.waitForURL(new RegExp(`/office/dokumen/${w1.document.id}$`));
    await page.getByRole('heading', { level: 1, name: /Surat Peringatan Tertulis I kepada/ }).waitFor();
    const doc = await getJson<{ data: { complyBy: string; complyDays: number } }>(
      page,
      `/api/documents/${w1.document.id}`,
    );
    expect(doc.data).toMatchObject({ complyBy, complyDays: 30 });
    await screenshot(page, 'complaint-to-warning-letter-id');
  }, 120_000);

  it('shows the same in English', async () => {
    const page = await office(CONTROL, 'en');
    await page.goto(inspectionUrl);
    await page.getByRole('heading', { level: 2, name: 'Sanction for the findings' }).waitFor();
    await page.getByText('Written warning I', { exact: true }).first().waitFor();
    await page.getByText(/Comply by: \d{1,2} January 2027|Comply by: \d{1,2} February 2027/).waitFor();
    await page.getByRole('link', { name: 'Draft letter' }).waitFor();
    await screenshot(page, 'complaint-to-warning-inspection-en');
  }, 60_000);
});

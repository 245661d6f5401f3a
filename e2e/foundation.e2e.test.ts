import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot, seriousViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'sigap-demo-2026';

async function openPage(width = 1280): Promise<Page> {
  const context = await newContext(browser, { width });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function expectAccessible(page: Page, what: string) {
  const violations = await seriousViolations(page);
  expect(violations, `axe on ${what}`).toEqual([]);
}

async function chooseLanguage(page: Page, lang: 'Bahasa Indonesia' | 'English') {
  const short = lang === 'English' ? 'EN' : 'ID';
  await page
    .getByRole('radiogroup', { name: /^(Bahasa|Language)$/ })
    .first()
    .getByText(short, { exact: true })
    .click();
  await page.waitForFunction((l) => document.documentElement.lang === l, short.toLowerCase());
}

async function login(page: Page, email: string) {
  await page.goto(`${server.url}/office/login`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: /^(Kata sandi|Password)$/ }).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click();
  await page.waitForURL(/\/office\/?$/);
}

describe('portal and office shell', () => {
  it('serves the public portal in Indonesian and English, accessible, also at phone width', async () => {
    for (const width of [1280, 375]) {
      const page = await openPage(width);
      const context = page.context();
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('pengaduan');
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      await expectAccessible(page, `portal id ${width}`);
      await screenshot(page, `portal-id-${width}`);
      await chooseLanguage(page, 'English');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/complaint/i);
      // both agencies with their own zones
      expect(await page.getByText(/WITA/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/WIB/).count()).toBeGreaterThan(0);
      await expectAccessible(page, `portal en ${width}`);
      await screenshot(page, `portal-en-${width}`);
      await context.close();
    }
  });

  it('shows a login error naming the problem, in the chosen language', async () => {
    const page = await openPage();
    const context = page.context();
    await page.goto(`${server.url}/office/login`);
    await page.getByRole('textbox', { name: 'Email' }).fill('admin.kaltim@sigap.test');
    await page.getByRole('textbox', { name: 'Kata sandi' }).fill('salah-sekali');
    await page.getByRole('button', { name: /^Masuk$/ }).click();
    await page.getByText('Email atau kata sandi salah.').waitFor();
    await expectAccessible(page, 'login with error');
    await chooseLanguage(page, 'English');
    await page.getByRole('button', { name: /^Log in$/ }).click();
    await page.getByText('Wrong email or password.').waitFor();
    await context.close();
  });

  const roles: Array<{ email: string; position: RegExp; admin: boolean }> = [
    { email: 'admin.kaltim@sigap.test', position: /Administrator Sistem/, admin: true },
    { email: 'kepala.kaltim@sigap.test', position: /Kepala DPMPTSP/, admin: false },
    { email: 'kabid.dalak.kaltim@sigap.test', position: /Kepala Bidang Pengendalian/, admin: false },
    { email: 'fungsional.kaltim@sigap.test', position: /Fungsional\/Pelaksana/, admin: false },
    { email: 'staf.promosi.kaltim@sigap.test', position: /Staf Promosi/, admin: false },
    { email: 'admin.bkpm@sigap.test', position: /Administrator Sistem/, admin: true },
    { email: 'direktur.promosi.bkpm@sigap.test', position: /Direktur Promosi Wilayah/, admin: false },
    { email: 'petugas.pengaduan.bkpm@sigap.test', position: /Petugas Layanan Pengaduan/, admin: false },
    { email: 'tu.arsip.bkpm@sigap.test', position: /Pengelola Tata Usaha/, admin: false },
  ];

  for (const r of roles) {
    it(`logs in as ${r.email}, shows the role's navigation, switches language and logs out`, async () => {
      const page = await openPage();
      const context = page.context();
      await login(page, r.email);
      await page.getByText(r.position).first().waitFor();
      const nav = page.getByRole('navigation', { name: /Menu utama/ });
      expect(await nav.getByRole('link', { name: 'Organisasi' }).count()).toBe(r.admin ? 1 : 0);
      await expectAccessible(page, `dashboard ${r.email}`);
      await chooseLanguage(page, 'English');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.getByRole('navigation', { name: /Main menu/i }).waitFor();
      await expectAccessible(page, `dashboard en ${r.email}`);
      await page.getByRole('button', { name: /^(Log out|Keluar)$/ }).click();
      await page.waitForURL(/\/office\/login/);
      await context.close();
    });
  }

  it('lets an admin open every admin page, accessible in both languages', async () => {
    const page = await openPage();
    const context = page.context();
    await login(page, 'admin.kaltim@sigap.test');
    for (const [path, heading] of [
      ['/office/org', /Organisasi|Organisation/],
      ['/office/calendar', /Kalender kerja|Working calendar/],
      ['/office/audit', /Audit/],
      ['/office/account', /Akun saya|My account/],
    ] as const) {
      for (const lang of ['Bahasa Indonesia', 'English'] as const) {
        await page.goto(`${server.url}${path}`);
        await chooseLanguage(page, lang);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expectAccessible(page, `${path} ${lang}`);
        await screenshot(page, `office${path.replaceAll('/', '-')}-${lang === 'English' ? 'en' : 'id'}`);
      }
    }
    // the audit page verifies the hash chain of the demo data
    await page.goto(`${server.url}/office/audit`);
    await chooseLanguage(page, 'Bahasa Indonesia');
    await page.getByRole('button', { name: 'Periksa rantai hash' }).click();
    await page.getByText('Rantai utuh').waitFor();
    await context.close();
  });
});

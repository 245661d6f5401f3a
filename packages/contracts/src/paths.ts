/**
 * Every page of the web app, by name. The router, the navigation, and every link the server
 * writes into an email, a notification or a PDF come from this one list, so a link cannot
 * point at a page that does not exist (a test follows every link Sigap writes).
 */
export const PORTAL_PAGES = {
  home: '/',
  fileComplaint: '/pengaduan',
  track: '/lacak',
  complaintStats: '/statistik-pengaduan',
  verify: '/verifikasi/:id',
  /** A service request form: `pertemuan-one-on-one` or `fasilitasi-kendala-teknis` (SERVICE_KEYS). */
  requestService: '/permohonan-layanan/:service',
  survey: '/survei/:token',
  ikm: '/indeks-kepuasan',
  /** Published service standards (issue 10 item 1): the list and one per key (SERVICE_STANDARD_KEYS). */
  serviceStandards: '/standar-pelayanan',
  serviceStandard: '/standar-pelayanan/:key',
  /** A guidance participant's satisfaction survey (issue 11 item 4), by its token. */
  guidanceSurvey: '/survei-pembinaan/:token',
  /** A business opens an LKPM helpdesk question or a virtual consultation (issue 11 item 3). */
  consultation: '/konsultasi',
} as const;

export const OFFICE_PAGES = {
  login: '/office/login',
  home: '/office',
  inbox: '/office/inbox',
  complaints: '/office/pengaduan',
  newComplaint: '/office/pengaduan/baru',
  complaint: '/office/pengaduan/:id',
  complaintReports: '/office/pengaduan-laporan',
  inputRequests: '/office/permintaan-masukan',
  document: '/office/dokumen/:id',
  archive: '/office/arsip',
  notifications: '/office/notifikasi',
  case: '/office/kasus/:id',
  sops: '/office/sop',
  sopImport: '/office/sop/impor',
  sop: '/office/sop/:key/:version',
  register: '/office/register',
  incomingLetters: '/office/surat-masuk',
  analytics: '/office/analitik',
  account: '/office/account',
  templates: '/office/templat',
  template: '/office/templat/:code',
  org: '/office/org',
  calendar: '/office/calendar',
  audit: '/office/audit',
  serviceRequests: '/office/permohonan-layanan',
  newServiceRequest: '/office/permohonan-layanan/baru',
  serviceRequest: '/office/permohonan-layanan/:id',
  ikm: '/office/ikm',
  /** The agency's complaint and survey channels shown on the service standards (administrator). */
  serviceChannels: '/office/saluran-layanan',
  /** LKPM reports (issue 11 item 2): the list, a new report, one report, and compliance. */
  lkpmReports: '/office/lkpm',
  newLkpmReport: '/office/lkpm/baru',
  lkpmReport: '/office/lkpm/:id',
  lkpmCompliance: '/office/lkpm-kepatuhan',
  /** Investment control dashboards and the routine supervision plan (issue 11 items 5 and 8). */
  controlDashboards: '/office/dasbor-pengendalian',
  supervisionPlan: '/office/rencana-pengawasan',
  sanctions: '/office/sanksi',
  /** The company registry and its imports (issue 11 item 1). */
  companies: '/office/perusahaan',
  company: '/office/perusahaan/:id',
  controlImports: '/office/impor-pengendalian',
  /** Inspections (issue 11 item 5): a report (BAP), a new incidental inspection, a visit's report form. */
  newInspection: '/office/pemeriksaan/baru',
  inspection: '/office/pemeriksaan/:id',
  visitReport: '/office/rencana-pengawasan/:id/bap',
  /** Guidance (issue 11 item 4): the list, a new guidance (on request, from supervision, Bimtek), one guidance. */
  guidanceList: '/office/pembinaan',
  newGuidance: '/office/pembinaan/baru',
  guidance: '/office/pembinaan/:id',
  /** Monitoring rounds (issue 11 item 5, SOPs 067/001 and 067/005): the list, a new round, one round. */
  monitoringList: '/office/pemantauan',
  newMonitoring: '/office/pemantauan/baru',
  monitoring: '/office/pemantauan/:id',
  /** Consultation tickets (issue 11 item 3): the LKPM helpdesk (067/008) and virtual consultations (067/007). */
  consultations: '/office/konsultasi',
  newConsultation: '/office/konsultasi/baru',
  consultation: '/office/konsultasi/:id',
} as const;

export type PagePattern =
  | (typeof PORTAL_PAGES)[keyof typeof PORTAL_PAGES]
  | (typeof OFFICE_PAGES)[keyof typeof OFFICE_PAGES];

/**
 * The address of a page: `pagePath(OFFICE_PAGES.case, { id })` → `/office/kasus/<id>`, with an
 * optional query string. A missing parameter throws: a link with a hole in it is a bug.
 */
export function pagePath(
  pattern: PagePattern,
  params: Record<string, string | number> = {},
  query: Record<string, string | number | undefined> = {},
): string {
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`pagePath: ${pattern} needs :${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return search ? `${path}?${search}` : path;
}

/** The router's path of an office page, relative to `/office` (`kasus/:id`). */
export function officeChild(pattern: (typeof OFFICE_PAGES)[keyof typeof OFFICE_PAGES]): string {
  return pattern.replace(/^\/office\/?/, '');
}

/** The router's path of a portal page, relative to `/` (`lacak`). */
export function portalChild(pattern: (typeof PORTAL_PAGES)[keyof typeof PORTAL_PAGES]): string {
  return pattern.replace(/^\//, '');
}

/** The page a link opens (path of an absolute or relative URL), or null when no page has that path. */
export function pageOf(url: string): PagePattern | null {
  const path = new URL(url, 'http://sigap.invalid').pathname.replace(/\/+$/, '') || '/';
  const patterns = [...Object.values(OFFICE_PAGES), ...Object.values(PORTAL_PAGES)] as PagePattern[];
  // literal segments win over parameters (`/office/pengaduan/baru` before `/office/pengaduan/:id`)
  const score = (p: string) => p.split('/').filter((s) => s.startsWith(':')).length;
  for (const p of patterns.sort((a, b) => score(a) - score(b))) {
    const re = new RegExp(`^${p.replace(/:\w+/g, '[^/]+')}$`);
    if (re.test(path)) return p;
  }
  return null;
}

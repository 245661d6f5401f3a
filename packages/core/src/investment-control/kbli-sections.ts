/**
 * KBLI 2020 sections (Klasifikasi Baku Lapangan Usaha Indonesia, BPS; the ISIC rev. 4 sections)
 * and the two-digit divisions (golongan pokok) each holds: the dashboards group investment by
 * section from the first two digits of a KBLI code.
 */
export interface KbliSection {
  code: string;
  /** Two-digit divisions, inclusive ranges. */
  divisions: readonly (readonly [number, number])[];
  id: string;
  en: string;
}

export const KBLI_SECTIONS: readonly KbliSection[] = [
  {
    code: 'A',
    divisions: [[1, 3]],
    id: 'Pertanian, Kehutanan dan Perikanan',
    en: 'Agriculture, forestry and fishing',
  },
  { code: 'B', divisions: [[5, 9]], id: 'Pertambangan dan Penggalian', en: 'Mining and quarrying' },
  { code: 'C', divisions: [[10, 33]], id: 'Industri Pengolahan', en: 'Manufacturing' },
  {
    code: 'D',
    divisions: [[35, 35]],
    id: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
    en: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: 'E',
    divisions: [[36, 39]],
    id: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi',
    en: 'Water supply, sewerage, waste management and remediation',
  },
  { code: 'F', divisions: [[41, 43]], id: 'Konstruksi', en: 'Construction' },
  {
    code: 'G',
    divisions: [[45, 47]],
    id: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  },
  { code: 'H', divisions: [[49, 53]], id: 'Pengangkutan dan Pergudangan', en: 'Transportation and storage' },
  {
    code: 'I',
    divisions: [[55, 56]],
    id: 'Penyediaan Akomodasi dan Penyediaan Makan Minum',
    en: 'Accommodation and food service activities',
  },
  { code: 'J', divisions: [[58, 63]], id: 'Informasi dan Komunikasi', en: 'Information and communication' },
  {
    code: 'K',
    divisions: [[64, 66]],
    id: 'Aktivitas Keuangan dan Asuransi',
    en: 'Financial and insurance activities',
  },
  { code: 'L', divisions: [[68, 68]], id: 'Real Estat', en: 'Real estate activities' },
  {
    code: 'M',
    divisions: [[69, 75]],
    id: 'Aktivitas Profesional, Ilmiah dan Teknis',
    en: 'Professional, scientific and technical activities',
  },
  {
    code: 'N',
    divisions: [[77, 82]],
    id: 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
    en: 'Rental and leasing, employment, travel agency and other business support activities',
  },
  {
    code: 'O',
    divisions: [[84, 84]],
    id: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
    en: 'Public administration and defence; compulsory social security',
  },
  { code: 'P', divisions: [[85, 85]], id: 'Pendidikan', en: 'Education' },
  {
    code: 'Q',
    divisions: [[86, 88]],
    id: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial',
    en: 'Human health and social work activities',
  },
  {
    code: 'R',
    divisions: [[90, 93]],
    id: 'Kesenian, Hiburan dan Rekreasi',
    en: 'Arts, entertainment and recreation',
  },
  { code: 'S', divisions: [[94, 96]], id: 'Aktivitas Jasa Lainnya', en: 'Other service activities' },
  {
    code: 'T',
    divisions: [[97, 98]],
    id: 'Aktivitas Rumah Tangga sebagai Pemberi Kerja',
    en: 'Activities of households as employers',
  },
  {
    code: 'U',
    divisions: [[99, 99]],
    id: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
    en: 'Activities of extraterritorial organizations and bodies',
  },
];

/** The section code (A-U) of a KBLI code or its two-digit division, or null when none holds it. */
export function kbliSectionOf(kbli: string | null | undefined): string | null {
  if (!kbli || !/^\d{2}/.test(kbli)) return null;
  const division = Number(kbli.slice(0, 2));
  for (const s of KBLI_SECTIONS) {
    if (s.divisions.some(([lo, hi]) => division >= lo && division <= hi)) return s.code;
  }
  return null;
}

import type { TSurveyService } from '@sigap/contracts/satisfaction';

/**
 * The services whose users are asked the satisfaction survey, by key (the key a module passes
 * when it invites a user). Names in Indonesian and English as the seeds title them.
 */
export const SURVEY_SERVICES = {
  /** Perka BKPM 12/2015 (seed 002): public complaints. */
  'pengaduan-masyarakat': { id: 'Pengaduan Masyarakat', en: 'Public complaints' },
  /** SK 177/2024 (seed 000): one-on-one meeting. */
  'pertemuan-one-on-one': { id: 'Kegiatan One-on-One Meeting', en: 'One-on-one meeting' },
  /** Service standard of the Directorate of Business Licensing Systems (seed 001). */
  'fasilitasi-kendala-teknis': {
    id: 'Fasilitasi Kendala Teknis Sistem',
    en: 'Technical-issue facilitation',
  },
} as const satisfies Record<TSurveyService, { id: string; en: string }>;

/** The optional respondent profile of the questionnaire (Lampiran PermenPANRB 14/2017). */
export const RESPONDENT_PROFILE = {
  gender: {
    male: { id: 'Laki-laki', en: 'Male' },
    female: { id: 'Perempuan', en: 'Female' },
  },
  ageBand: {
    under_20: { id: 'Di bawah 20 tahun', en: 'Under 20' },
    '20_29': { id: '20-29 tahun', en: '20-29' },
    '30_39': { id: '30-39 tahun', en: '30-39' },
    '40_49': { id: '40-49 tahun', en: '40-49' },
    '50_59': { id: '50-59 tahun', en: '50-59' },
    '60_plus': { id: '60 tahun ke atas', en: '60 or over' },
  },
  education: {
    sd: { id: 'SD ke bawah', en: 'Primary school or less' },
    smp: { id: 'SMP', en: 'Junior high school' },
    sma: { id: 'SMA/SMK', en: 'Senior high school' },
    diploma: { id: 'D1-D4', en: 'Diploma' },
    s1: { id: 'S1', en: "Bachelor's degree" },
    s2_plus: { id: 'S2 ke atas', en: "Master's degree or higher" },
  },
  occupation: {
    pns: { id: 'PNS/ASN', en: 'Civil servant' },
    tni_polri: { id: 'TNI/Polri', en: 'Military/police' },
    private: { id: 'Pegawai swasta', en: 'Private employee' },
    business: { id: 'Wirausaha/pelaku usaha', en: 'Entrepreneur/business owner' },
    student: { id: 'Pelajar/mahasiswa', en: 'Student' },
    other: { id: 'Lainnya', en: 'Other' },
  },
} as const;

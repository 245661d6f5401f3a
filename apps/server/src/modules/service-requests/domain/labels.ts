import type { TLang } from '@sigap/contracts';
import type { TServiceKey } from '@sigap/contracts/service-requests';

/** The services' names as the seeds print them, with English beside. */
export const SERVICE_NAMES: Record<TServiceKey, { id: string; en: string }> = {
  'pertemuan-one-on-one': { id: 'Kegiatan One-on-One Meeting', en: 'One-on-one meeting' },
  'fasilitasi-kendala-teknis': {
    id: 'Fasilitasi Kendala Teknis Sistem',
    en: 'Facilitation of technical system issues',
  },
};

/** The required contents by item key (seed 000 a-e, seed 001), in the applicant's words. */
export const ITEM_LABELS: Record<string, { id: string; en: string }> = {
  a: { id: '(a) nama dan identitas pemohon', en: "(a) the applicant's name and identity" },
  b: {
    id: '(b) rencana investasi (sektor/KBLI, lokasi, nilai dan mata uang, jadwal)',
    en: '(b) the planned investment (sector/KBLI, location, value and currency, timeline)',
  },
  c: { id: '(c) topik yang akan didiskusikan', en: '(c) the topics to discuss' },
  d: { id: '(d) data dukung', en: '(d) supporting data' },
  e: { id: '(e) nomor kontak personal', en: '(e) a personal contact number' },
  chronology: { id: 'kronologi kendala', en: 'the chronology of the issue' },
  consultation: {
    id: 'bukti konsultasi sebelumnya dan konfirmasi bahwa unit reguler tidak dapat menyelesaikannya',
    en: 'proof of the earlier consultation and confirmation that the regular units could not solve it',
  },
  supportingData: { id: 'data dukung', en: 'supporting data' },
  identity: { id: 'identitas pemohon', en: "the applicant's identity" },
  whatsapp: { id: 'nomor WhatsApp', en: 'a WhatsApp number' },
  email: { id: 'email personal', en: 'a personal email address' },
  date: { id: 'usulan tanggal fasilitasi', en: 'a proposed facilitation date' },
};

export const PRIORITY_LABELS: Record<string, { id: string; en: string }> = {
  disability: { id: 'Penyandang disabilitas', en: 'Person with a disability' },
  elderly: { id: 'Lanjut usia', en: 'Elderly' },
  pregnant: { id: 'Ibu hamil', en: 'Pregnant woman' },
};

export const itemList = (items: readonly string[], lang: TLang) =>
  items.map((i) => ITEM_LABELS[i]?.[lang] ?? i).join('; ');

import type { TSanctionBasis, TSanctionStage } from '@sigap/contracts/investment-control';
import { formatLocalDate } from '@sigap/core';

/** SOP keys of the sanctions and revocation (seed 004). */
export const SANCTION_SOPS = {
  /** 067/011: revocation on the company's own request. */
  request: 'dalak-067-011',
  /** 067/012: revocation for violation, after the ladder of warnings and suspension. */
  violation: 'dalak-067-012',
  /** 067/013: revocation by court decision. */
  court: 'dalak-067-013',
  /** 067/014: recommendation of revocation to the licensing authority. */
  recommendation: 'dalak-067-014',
} as const;

/**
 * The SOP a step runs under: warnings and suspension for a violation (a finding or LKPM not filed)
 * under 067/012, as is a revocation after them; a revocation on request under 067/011, by court
 * decision under 067/013, and a recommendation of revocation to the licensing authority under
 * 067/014.
 */
export function sanctionSop(stage: TSanctionStage, basis: TSanctionBasis): string {
  if (stage !== 'revocation') return SANCTION_SOPS.violation;
  if (basis === 'request') return SANCTION_SOPS.request;
  if (basis === 'court_decision') return SANCTION_SOPS.court;
  if (basis === 'recommendation') return SANCTION_SOPS.recommendation;
  return SANCTION_SOPS.violation;
}

/** The steps that continue the ladder's case: a 067/012 step follows the open 067/012 step's case. */
export function continuesLadderCase(sop: string): boolean {
  return sop === SANCTION_SOPS.violation;
}

export interface LetterCompany {
  name: string;
  nib: string;
  investmentType: string;
  kbliCodes: string[];
  regency: string | null;
  address: string | null;
}

export interface LetterInspection {
  kind: string;
  inspectedOn: string | null;
  caseNumber: string | null;
  findings: string | null;
}

export interface LetterInput {
  agencyName: string;
  stage: TSanctionStage;
  basis: TSanctionBasis;
  company: LetterCompany;
  /** The licence(s) concerned: the one named, or every licence of the company still in force. */
  licenceNumbers: string[];
  inspection: LetterInspection | null;
  courtDecisionNumber: string | null;
  note: string | null;
  complyDays: number | null;
  complyBy: string | null;
}

const REGULATIONS = [
  'Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko',
  'Peraturan BKPM Nomor 5 Tahun 2021 tentang Pedoman dan Tata Cara Pengawasan Perizinan Berusaha Berbasis Risiko',
];
const ROMAN: Partial<Record<TSanctionStage, string>> = { warning_1: 'i', warning_2: 'ii', warning_3: 'iii' };
const ROMAN_TITLE: Partial<Record<TSanctionStage, string>> = {
  warning_1: 'I',
  warning_2: 'II',
  warning_3: 'III',
};

/** The basis line of the letter: the BAP, LKPM not filed, the court decision, the request or recommendation. */
export function basisLine(i: LetterInput): string {
  if (i.basis === 'finding' && i.inspection) {
    const kind = i.inspection.kind === 'incidental' ? 'pengawasan insidentil' : 'pengawasan rutin';
    const on = i.inspection.inspectedOn ? ` tanggal ${formatLocalDate(i.inspection.inspectedOn, 'id')}` : '';
    const c = i.inspection.caseNumber ? ` (kasus ${i.inspection.caseNumber})` : '';
    return `Berita Acara Pemeriksaan ${kind}${on}${c}`;
  }
  if (i.basis === 'finding') return 'Hasil pengawasan pelaksanaan penanaman modal';
  if (i.basis === 'lkpm_non_reporting')
    return 'Data Laporan Kegiatan Penanaman Modal (LKPM): tidak disampaikan dua periode berturut-turut';
  if (i.basis === 'court_decision') return `Putusan pengadilan Nomor ${i.courtDecisionNumber ?? ''}`.trim();
  if (i.basis === 'request') return `Surat permohonan pencabutan perizinan berusaha ${i.company.name}`;
  return 'Hasil pengawasan dan pertimbangan teknis pencabutan perizinan berusaha';
}

/** What the company did wrong, as the letter lists it. */
function violations(i: LetterInput): string[] {
  const lines = (i.inspection?.findings ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (i.basis === 'finding' && lines.length > 0) return lines;
  if (i.basis === 'lkpm_non_reporting')
    return ['Tidak menyampaikan Laporan Kegiatan Penanaman Modal (LKPM) dua periode berturut-turut.'];
  if (i.note) return [i.note];
  return ['Tidak memenuhi kewajiban sebagaimana ditetapkan dalam perizinan berusaha.'];
}

function optional(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
}

/**
 * The step's letter as a document-service draft: its template (Surat Peringatan Tertulis I-III,
 * Surat Pembekuan Sementara, Keputusan Pencabutan, or the Rekomendasi Pencabutan of SOP 067/014),
 * title and data filled from the company, its licence(s), the basis and the comply-by date. The
 * drafter may still edit the draft before it is initialled and signed.
 */
export function sanctionLetter(i: LetterInput): {
  templateCode: string;
  title: string;
  data: Record<string, unknown>;
} {
  const c = i.company;
  const who = `${c.name} (NIB ${c.nib})`;
  const licence = i.licenceNumbers.join(', ');
  const basis = [...REGULATIONS, basisLine(i)];
  const common = {
    nature: 'penting',
    recipient: `Pimpinan ${c.name}`,
    recipientPlace: c.regency,
    companyName: c.name,
    nib: c.nib,
    companyAddress: c.address,
  };
  if (i.stage === 'warning_1' || i.stage === 'warning_2' || i.stage === 'warning_3') {
    return {
      templateCode: 'surat-peringatan',
      title: `Surat Peringatan Tertulis ${ROMAN_TITLE[i.stage]} kepada ${who}`,
      data: optional({
        order: ROMAN[i.stage],
        ...common,
        licenseNumber: licence,
        basis,
        violations: violations(i),
        complyDays: i.complyDays,
        complyBy: i.complyBy,
      }),
    };
  }
  if (i.stage === 'suspension') {
    return {
      templateCode: 'surat-pembekuan',
      title: `Surat Pembekuan Sementara Perizinan Berusaha ${who}`,
      data: optional({ ...common, licenseNumber: licence || '-', basis, violations: violations(i) }),
    };
  }
  const kbli = c.kbliCodes.join(', ') || '-';
  if (i.basis === 'recommendation') {
    return {
      templateCode: 'rekomendasi-pencabutan',
      title: `Rekomendasi Pencabutan Perizinan Berusaha ${who}`,
      data: optional({
        nature: 'segera',
        recipient: 'Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi Penanaman Modal',
        recipientPlace: 'Jakarta',
        basis,
        companyName: c.name,
        nib: c.nib,
        kbli,
        investmentType: c.investmentType.toLowerCase() === 'pma' ? 'pma' : 'pmdn',
        companyAddress: c.address || '-',
        licenseType: 'Perizinan Berusaha Berbasis Risiko',
        licenseNumber: licence || '-',
        considerations: violations(i),
        recommendation: `Kami merekomendasikan agar Perizinan Berusaha ${c.name} dicabut sesuai kewenangan pemberi perizinan berusaha.`,
      }),
    };
  }
  const reason =
    i.basis === 'request'
      ? 'permohonan'
      : i.basis === 'court_decision'
        ? 'putusan-pengadilan'
        : 'pelanggaran';
  const considerations =
    reason === 'permohonan'
      ? [`bahwa ${c.name} telah mengajukan permohonan pencabutan perizinan berusahanya;`]
      : reason === 'putusan-pengadilan'
        ? [`bahwa berdasarkan ${basisLine(i)}, perizinan berusaha ${c.name} harus dicabut;`]
        : [
            `bahwa berdasarkan ${basisLine(i)}, ${c.name} tidak melaksanakan kewajiban sebagaimana ditetapkan dalam perizinan berusahanya;`,
            `bahwa kepada ${c.name} telah diberikan peringatan tertulis pertama, kedua dan ketiga serta pembekuan sementara, namun tidak dipenuhi dalam jangka waktu yang ditetapkan;`,
          ];
  return {
    templateCode: 'sk-pencabutan-izin',
    title: `Keputusan Pencabutan Perizinan Berusaha ${who}`,
    data: optional({
      issuer: `KEPALA ${i.agencyName.toUpperCase()}`,
      reason,
      companyName: c.name,
      nib: c.nib,
      kbli,
      companyAddress: c.address || '-',
      licenseType: 'Perizinan Berusaha Berbasis Risiko',
      licenseNumber: licence || '-',
      considerations: [
        ...considerations,
        `bahwa berdasarkan pertimbangan tersebut, perlu menetapkan Keputusan tentang Pencabutan Perizinan Berusaha ${c.name};`,
      ],
      legalBases: [
        'Undang-Undang Nomor 25 Tahun 2007 tentang Penanaman Modal sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023;',
        ...REGULATIONS.map((r) => `${r};`),
      ],
      articles: [
        `Dengan dicabutnya Perizinan Berusaha sebagaimana dimaksud dalam Diktum KESATU, ${c.name} wajib menghentikan kegiatan usahanya.`,
        'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
      ],
    }),
  };
}

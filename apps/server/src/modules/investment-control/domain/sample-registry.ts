import { LICENCE_TYPES } from '@sigap/contracts/investment-control';
import {
  IMPORT_COLUMNS,
  type LkpmPeriod,
  type LkpmPeriodKind,
  periodKindOf,
  previousPeriod,
} from '@sigap/core/investment-control';

/** East Kalimantan's regencies and cities (the Kaltim demo office's area). */
export const KALTIM_REGENCIES = [
  'Samarinda',
  'Balikpapan',
  'Bontang',
  'Kutai Kartanegara',
  'Kutai Timur',
  'Kutai Barat',
  'Berau',
  'Paser',
  'Penajam Paser Utara',
  'Mahakam Ulu',
] as const;

/** KBLI 2020 codes common in East Kalimantan, with their titles; `weight` skews the draw. */
export const KALTIM_KBLI: ReadonlyArray<{ code: string; name: string; weight: number }> = [
  { code: '05100', name: 'Pertambangan Batu Bara', weight: 8 },
  { code: '01262', name: 'Perkebunan Buah Kelapa Sawit', weight: 8 },
  { code: '10431', name: 'Industri Minyak Mentah Kelapa Sawit', weight: 4 },
  { code: '06100', name: 'Pertambangan Minyak Bumi', weight: 2 },
  { code: '09100', name: 'Aktivitas Penunjang Pertambangan Minyak Bumi dan Gas Alam', weight: 3 },
  { code: '02200', name: 'Penebangan Kayu', weight: 2 },
  { code: '03111', name: 'Penangkapan Pisces di Laut', weight: 2 },
  { code: '35101', name: 'Pembangkitan Tenaga Listrik', weight: 2 },
  { code: '41011', name: 'Konstruksi Gedung Hunian', weight: 5 },
  { code: '42101', name: 'Konstruksi Bangunan Sipil Jalan', weight: 4 },
  { code: '46610', name: 'Perdagangan Besar Bahan Bakar Padat, Cair dan Gas', weight: 4 },
  { code: '47111', name: 'Perdagangan Eceran Berbagai Macam Barang Utamanya Makanan', weight: 5 },
  { code: '49431', name: 'Angkutan Bermotor untuk Barang Umum', weight: 4 },
  { code: '50131', name: 'Angkutan Laut Dalam Negeri Liner untuk Barang', weight: 2 },
  { code: '52101', name: 'Pergudangan dan Penyimpanan', weight: 3 },
  { code: '55110', name: 'Hotel Bintang', weight: 3 },
  { code: '56101', name: 'Restoran', weight: 5 },
  { code: '10761', name: 'Industri Pengolahan Kopi', weight: 1 },
  { code: '68111', name: 'Real Estat yang Dimiliki Sendiri atau Disewa', weight: 3 },
  { code: '62019', name: 'Aktivitas Pemrograman Komputer Lainnya', weight: 1 },
];

const NAME_WORDS = [
  'Mahakam',
  'Borneo',
  'Etam',
  'Benua',
  'Enggang',
  'Pesut',
  'Tepian',
  'Lestari',
  'Jaya',
  'Makmur',
  'Sejahtera',
  'Abadi',
  'Nusantara',
  'Sentosa',
  'Raya',
  'Prima',
  'Mandiri',
  'Bara',
  'Kencana',
  'Samudra',
  'Khatulistiwa',
  'Delta',
  'Sinar',
  'Cahaya',
  'Mitra',
  'Karya',
  'Bumi',
  'Permata',
  'Sangatta',
  'Tenggarong',
  'Derawan',
  'Kayan',
  'Segah',
  'Belayan',
  'Kedang',
  'Telaga',
];
const SECTOR_WORDS: Record<string, string> = {
  '05': 'Coal',
  '01': 'Agro',
  '10': 'Industri',
  '06': 'Energi',
  '09': 'Petro',
  '02': 'Timber',
  '03': 'Perikanan',
  '35': 'Energi',
  '41': 'Konstruksi',
  '42': 'Konstruksi',
  '46': 'Niaga',
  '47': 'Retail',
  '49': 'Logistik',
  '50': 'Pelayaran',
  '52': 'Logistik',
  '55': 'Hotel',
  '56': 'Kuliner',
  '68': 'Properti',
  '62': 'Digital',
};
const FIRST = [
  'Andi',
  'Rina',
  'Budi',
  'Sari',
  'Dewi',
  'Agus',
  'Yusuf',
  'Maya',
  'Hendra',
  'Lina',
  'Rizal',
  'Tuti',
];
const LAST = ['Saputra', 'Wijaya', 'Pratama', 'Lestari', 'Hidayat', 'Siregar', 'Nugroho', 'Rahman', 'Kusuma'];
const PROBLEMS = [
  'Pembebasan lahan masih berproses',
  'Menunggu persetujuan lingkungan',
  'Keterlambatan pengiriman mesin',
  'Akses jalan ke lokasi rusak',
  'Kesulitan tenaga kerja terampil',
];

/** A small, seeded random source (mulberry32): the same seed gives the same registry. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}

export interface SampleRegistryOptions {
  companies: number;
  seed: number;
  /** The first two digits of every NIB (the rest is the company's number): keeps samples apart. */
  nibPrefix: string;
  /** The newest period of each kind reported, and how many periods back. */
  lastPeriod: { quarter: LkpmPeriod; half: LkpmPeriod };
  periods: number;
  licencesPerCompany: number;
  /** Of each 1,000 companies, how many miss a period (some two in a row); 0 for none. */
  missingPerMille: number;
  /** Every n-th row of each file is made bad (0: none). */
  badEvery: number;
}

export interface SampleRegistry {
  companies: string[][];
  licences: string[][];
  lkpm: string[][];
  /** Per LKPM row (after the header), the company's NIB and period: the demo dates submissions by it. */
  lkpmKeys: Array<{ nib: string; period: LkpmPeriod; late: boolean }>;
}

/** The licences a sample company holds besides its NIB (the NIB is the company's own number). */
const SAMPLE_LICENCE_TYPES = LICENCE_TYPES.filter((t) => t !== 'nib');

/**
 * A fictional but plausible Kaltim registry as the three import files (header first): companies
 * across the regencies, scales, risk levels and KBLI sections, their licences, and LKPM rows for
 * the last periods (small businesses by half-year, medium and large by quarter, micro none), with
 * a few companies missing periods and, if asked, every n-th row deliberately bad.
 */
export function sampleRegistry(o: SampleRegistryOptions): SampleRegistry {
  const rnd = seededRandom(o.seed);
  const kbliBag = KALTIM_KBLI.flatMap((k) => Array.from({ length: k.weight }, () => k.code));
  const out: SampleRegistry = {
    // the header rows are the documented import columns, in order
    companies: [[...IMPORT_COLUMNS.companies]],
    licences: [[...IMPORT_COLUMNS.licences]],
    lkpm: [[...IMPORT_COLUMNS.lkpm]],
    lkpmKeys: [],
  };
  for (let i = 0; i < o.companies; i++) {
    const nib = `${o.nibPrefix}${String(i * 7919 + 104729)
      .padStart(11, '0')
      .slice(-11)}`;
    const scale = rnd.pick(['micro', 'small', 'small', 'medium', 'medium', 'large'] as const);
    const primary = rnd.pick(kbliBag);
    const codes = new Set([primary]);
    // a large business usually runs more than one line (a plantation and its mill)
    if (rnd.next() < 0.3 || scale === 'large') codes.add(rnd.pick(kbliBag));
    if (scale === 'large' && codes.size < 2) codes.add(KALTIM_KBLI.find((k) => !codes.has(k.code))!.code);
    const kbli = [...codes].sort();
    const heavy = ['05', '06', '09', '01', '10', '35'].includes(primary.slice(0, 2));
    const risk = heavy
      ? rnd.pick(['medium_high', 'high', 'high'] as const)
      : rnd.pick(['low', 'low', 'medium_low', 'medium_low', 'medium_high'] as const);
    const pma = (scale === 'large' || heavy) && rnd.next() < 0.35;
    const regency = rnd.pick(KALTIM_REGENCIES);
    const name = `${scale === 'micro' || scale === 'small' ? 'CV' : 'PT'} ${rnd.pick(NAME_WORDS)} ${rnd.pick(NAME_WORDS)} ${SECTOR_WORDS[primary.slice(0, 2)] ?? 'Usaha'}${pma ? ' Indonesia' : ''}`;
    const contact = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 20);
    out.companies.push([
      nib,
      name,
      pma ? 'PMA' : 'PMDN',
      scale,
      risk,
      kbli.join(';'),
      'Kalimantan Timur',
      regency,
      `Jl. ${rnd.pick(NAME_WORDS)} No. ${rnd.int(1, 250)}, ${regency}`,
      contact,
      `${contact.split(' ')[0]!.toLowerCase()}@${slug}.example`,
      `08${rnd.int(11, 59)} ${rnd.int(1000, 9999)} ${rnd.int(1000, 9999)}`,
    ]);
    out.licences.push([
      nib,
      'nib',
      nib,
      `20${rnd.int(19, 24)}-0${rnd.int(1, 9)}-${rnd.int(10, 28)}`,
      'active',
    ]);
    for (let l = 1; l < o.licencesPerCompany; l++) {
      const type = SAMPLE_LICENCE_TYPES[(i + l) % SAMPLE_LICENCE_TYPES.length]!;
      const status = rnd.next() < 0.02 ? 'suspended' : rnd.next() < 0.01 ? 'revoked' : 'active';
      out.licences.push([
        nib,
        type,
        `${type.slice(0, 3).toUpperCase()}-${nib}-${l}`,
        `20${rnd.int(19, 25)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${rnd.int(10, 28)}`,
        status,
      ]);
    }
    const kind: LkpmPeriodKind | null = periodKindOf(scale);
    if (!kind) continue;
    const missing = rnd.int(0, 999) < o.missingPerMille ? rnd.int(0, 1) : -1; // which period back is missed
    const missingTwo = missing >= 0 && rnd.next() < 0.4;
    const planned =
      scale === 'large'
        ? rnd.int(20, 400) * 1e9
        : scale === 'medium'
          ? rnd.int(2, 50) * 1e9
          : rnd.int(1, 20) * 1e8;
    let p = o.lastPeriod[kind];
    for (let back = 0; back < o.periods; back++, p = previousPeriod(p)) {
      if (back === missing || (missingTwo && back === missing + 1)) continue;
      const per = planned / (kind === 'quarter' ? 8 : 4);
      const r = () => Math.round((per * rnd.int(0, 60)) / 100 / 1000) * 1000;
      const row = [
        nib,
        kbli[0]!,
        '',
        String(p.year),
        kind,
        String(p.no),
        String(back > 2 ? r() : 0),
        String(r()),
        String(r()),
        String(r()),
        String(Math.round(r() / 10 / 1000) * 1000),
        String(Math.round(per)),
        String(scale === 'large' ? rnd.int(80, 900) : rnd.int(3, 80)),
        String(pma ? rnd.int(0, 12) : 0),
        rnd.next() < 0.15 ? rnd.pick(PROBLEMS) : '',
        'submitted',
      ];
      out.lkpm.push(row);
      out.lkpmKeys.push({ nib, period: p, late: rnd.next() < 0.12 });
    }
  }
  if (o.badEvery > 0) {
    breakRows(out.companies, o.badEvery, (r, n) => {
      if (n % 3 === 0) r[0] = r[0]!.slice(0, 12);
      else if (n % 3 === 1) r[4] = 'sangat tinggi';
      else r[5] = '0510';
    });
    breakRows(out.licences, o.badEvery, (r, n) => {
      if (n % 2 === 0) r[0] = '0000000000000';
      else r[3] = '2024-02-30';
    });
    breakRows(out.lkpm, o.badEvery, (r, n) => {
      if (n % 2 === 0) r[5] = '5';
      else r[8] = '12,5 juta';
    });
  }
  return out;
}

function breakRows(rows: string[][], every: number, bad: (row: string[], n: number) => void) {
  let n = 0;
  for (let i = every; i < rows.length; i += every) bad(rows[i]!, n++);
}

/** Rows as CSV text (quoted where needed). */
export function toCsv(rows: string[][]): string {
  const cell = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

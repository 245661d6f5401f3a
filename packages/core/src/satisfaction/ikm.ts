/**
 * The public satisfaction index (Indeks Kepuasan Masyarakat, IKM) of Peraturan Menteri PANRB
 * Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara
 * Pelayanan Publik (Lampiran, Bab II-III), as DESIGN §3.2 records it: nine service elements
 * (unsur pelayanan U1-U9), each answered on a 1-4 scale; the element score (nilai rata-rata,
 * NRR) is the mean of its answers; the weighted average (NRR tertimbang) gives each element
 * the equal weight 1/9; the index is that average × 25 (the conversion to 25-100); the grade
 * (mutu pelayanan) follows the regulation's table. Pure: no I/O.
 */

/** The nine elements in the regulation's order, with their question in Indonesian and English. */
export const SERVICE_ELEMENTS = [
  {
    key: 'u1',
    id: 'Persyaratan',
    en: 'Requirements',
    questionId:
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    questionEn: 'How well did the requirements of the service match the service itself?',
  },
  {
    key: 'u2',
    id: 'Sistem, mekanisme, dan prosedur',
    en: 'Systems, mechanism and procedure',
    questionId: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    questionEn: 'How easy was the procedure of the service at this unit?',
  },
  {
    key: 'u3',
    id: 'Waktu penyelesaian',
    en: 'Completion time',
    questionId: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    questionEn: 'How fast were you served?',
  },
  {
    key: 'u4',
    id: 'Biaya/tarif',
    en: 'Cost/fee',
    questionId: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    questionEn: 'How fair was the cost or fee of the service (this service is free of charge)?',
  },
  {
    key: 'u5',
    id: 'Produk spesifikasi jenis pelayanan',
    en: 'Product of the service',
    questionId:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    questionEn: 'How well did what you received match the product the service standard promises?',
  },
  {
    key: 'u6',
    id: 'Kompetensi pelaksana',
    en: 'Competence of the officers',
    questionId: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    questionEn: 'How competent were the officers who served you?',
  },
  {
    key: 'u7',
    id: 'Perilaku pelaksana',
    en: 'Behaviour of the officers',
    questionId:
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    questionEn: 'How courteous and friendly were the officers?',
  },
  {
    key: 'u8',
    id: 'Penanganan pengaduan, saran dan masukan',
    en: 'Handling of complaints, suggestions and input',
    questionId: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    questionEn: "How well are users' complaints, suggestions and input handled?",
  },
  {
    key: 'u9',
    id: 'Sarana dan prasarana',
    en: 'Facilities',
    questionId: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    questionEn: 'How good are the facilities (offices, online systems, equipment)?',
  },
] as const;

export type ElementKey = (typeof SERVICE_ELEMENTS)[number]['key'];
export const ELEMENT_KEYS = SERVICE_ELEMENTS.map((e) => e.key) as readonly ElementKey[];

/** The answer scale (1 the lowest, 4 the highest), as the questionnaire prints it. */
export const ANSWER_SCALE = {
  1: { id: 'Tidak baik', en: 'Poor' },
  2: { id: 'Kurang baik', en: 'Fair' },
  3: { id: 'Baik', en: 'Good' },
  4: { id: 'Sangat baik', en: 'Very good' },
} as const;
export type Answer = 1 | 2 | 3 | 4;

/** One respondent's nine answers. */
export type SurveyAnswers = Record<ElementKey, Answer>;

/**
 * The grade table (Lampiran PermenPANRB 14/2017, "Nilai Persepsi, Interval IKM, Interval
 * Konversi IKM, Mutu Pelayanan dan Kinerja Unit Pelayanan"): converted intervals A 88,31-100,00
 * Sangat Baik; B 76,61-88,30 Baik; C 65,00-76,60 Kurang Baik; D 25,00-64,99 Tidak Baik. The
 * printed intervals leave gaps (88,30-88,31 …); read as lower bounds, every score has a grade.
 */
export const IKM_GRADES = [
  { grade: 'A', min: 88.31, id: 'Sangat Baik', en: 'Very good' },
  { grade: 'B', min: 76.61, id: 'Baik', en: 'Good' },
  { grade: 'C', min: 65.0, id: 'Kurang Baik', en: 'Poor' },
  { grade: 'D', min: 25.0, id: 'Tidak Baik', en: 'Very poor' },
] as const;
export type IkmGrade = (typeof IKM_GRADES)[number]['grade'];

/** The equal weight of each element: 1/9 exactly (the regulation prints 0,111; not rounded here). */
export const ELEMENT_WEIGHT = 1 / ELEMENT_KEYS.length;

/** Floating-point noise off a computed score (1e-9), so 65 computed as 64.99999999 grades C. */
const clean = (x: number) => Math.round(x * 1e9) / 1e9;

/** The grade of an index (25-100): the first row whose lower bound the score reaches. */
export function ikmGrade(index: number): (typeof IKM_GRADES)[number] {
  const score = clean(index);
  return IKM_GRADES.find((g) => score >= g.min) ?? IKM_GRADES[IKM_GRADES.length - 1]!;
}

export interface IkmSummary {
  respondents: number;
  /** NRR per element: the mean of its answers, null without answers. */
  elements: Array<{ key: ElementKey; average: number | null }>;
  /** NRR tertimbang: Σ NRR × 1/9 (1-4), null without answers. */
  weightedAverage: number | null;
  /** IKM = NRR tertimbang × 25 (25-100), null without answers. */
  index: number | null;
  grade: IkmGrade | null;
}

/**
 * Element scores, weighted average, index and grade of a set of responses. The respondents
 * are counted as they come: every response carries all nine answers (the form requires them).
 */
export function summariseIkm(responses: readonly SurveyAnswers[]): IkmSummary {
  const n = responses.length;
  if (n === 0)
    return {
      respondents: 0,
      elements: ELEMENT_KEYS.map((key) => ({ key, average: null })),
      weightedAverage: null,
      index: null,
      grade: null,
    };
  const sums = Object.fromEntries(
    ELEMENT_KEYS.map((key) => [key, responses.reduce((s, r) => s + r[key], 0)]),
  ) as Record<ElementKey, number>;
  return summariseIkmSums(n, sums);
}

/**
 * The same summary from per-element sums (what a database aggregate gives): `sums[key]` is the
 * sum of that element's answers over `respondents` responses.
 */
export function summariseIkmSums(respondents: number, sums: Record<ElementKey, number>): IkmSummary {
  if (respondents === 0) return summariseIkm([]);
  const averages = ELEMENT_KEYS.map((key) => sums[key] / respondents);
  const weighted = averages.reduce((s, a) => s + a * ELEMENT_WEIGHT, 0);
  const index = clean(weighted * 25);
  return {
    respondents,
    elements: ELEMENT_KEYS.map((key, i) => ({ key, average: clean(averages[i]!) })),
    weightedAverage: clean(weighted),
    index,
    grade: ikmGrade(index).grade,
  };
}

/**
 * The minimum number of respondents for a population of `population` service users, by the
 * table of Krejcie and Morgan (1970) that PermenPANRB 14/2017 refers to:
 * s = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P)) with X² = 3.841 (chi-square, 1 degree of freedom,
 * 95% confidence), P = 0.5 and d = 0.05, rounded up. Published values: N=100 → 80,
 * N=1000 → 278, N=10000 → 370. The printed table rounds a few rows to the nearest instead
 * (N=50: 44.3 → 44; N=500: 217.5 → 217); rounding up asks for one respondent more there.
 */
export function minimumSample(population: number): number {
  if (population <= 0) return 0;
  const X2 = 3.841;
  const P = 0.5;
  const d = 0.05;
  const s = (X2 * population * P * (1 - P)) / (d * d * (population - 1) + X2 * P * (1 - P));
  return Math.min(population, Math.ceil(clean(s)));
}

export type IkmPeriodKind = 'month' | 'quarter' | 'year';

/**
 * The local days a report period covers: a month (part 1-12), a quarter (part 1-4) or a year.
 * `end` is the first day after it; `months` lists its months (`YYYY-MM`), for the trend.
 */
export function ikmPeriod(
  kind: IkmPeriodKind,
  year: number,
  part: number | null,
): { start: string; end: string; months: string[] } {
  const firstMonth = kind === 'year' ? 1 : kind === 'quarter' ? ((part ?? 1) - 1) * 3 + 1 : (part ?? 1);
  const count = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const months = Array.from(
    { length: count },
    (_, i) => `${year}-${String(firstMonth + i).padStart(2, '0')}`,
  );
  const after = firstMonth + count;
  const end = after > 12 ? `${year + 1}-01-01` : `${year}-${String(after).padStart(2, '0')}-01`;
  return { start: `${months[0]}-01`, end, months };
}

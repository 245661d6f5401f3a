import type { TInspectionItems } from '@sigap/contracts/investment-control';
import { INSPECTION_ITEMS } from '@sigap/contracts/investment-control';
import { isWorkingDay } from '@sigap/core';
import { letterDueOn } from '@sigap/core/investment-control';
import type { DemoCtx } from '../../platform/kernel/demo';
import { localDate } from '../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../platform/use-cases/calendar/working-calendar';
import { companiesInScope } from './repository/monitoring';
import { listVisits } from './repository/supervision';
import { actOnSupervisionVisit } from './use-cases/act-on-supervision-visit';
import { createMonitoringRound } from './use-cases/create-monitoring-round';
import { generateSupervisionPlan } from './use-cases/generate-supervision-plan';
import { issueSanction } from './use-cases/issue-sanction';
import { recordInspectionReport } from './use-cases/record-inspection-report';
import { recordMonitoringResult } from './use-cases/record-monitoring-result';
import { startIncidentalInspection } from './use-cases/start-incidental-inspection';

const KABID = 'kabid.dalak.kaltim@sigap.test';
const INSPECTOR = 'pemeriksa.kaltim@sigap.test';
const OFFICER = 'pengolah.kaltim@sigap.test';
const WITA = 'Asia/Makassar';

const nextDate = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const items = (findings: Partial<Record<(typeof INSPECTION_ITEMS)[number], string>>): TInspectionItems =>
  Object.fromEntries(
    INSPECTION_ITEMS.map((k) => [
      k,
      findings[k] ? { status: 'finding', note: findings[k] } : { status: 'ok' },
    ]),
  ) as TInspectionItems;

/**
 * The supervision demo at DPMPTSP Kaltim, through the use cases as the control division, on the
 * registry the registry demo imported: this year's routine supervision plan (SOP 067/009)
 * generated two working days back, its visits of the last working day done (two with their
 * inspection report, one with findings that earned the company a first written warning, SOP
 * 067/012), the next two working days' visits with their assignment letter except one of the
 * first day (so the plan warns), the first three with their SOP 067/009 case; an
 * incidental supervision (SOP 067/010) from a complaint still open; and a monitoring round of investment implementation
 * (SOP 067/001) with some results recorded, one proposing supervision.
 */
export async function seedSupervisionDemo(demo: DemoCtx): Promise<void> {
  const { db, as, agency } = demo;
  const kaltim = await agency('dpmptsp-kaltim');
  if (!kaltim.has(6)) return;
  const last = localDate(kaltim.at(0, '08:00'), WITA);
  const year = Number(last.slice(0, 4));
  // generated two working days back (its visits start on the last working day), or today in early January
  const back = [2, 1, 0].find((n) => localDate(kaltim.at(n, '08:00'), WITA).startsWith(String(year)))!;
  const kabid = await as(KABID, kaltim.at(back, '08:00'));
  const calendar = await loadWorkingCalendar(db, kabid.actor.agency);
  await generateSupervisionPlan(kabid, { year });

  let d1 = nextDate(last);
  while (!isWorkingDay(calendar, d1)) d1 = nextDate(d1);
  const all = (await listVisits(db, { agencyId: kaltim.agencyId, year, limit: 5000, offset: 0 })).rows;
  const now = kaltim.at(0, '15:00');
  const inspector = await as(INSPECTOR, now);

  // the visits up to the last working day: the first two with their report (BAP), the rest done
  const past = all.filter((r) => r.visit.plannedOn <= last);
  let warned = false;
  for (const [i, r] of past.entries()) {
    const v = r.visit;
    // the first few with their assignment letter recorded (a demo in a busy month has many visits)
    if (i < 6)
      await actOnSupervisionVisit(inspector, {
        id: v.id,
        action: {
          type: 'issueLetter',
          letterNumber: `800/${101 + i}/DALAK`,
          issuedOn: letterDueOn(calendar, v.plannedOn),
        },
      });
    if (i < 2) {
      const withFindings = i === 0;
      const bap = await recordInspectionReport(inspector, {
        target: { visitId: v.id },
        report: {
          inspectedOn: v.plannedOn,
          inspectorIds: v.inspectorIds,
          items: items(
            withFindings
              ? {
                  workers: 'Tenaga kerja asing tanpa RPTKA yang berlaku',
                  obligations: 'LKPM dua periode terakhir tidak disampaikan',
                }
              : {},
          ),
          ...(withFindings
            ? {
                findings: 'Tenaga kerja asing tanpa RPTKA; LKPM dua periode terakhir tidak disampaikan.',
                followUp: 'Diusulkan peringatan tertulis I dan pembinaan penyampaian LKPM.',
              }
            : {}),
          companyRepName: withFindings ? 'Hendra Wijaya' : 'Sri Lestari',
          companyRepPosition: withFindings ? 'Manajer Operasional' : 'Direktur',
        },
      });
      if (withFindings && !warned) {
        await issueSanction(inspector, {
          companyId: v.companyId,
          body: { stage: 'warning_1', basis: 'finding', issuedOn: last, inspectionId: bap.id },
        });
        warned = true;
      }
    } else {
      await actOnSupervisionVisit(inspector, {
        id: v.id,
        action: { type: 'done', doneOn: v.plannedOn, findingsCount: 0 },
      });
    }
  }
  // the next two working days' visits: their letters issued, but one of the first day's (the plan
  // warns of it); the second day too, so a demo started early in the morning (when the last working
  // day is yesterday) warns of that one visit only
  let d2 = nextDate(d1);
  while (!isWorkingDay(calendar, d2)) d2 = nextDate(d2);
  const next = all.filter((r) => r.visit.plannedOn === d1 || r.visit.plannedOn === d2);
  for (const [i, r] of next.slice(1).entries()) {
    await actOnSupervisionVisit(inspector, {
      id: r.visit.id,
      action: { type: 'issueLetter', letterNumber: `800/${201 + i}/DALAK`, issuedOn: last },
    });
  }
  // the SOP 067/009 cases of the first few of them (the minute sweep starts the others' once the
  // server runs its jobs; the demo stays quick in a busy month)
  for (const r of next.filter((x) => x.visit.plannedOn === d1).slice(0, 3))
    await actOnSupervisionVisit(await as(KABID, now), { id: r.visit.id, action: { type: 'startCase' } });

  // an incidental supervision from a complaint, in progress
  const high = await companiesInScope(db, kaltim.agencyId, { riskLevel: 'high' }, 50);
  const visited = new Set(past.map((r) => r.visit.companyId));
  const target = high.find((c) => !visited.has(c.id));
  if (target)
    await startIncidentalInspection(await as(KABID, kaltim.at(1, '10:00')), {
      companyId: target.id,
      reasonKind: 'complaint',
      reasonRef: `ADU-${year}-000014`,
      reason:
        'Pengaduan warga: kegiatan usaha diduga melebihi lokasi yang diizinkan dan mencemari sungai di sekitarnya.',
    });

  // a monitoring round of investment implementation over the last quarter's high-risk companies of a regency
  const regency = all.find((r) => r.riskLevel === 'high' && r.regency)?.regency;
  if (!regency) return;
  const officer = await as(OFFICER, kaltim.at(3, '09:00'));
  const quarterStart = `${year}-${String(Math.floor((Number(last.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const round = await createMonitoringRound(officer, {
    kind: 'investment',
    title: `Pemantauan realisasi investasi risiko tinggi ${regency}`,
    periodFrom: quarterStart,
    periodTo: last,
    scope: { regency, riskLevel: 'high' },
  });
  const notes: Array<{
    statusNote: string;
    problems?: string;
    followUp: 'none' | 'guidance' | 'supervision';
  }> = [
    { statusNote: 'Kegiatan usaha berjalan; realisasi sesuai LKPM terakhir.', followUp: 'none' },
    {
      statusNote: 'Realisasi investasi tertinggal dari rencana.',
      problems: 'Perusahaan belum memahami pengisian LKPM per bidang usaha.',
      followUp: 'guidance',
    },
    {
      statusNote: 'Kegiatan usaha berhenti; kantor di alamat izin tidak aktif.',
      problems: 'Tidak dapat dihubungi melalui telepon dan surel yang terdaftar.',
      followUp: 'supervision',
    },
  ];
  const recorder = await as(OFFICER, kaltim.at(1, '14:00'));
  for (const [i, r] of round.results.slice(0, notes.length).entries())
    await recordMonitoringResult(recorder, { roundId: round.id, resultId: r.id, result: notes[i]! });
}

import { type TCaseAction, type TSopStep, ZCaseAction } from '@sigap/contracts';
import { type CaseState, openTasks } from '@sigap/core';
import { MODULES } from '../modules';
import type { Database } from '../platform/db/client';
import { findCase } from '../platform/db/repositories/cases';
import { listUnits } from '../platform/db/repositories/org';
import { findUserByEmail } from '../platform/db/repositories/users';
import { agencyDays, type DemoCtx } from '../platform/kernel/demo';
import { seedSurveyAnswers } from '../platform/satisfaction/demo';
import { staffActor } from '../platform/use-cases/auth/resolve-session';
import { actOnCase } from '../platform/use-cases/cases/act-on-case';
import { startCase } from '../platform/use-cases/cases/start-case';
import type { AuthedCtx, SessionActor } from '../platform/use-cases/context';
import { actOnDocument } from '../platform/use-cases/documents/act-on-document';
import { createDocument } from '../platform/use-cases/documents/create-document';
import { templateVersionOf } from '../platform/use-cases/documents/support';
import { takeManualLetterNumber } from '../platform/use-cases/letters/take-manual-letter-number';
import { getDefinition } from '../platform/use-cases/sops/definitions';

/**
 * Work in the demo offices, so that every demo user sees realistic work on first login: cases
 * of several SOPs at different steps (due soon, overdue, waiting for a leader, sent back, done),
 * a memo in review and a signed assignment letter, and numbered letters; then each module's own
 * demo (`SigapModule.demo`: complaints in every stage at BKPM). Everything is done through the
 * use cases, as the demo users, at instants on the working days before today (so the clocks,
 * events and deadlines are real).
 * Names of people and companies are fictional.
 */
export async function seedDemoWork(database: Database, now: Date, publicUrl: string): Promise<void> {
  const db = database.db;
  const kaltim = await agencyDays(db, 'dpmptsp-kaltim', now);
  const as = async (email: string, at: Date): Promise<AuthedCtx> => {
    const user = await findUserByEmail(db, email);
    if (!user) throw new Error(`demo user ${email} is missing`);
    const actor = await staffActor({ db, now: at }, user);
    if (!actor) throw new Error(`demo user ${email} has no agency`);
    return { db, now: at, actor: { ...actor, sessionId: 'demo', csrfToken: 'demo' } as SessionActor };
  };

  // ---- DPMPTSP Kaltim: control of investment (seed 004) and promotion (seed 003)
  const fung = 'fungsional.kaltim@sigap.test';
  const kabid = 'kabid.dalak.kaltim@sigap.test';
  const kepala = 'kepala.kaltim@sigap.test';
  const run = caseRunner(as);

  // waiting for the head of division's approval (step 5)
  const revocation = await run.start(
    fung,
    kaltim.at(3, '08:10'),
    'dalak-067-012',
    'Pencabutan izin usaha PT Borneo Tambang Lestari (pelanggaran berulang)',
  );
  await run.complete(revocation, fung, [
    kaltim.at(3, '08:45'),
    kaltim.at(2, '09:30'),
    kaltim.at(1, '10:15'),
    kaltim.at(0, '08:20'),
  ]);
  // sent back by the head of division: the officer redoes step 2
  const request = await run.start(
    fung,
    kaltim.at(4, '08:05'),
    'dalak-067-011',
    'Pencabutan izin atas permohonan CV Mahakam Karya Mandiri',
  );
  await run.complete(request, fung, [
    kaltim.at(4, '08:40'),
    kaltim.at(4, '10:00'),
    kaltim.at(3, '09:00'),
    kaltim.at(2, '13:45'),
  ]);
  await run.decide(
    request,
    kabid,
    kaltim.at(1, '09:10'),
    'no',
    'Berita acara belum memuat tanda tangan perwakilan perusahaan.',
  );
  // routine supervision, overdue at the inspection report (step 4)
  const routine = await run.start(
    fung,
    kaltim.at(5, '08:00'),
    'dalak-067-009',
    'Pengawasan rutin PT Kaltim Sawit Makmur (risiko menengah tinggi)',
  );
  await run.complete(routine, fung, [kaltim.at(5, '08:30'), kaltim.at(5, '10:00'), kaltim.at(4, '09:00')]);
  // a court decision, waiting for the head of office's signature (step 4)
  const court = await run.start(
    fung,
    kaltim.at(2, '08:15'),
    'dalak-067-013',
    'Pencabutan izin PT Delta Energi Nusantara berdasarkan putusan PTUN Samarinda',
  );
  await run.complete(court, fung, [kaltim.at(2, '08:50'), kaltim.at(1, '09:40')]);
  await run.decide(court, kabid, kaltim.at(0, '08:30'), 'yes');
  // an incidental inspection after a complaint, finished last week
  const incidental = await run.start(
    fung,
    kaltim.at(8, '08:00'),
    'dalak-067-010',
    'Pengawasan insidentil PT Samudra Logistik Timur atas pengaduan warga',
  );
  await run.complete(incidental, fung, [
    kaltim.at(8, '08:25'),
    kaltim.at(8, '09:40'),
    kaltim.at(7, '10:00'),
    kaltim.at(7, '14:00'),
  ]);
  await run.decide(incidental, kabid, kaltim.at(6, '09:00'), 'yes');
  await run.decide(incidental, kepala, kaltim.at(6, '13:30'), 'yes');
  await run.complete(incidental, fung, [kaltim.at(5, '08:10')]);
  // the LKPM helpdesk (067/008) and virtual consultations (067/007) run with their tickets, and
  // LKPM verification (067/006) with its reports, in the investment-control module's demo
  // a business forum being prepared by the promotion section (seed 003)
  const forum = await run.start(
    'staf.promosi.kaltim@sigap.test',
    kaltim.at(2, '08:00'),
    'promosi-bpm-03-forum-bisnis',
    'Forum Bisnis Investasi Kalimantan Timur 2027 di Balikpapan',
  );
  await run.complete(forum, 'staf.promosi.kaltim@sigap.test', [kaltim.at(2, '09:10'), kaltim.at(1, '08:30')]);

  // a memo in review (drafted by the officer, initialled by the head of division next) and a signed assignment letter
  const dalak = await unitId(db, kaltim.agencyId, 'DALAK');
  const memo = await createDocument(await as(fung, kaltim.at(0, '08:35')), {
    templateCode: 'nota-dinas',
    caseId: revocation,
    title: 'Nota dinas telaahan pencabutan izin PT Borneo Tambang Lestari',
    classification: '500.1',
    unitId: dalak,
    data: await sampleOf(db, kaltim.agencyId, 'nota-dinas'),
  });
  await actOnDocument(await as(fung, kaltim.at(0, '08:40')), {
    id: memo.id,
    action: {
      type: 'submit',
      reviewerUserIds: [await userId(db, kabid)],
      signerUserId: await userId(db, kepala),
    },
    publicUrl,
  });
  const order = await createDocument(await as(fung, kaltim.at(5, '08:20')), {
    templateCode: 'surat-tugas',
    caseId: routine,
    title: 'Surat tugas pengawasan rutin PT Kaltim Sawit Makmur',
    classification: '800.1.11.1',
    unitId: dalak,
    data: await sampleOf(db, kaltim.agencyId, 'surat-tugas'),
  });
  await actOnDocument(await as(fung, kaltim.at(5, '08:25')), {
    id: order.id,
    action: {
      type: 'submit',
      reviewerUserIds: [await userId(db, kabid)],
      signerUserId: await userId(db, kepala),
    },
    publicUrl,
  });
  await actOnDocument(await as(kabid, kaltim.at(5, '09:00')), {
    id: order.id,
    action: { type: 'initial' },
    publicUrl,
  });
  await actOnDocument(await as(kepala, kaltim.at(5, '09:30')), {
    id: order.id,
    action: { type: 'sign' },
    publicUrl,
  });
  await takeManualLetterNumber(await as('tu.kaltim@sigap.test', kaltim.at(1, '14:00')), {
    unitCode: 'DPMPTSP-SEKRETARIAT',
    classification: '000.1.2',
    subject: 'Undangan rapat koordinasi pengendalian penanaman modal kabupaten/kota',
  });

  // ---- every module's own demo (public complaints at BKPM, …)
  const ctx: DemoCtx = { db, publicUrl, as, agency: (code) => agencyDays(db, code, now) };
  for (const m of MODULES) await m.demo?.(ctx);
  // ---- the satisfaction survey's answers to the invitations the modules' demos made
  await seedSurveyAnswers(database, now);
}

/** Starting and moving cases through the engine, as the demo users, at given instants. */
function caseRunner(as: (email: string, at: Date) => Promise<AuthedCtx>) {
  const act = async (email: string, at: Date, caseId: string, build: (task: OpenTask) => TCaseAction) => {
    const ctx = await as(email, at);
    const row = await findCase(ctx.db, caseId);
    const state = row!.state as CaseState;
    const task = openTasks(state)[0]!;
    const def = await getDefinition(ctx.db, row!.agencyId, row!.definitionKey, row!.definitionVersion);
    const step = def!.steps.find((s) => s.id === task.stepId)!;
    await actOnCase(ctx, { caseId, action: ZCaseAction.parse(build({ id: task.id, step })) });
  };
  return {
    async start(email: string, at: Date, definitionKey: string, subject: string): Promise<string> {
      return (await startCase(await as(email, at), { definitionKey, subject })).id;
    },
    async complete(caseId: string, email: string, instants: Date[]): Promise<void> {
      for (const at of instants)
        await act(email, at, caseId, (t) => ({
          type: 'complete',
          taskId: t.id,
          form: formFor(t.step, at),
          inputsChecked: t.step.inputs.slice(0, 1),
        }));
    },
    async decide(caseId: string, email: string, at: Date, decision: 'yes' | 'no', note?: string) {
      await act(email, at, caseId, (t) => ({
        type: 'complete',
        taskId: t.id,
        decision,
        form: { ...formFor(t.step, at), ...(note ? { note } : {}) },
      }));
    },
  };
}

interface OpenTask {
  id: string;
  step: TSopStep;
}

/** Plausible answers to a step's required form fields. */
function formFor(step: TSopStep, at: Date): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const f of step.form ?? []) {
    if (!f.required) continue;
    if (f.type === 'checkbox') form[f.name] = true;
    else if (f.type === 'number') form[f.name] = 1;
    else if (f.type === 'date') form[f.name] = at.toISOString().slice(0, 10);
    else if (f.type === 'select') form[f.name] = f.options?.[0]?.value;
    else form[f.name] = 'Sudah diperiksa dan sesuai.';
  }
  return form;
}

async function unitId(db: Database['db'], agencyId: string, code: string): Promise<string> {
  const unit = (await listUnits(db, agencyId)).find((u) => u.code === code);
  if (!unit) throw new Error(`demo unit ${code} is missing`);
  return unit.id;
}

async function userId(db: Database['db'], email: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`demo user ${email} is missing`);
  return user.id;
}

async function sampleOf(
  db: Database['db'],
  agencyId: string,
  code: string,
): Promise<Record<string, unknown>> {
  const template = await templateVersionOf(db, agencyId, code);
  return (template?.sample ?? {}) as Record<string, unknown>;
}

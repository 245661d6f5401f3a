import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Session } from '../../testing/harness';
import { multipartBody } from '../../testing/multipart';

/**
 * Issue 15, defects 1-4: who may move a complaint's tasks, where a disposition may send a task,
 * what a confidential complaint shows outside the complaint team, and who may read a document
 * that carries a reporter's identity. Each test sends the request the probe sent.
 */
let h: Harness;
let officer: Session;
let member: Session;
let chair: Session;
let menteri: Session;
let admin: Session;
let direktur: Session;
let staf: Session;
let kepalaKaltim: Session;
let kabidKaltim: Session;
let fungKaltim: Session;
let adminKaltim: Session;
let bkpmId: string;

// Tuesday 24 November 2026, 10:00 WIB
const START = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  h = await createHarness({ now: START });
  officer = await h.login('petugas.pengaduan.bkpm@sigap.test');
  member = await h.login('anggota.pokja.bkpm@sigap.test');
  chair = await h.login('ketua.pokja.bkpm@sigap.test');
  menteri = await h.login('menteri.bkpm@sigap.test');
  admin = await h.login('admin.bkpm@sigap.test');
  direktur = await h.login('direktur.spb.bkpm@sigap.test');
  staf = await h.login('staf.spb.bkpm@sigap.test');
  kepalaKaltim = await h.login('kepala.kaltim@sigap.test');
  kabidKaltim = await h.login('kabid.dalak.kaltim@sigap.test');
  fungKaltim = await h.login('fungsional.kaltim@sigap.test');
  adminKaltim = await h.login('admin.kaltim@sigap.test');
  bkpmId = officer.me.agency.id;
});
afterAll(async () => h?.close());

async function rows<T>(text: string, values?: unknown[]): Promise<T[]> {
  return (await h.database.query(text, values)).rows as T[];
}

/** Files a complaint on the portal and returns its id and case id. */
async function fileComplaint(agencyId: string, over: Record<string, string> = {}) {
  const body = multipartBody({
    agencyId,
    type: 'a',
    subject: 'Izin usaha tertahan di verifikasi',
    description: 'Permohonan izin usaha kami menunggu verifikasi tiga minggu tanpa kabar apa pun.',
    reporterName: 'Siti Pelapor',
    reporterEmail: 'siti.pelapor@example.com',
    language: 'id',
    ...over,
  });
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  // the public receipt carries no internal id: the new complaint is the one not seen before
  const fresh = (await rows<{ id: string; case_id: string }>('select id, case_id from complaints')).filter(
    (c) => !seen.has(c.id),
  );
  expect(fresh).toHaveLength(1);
  seen.add(fresh[0]!.id);
  return { id: fresh[0]!.id, caseId: fresh[0]!.case_id };
}
const seen = new Set<string>();

async function bkpmUnit(code: string): Promise<string> {
  const [unit] = await rows<{ id: string }>('select id from units where agency_id = $1 and code = $2', [
    bkpmId,
    code,
  ]);
  return unit!.id;
}

/** Takes a complaint to the working group's examination step (s6). */
async function toWorkingGroup(team: { officer: Session }, id: string) {
  const act = (action: Record<string, unknown>) =>
    h.as(team.officer, 'POST', `/api/complaints/${id}/actions`, action);
  expect(
    (await act({ type: 'firstResponse', text: 'Kami terima dan sedang kami periksa.' })).statusCode,
  ).toBe(200);
  const fwd = await act({ type: 'forward', note: 'Perlu pemeriksaan direktorat perizinan.' });
  expect(fwd.statusCode, fwd.body).toBe(200);
}

async function openTask(s: Session, caseId: string) {
  const detail = (await h.as(s, 'GET', `/api/cases/${caseId}`)).json();
  return detail.tasks.find((t: { status: string }) => t.status === 'ready') as {
    id: string;
    stepId: string;
    assigneeUserId: string | null;
    canDirect: boolean;
  };
}

describe('defect 1: leaders outside the complaint team cannot take over complaint steps', () => {
  it('refuses dispose, reassign and claim by the Minister and the Kepala; the working group keeps the step', async () => {
    const { id, caseId } = await fileComplaint(bkpmId);
    await toWorkingGroup({ officer }, id);
    const task = await openTask(member, caseId);
    expect(task.stepId).toBe('s6');
    // the probe's request: the Minister disposes the working group's task to a staff member
    const dispose = await h.as(menteri, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'dispose',
      taskId: task.id,
      toUserId: staf.me.user.id,
      instruction: 'Tolong ditangani langsung.',
    });
    expect(dispose.statusCode, dispose.body).toBe(403);
    const reassign = await h.as(menteri, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'reassign',
      taskId: task.id,
      toUserId: staf.me.user.id,
      reason: 'Saya alihkan.',
    });
    expect(reassign.statusCode).toBe(403);
    expect(
      (await h.as(menteri, 'POST', `/api/cases/${caseId}/actions`, { type: 'claim', taskId: task.id }))
        .statusCode,
    ).toBe(403);
    // the case page offers the Minister nothing to direct
    expect((await openTask(menteri, caseId)).canDirect).toBe(false);
    // the staff member gained nothing; the working group still examines
    expect((await h.as(staf, 'GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    const examine = await h.as(member, 'POST', `/api/complaints/${id}/actions`, {
      type: 'examine',
      findings: 'Berkas lengkap, tertahan di verifikasi teknis.',
    });
    expect(examine.statusCode, examine.body).toBe(200);
  });

  it('refuses the Kepala DPMPTSP on a Kaltim complaint the same way', async () => {
    const kaltimId = kepalaKaltim.me.agency.id;
    const kaltimOfficer = await h.login('petugas.pengaduan.kaltim@sigap.test');
    const { id, caseId } = await fileComplaint(kaltimId);
    await toWorkingGroup({ officer: kaltimOfficer }, id);
    const task = await openTask(kaltimOfficer, caseId);
    const res = await h.as(kepalaKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'dispose',
      taskId: task.id,
      toUserId: fungKaltim.me.user.id,
      instruction: 'Tangani segera.',
    });
    expect(res.statusCode).toBe(403);
  });

  it('lets the chair move the step inside the team only, naming the field otherwise', async () => {
    const { id, caseId } = await fileComplaint(bkpmId);
    await toWorkingGroup({ officer }, id);
    const task = await openTask(chair, caseId);
    expect(task.canDirect).toBe(true);
    const outside = await h.as(
      chair,
      'POST',
      `/api/cases/${caseId}/actions`,
      { type: 'dispose', taskId: task.id, toUserId: staf.me.user.id, instruction: 'Mohon dibantu.' },
      'en',
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields).toEqual([
      expect.objectContaining({
        field: 'toUserId',
        rule: 'not_in_team',
        message: expect.stringMatching(/complaint officer or the working group/),
      }),
    ]);
    // the candidates the case page offers are the team
    const detail = (await h.as(chair, 'GET', `/api/cases/${caseId}`)).json();
    const candidateIds = detail.candidates.map((c: { userId: string }) => c.userId);
    expect(candidateIds).toEqual(expect.arrayContaining([member.me.user.id, officer.me.user.id]));
    expect(candidateIds).not.toContain(staf.me.user.id);
    const inside = await h.as(chair, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'dispose',
      taskId: task.id,
      toUserId: member.me.user.id,
      instruction: 'Mohon diperiksa minggu ini.',
    });
    expect(inside.statusCode, inside.body).toBe(200);
  });
});

describe('defect 2: dispositions go only to active units and staff of the agency within scope', () => {
  let caseId: string;
  let taskId: string;

  beforeAll(async () => {
    const start = await h.as(fungKaltim, 'POST', '/api/cases', {
      definitionKey: 'dalak-067-012',
      subject: 'Pencabutan izin PT Contoh Tambang',
    });
    expect(start.statusCode, start.body).toBe(200);
    caseId = start.json().id;
    taskId = (await openTask(kabidKaltim, caseId)).id;
  });

  it('refuses another agency’s user and unit and unknown ids with 400 naming the field', async () => {
    const spbUnit = await bkpmUnit('DIT-SPB');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ toUserId: staf.me.user.id }, 'toUserId'],
      [{ toUserId: '00000000-0000-4000-8000-000000000001' }, 'toUserId'],
      [{ toUnitId: spbUnit }, 'toUnitId'],
      [{ toUnitId: '00000000-0000-4000-8000-000000000002' }, 'toUnitId'],
    ];
    for (const [target, field] of cases) {
      const res = await h.as(kabidKaltim, 'POST', `/api/cases/${caseId}/actions`, {
        type: 'dispose',
        taskId,
        instruction: 'Mohon ditindaklanjuti.',
        ...target,
      });
      expect(res.statusCode, JSON.stringify(target)).toBe(400);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    const reassign = await h.as(kabidKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'reassign',
      taskId,
      toUserId: staf.me.user.id,
      reason: 'Dialihkan.',
    });
    expect(reassign.statusCode).toBe(400);
    expect(reassign.json().fields[0].field).toBe('toUserId');
    // nothing moved, and no other agency's name shows on the case
    const detail = await h.as(kabidKaltim, 'GET', `/api/cases/${caseId}`);
    expect(detail.json().tasks.find((t: { id: string }) => t.id === taskId).dispositions).toEqual([]);
    expect(detail.body).not.toContain('Rizky Pratama');
  });

  it('lets the administrator recover a task nobody can act on, and only such a task', async () => {
    const pengolah = await h.login('pengolah.kaltim@sigap.test');
    const moved = await h.as(kabidKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'dispose',
      taskId,
      toUserId: pengolah.me.user.id,
      instruction: 'Mohon disiapkan.',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // while the assignee can act, the administrator is no leader over the task
    const early = await h.as(adminKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'reassign',
      taskId,
      toUserId: fungKaltim.me.user.id,
      reason: 'Dipindahkan.',
    });
    expect(early.statusCode).toBe(403);
    // the assignee leaves: the task is stuck
    const off = await h.as(adminKaltim, 'PATCH', `/api/org/users/${pengolah.me.user.id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    const stuck = await openTask(adminKaltim, caseId);
    expect(stuck.canDirect).toBe(true);
    const recovered = await h.as(adminKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'reassign',
      taskId,
      toUserId: fungKaltim.me.user.id,
      reason: 'Pegawai sebelumnya tidak aktif lagi.',
    });
    expect(recovered.statusCode, recovered.body).toBe(200);
    expect((await openTask(fungKaltim, caseId)).assigneeUserId).toBe(fungKaltim.me.user.id);
    // an inactive user is no target
    const toInactive = await h.as(kabidKaltim, 'POST', `/api/cases/${caseId}/actions`, {
      type: 'reassign',
      taskId,
      toUserId: pengolah.me.user.id,
      reason: 'Kembali.',
    });
    expect(toInactive.statusCode).toBe(400);
  });
});

describe('defect 3: a confidential complaint shows only that it exists outside the complaint team', () => {
  const SUBJECT = 'Pungutan liar di loket perizinan';
  const DESCRIPTION = 'Petugas loket meminta uang pelicin sebesar lima juta rupiah untuk mempercepat izin.';
  let id: string;
  let caseId: string;

  beforeAll(async () => {
    ({ id, caseId } = await fileComplaint(bkpmId, {
      subject: SUBJECT,
      description: DESCRIPTION,
      confidential: 'true',
    }));
    await toWorkingGroup({ officer }, id);
    const examine = await h.as(member, 'POST', `/api/complaints/${id}/actions`, {
      type: 'examine',
      findings: 'Dua saksi menguatkan permintaan uang di loket tiga.',
    });
    expect(examine.statusCode, examine.body).toBe(200);
  });

  it('withholds subject, description and step notes from leaders and administrators on the case page', async () => {
    for (const s of [menteri, admin]) {
      const res = await h.as(s, 'GET', `/api/cases/${caseId}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.contentHidden).toBe(true);
      expect(res.body).not.toContain(SUBJECT);
      expect(res.body).not.toContain('uang pelicin');
      expect(res.body).not.toContain('loket tiga');
      expect(res.body).not.toContain('direktorat perizinan');
      // what exists: number, dates, status, deadlines
      expect(body).toMatchObject({ status: 'open', number: expect.any(String) });
      expect(body.dueAt).not.toBeNull();
      expect(body.tasks.every((t: { form: unknown }) => t.form === null)).toBe(true);
      expect((await h.as(s, 'GET', `/api/documents?caseId=${caseId}`)).json().items).toEqual([]);
      // nor can they add to its notes
      expect(
        (await h.as(s, 'POST', `/api/cases/${caseId}/comments`, { body: 'Mohon laporannya.' })).statusCode,
      ).toBe(404);
    }
    // the team sees it all
    const team = await h.as(member, 'GET', `/api/cases/${caseId}`);
    expect(team.json().contentHidden).toBe(false);
    expect(team.body).toContain(SUBJECT);
  });

  it('links the case to its complaint through the module, for the team only to open', async () => {
    const team = (await h.as(member, 'GET', `/api/cases/${caseId}`)).json();
    expect(team.record).toEqual({ module: 'complaints', id, path: `/office/pengaduan/${id}`, mayOpen: true });
    for (const s of [menteri, admin]) {
      const body = (await h.as(s, 'GET', `/api/cases/${caseId}`)).json();
      expect(body.record).toMatchObject({ module: 'complaints', mayOpen: false });
    }
  });

  it('withholds them from the inbox (open and done tasks) and from input requests to units', async () => {
    for (const s of [menteri, admin]) {
      for (const q of ['tab=unit', 'tab=unit&status=done', 'tab=overdue', 'tab=approval']) {
        const res = await h.as(s, 'GET', `/api/inbox?${q}`);
        expect(res.statusCode).toBe(200);
        expect(res.body, q).not.toContain(SUBJECT);
      }
    }
    const done = (await h.as(menteri, 'GET', '/api/inbox?tab=unit&status=done')).json();
    const item = done.items.find((i: { caseId: string }) => i.caseId === caseId);
    expect(item).toMatchObject({ contentHidden: true });
    const spb = await bkpmUnit('DIT-SPB');
    const ask = await h.as(member, 'POST', `/api/complaints/${id}/actions`, {
      type: 'requestInput',
      unitId: spb,
      question: 'Apakah ada laporan serupa tentang loket perizinan?',
      dueWorkingDays: 2,
    });
    expect(ask.statusCode, ask.body).toBe(200);
    const requests = await h.as(direktur, 'GET', '/api/complaint-input-requests');
    expect(requests.body).toContain('Apakah ada laporan serupa');
    expect(requests.body).not.toContain(SUBJECT);
    // the team's inbox keeps the subject
    const mine = await h.as(chair, 'GET', '/api/inbox?tab=unit');
    expect(mine.body).toContain(SUBJECT);
  });

  it('withholds the subject of its signed letter from the letter register and its export', async () => {
    const [tpl] = await rows<{ sample: Record<string, unknown> }>(
      "select body->'sample' as sample from document_templates where code = 'nota-dinas' and agency_id is null",
    );
    const teamUnit = await bkpmUnit('POKJA-ADUAN');
    const doc = await h.as(member, 'POST', '/api/documents', {
      templateCode: 'nota-dinas',
      caseId,
      title: 'Laporan pungutan liar loket tiga',
      classification: '000.1',
      unitId: teamUnit,
      data: tpl!.sample,
    });
    expect(doc.statusCode, doc.body).toBe(200);
    const docId = doc.json().id;
    const submit = await h.as(member, 'POST', `/api/documents/${docId}/actions`, {
      type: 'submit',
      reviewerUserIds: [],
      signerUserId: chair.me.user.id,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    const signed = await h.as(chair, 'POST', `/api/documents/${docId}/actions`, { type: 'sign' });
    expect(signed.statusCode, signed.body).toBe(200);
    const number = signed.json().number as string;
    const register = await h.as(menteri, 'GET', '/api/letter-numbers');
    expect(register.statusCode).toBe(200);
    const entry = register.json().items.find((i: { number: string }) => i.number === number);
    expect(entry.subject).not.toContain('pungutan');
    expect(register.body).not.toContain('loket tiga');
    const xlsx = await h.as(menteri, 'GET', '/api/letter-numbers.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    expect(cells.join(' ')).toContain(number);
    expect(cells.join(' ')).not.toContain('loket tiga');
    // the team reads it in full; the archive gives the letter to its signer and the team only
    expect((await h.as(chair, 'GET', '/api/letter-numbers')).body).toContain('loket tiga');
    expect((await h.as(menteri, 'GET', '/api/archive?q=pungutan')).body).not.toContain(docId);
    expect((await h.as(chair, 'GET', '/api/archive?q=pungutan')).body).toContain(docId);
  });

  it('keeps showing a non-confidential complaint’s subject to leaders, as before', async () => {
    const open = await fileComplaint(bkpmId, { subject: 'Jadwal konsultasi tidak jelas' });
    const res = await h.as(menteri, 'GET', `/api/cases/${open.caseId}`);
    expect(res.json()).toMatchObject({ contentHidden: false, subject: 'Jadwal konsultasi tidak jelas' });
  });
});

describe('defect 4: a document carrying the reporter’s identity is for those who may see it', () => {
  let id: string;
  let caseId: string;
  let docId: string;
  let teamUnitId: string;

  beforeAll(async () => {
    ({ id, caseId } = await fileComplaint(bkpmId, { subject: 'Pengaduan lewat telepon' }));
    teamUnitId = await bkpmUnit('POKJA-ADUAN');
    const created = await h.as(officer, 'POST', '/api/documents', {
      templateCode: 'formulir-c',
      caseId,
      title: 'Formulir C pengaduan telepon',
      classification: '000.1',
      unitId: teamUnitId,
      data: {
        reporterName: 'Budi Penelepon',
        contact: '0812 9999 1234',
        time: '10:00',
        date: '2026-11-24',
        channel: 'telepon',
        content: 'Penelepon menanyakan izin yang tertahan.',
        officerName: 'Maya Anggraini',
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    docId = created.json().id;
  });

  it('hides the Form C from leaders and administrators who may see the case, and keeps it for the team', async () => {
    for (const s of [menteri, admin, direktur]) {
      expect((await h.as(s, 'GET', `/api/documents/${docId}`)).statusCode).toBe(404);
      expect((await h.as(s, 'GET', `/api/documents/${docId}/pdf`)).statusCode).toBe(404);
      const list = await h.as(s, 'GET', `/api/documents?caseId=${caseId}`);
      expect(list.body).not.toContain(docId);
    }
    expect((await h.as(member, 'GET', `/api/documents/${docId}`)).statusCode).toBe(200);
    expect((await h.as(officer, 'GET', `/api/documents?caseId=${caseId}`)).body).toContain(docId);
  });

  it('refuses a chain member who may not see the identity, until it is revealed to them with a reason', async () => {
    const submit = (signer: Session) =>
      h.as(
        officer,
        'POST',
        `/api/documents/${docId}/actions`,
        { type: 'submit', reviewerUserIds: [], signerUserId: signer.me.user.id },
        'en',
      );
    const refused = await submit(direktur);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0]).toMatchObject({ field: 'signerUserId', rule: 'identity_not_visible' });
    const reveal = await h.as(chair, 'POST', `/api/complaints/${id}/actions`, {
      type: 'revealIdentity',
      userId: direktur.me.user.id,
      reason: 'Direktur menandatangani Formulir C sebagai atasan langsung.',
    });
    expect(reveal.statusCode, reveal.body).toBe(200);
    expect((await submit(direktur)).statusCode).toBe(200);
    expect((await h.as(direktur, 'GET', `/api/documents/${docId}`)).statusCode).toBe(200);
    // the Minister, to whom nothing was revealed, still gets "not found"
    expect((await h.as(menteri, 'GET', `/api/documents/${docId}`)).statusCode).toBe(404);
  });

  it('refuses a drafter outside the team typing the identity into a complaint case document', async () => {
    const res = await h.as(menteri, 'POST', '/api/documents', {
      templateCode: 'formulir-c',
      caseId,
      title: 'Formulir C salinan',
      classification: '000.1',
      unitId: teamUnitId,
      data: {
        reporterName: 'Budi Penelepon',
        contact: '0812 9999 1234',
        time: '10:00',
        date: '2026-11-24',
        channel: 'telepon',
        content: 'Salinan pengaduan.',
        officerName: 'Menteri',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ rule: 'identity_not_visible' });
  });
});

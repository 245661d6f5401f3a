import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWork } from '../../seed/demo-work';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;

// Monday 7 December 2026, 15:00 WITA
beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-12-07T07:00:00Z') });
  await seedDemoWork(h.database, h.now, 'http://localhost:3000');
}, 300_000);
afterAll(async () => h?.close());

describe('the supervision demo at DPMPTSP Kaltim', () => {
  it('shows every control screen with work on first login', async () => {
    const kabid = await h.login('kabid.dalak.kaltim@sigap.test');
    // this year's plan: visits done, letters issued, and tomorrow's visit without a letter flagged
    const visits = (
      await h.as(kabid, 'GET', '/api/control/supervision-visits?year=2026&month=12&pageSize=500')
    ).json();
    const statuses = new Set(visits.items.map((v: { status: string }) => v.status));
    for (const s of ['done', 'letter_issued', 'planned']) expect(statuses).toContain(s);
    const flagged = visits.items.filter((v: { letterMissing: boolean }) => v.letterMissing);
    expect(flagged.length).toBe(1);
    expect(flagged[0].plannedOn).toBe('2026-12-08');
    // the coming visits' SOP 067/009 cases, their letter step due the working day before
    expect(
      visits.items.filter(
        (v: { plannedOn: string; caseId: string | null }) => v.plannedOn === '2026-12-08' && v.caseId,
      ).length,
    ).toBeGreaterThan(0);

    // inspections: a routine report graded, an incidental one from a complaint still open
    const inspections = (await h.as(kabid, 'GET', '/api/control/inspections?pageSize=50')).json();
    const kinds = inspections.items.map(
      (i: { kind: string; status: string; grade: string | null }) => `${i.kind}:${i.status}:${i.grade}`,
    );
    expect(kinds).toContain('visit:reported:not_compliant');
    expect(kinds).toContain('visit:reported:compliant');
    expect(kinds).toContain('incidental:open:null');
    // the one from a complaint (the guidance demo has an incidental inspection of its own, from a finding)
    const incidental = inspections.items.find(
      (i: { kind: string; reasonKind: string }) => i.kind === 'incidental' && i.reasonKind === 'complaint',
    );
    expect(incidental.reasonRef).toMatch(/^ADU-2026-/);

    // one company warned, its first written warning open with its comply-by date
    const sanctions = (await h.as(kabid, 'GET', '/api/control/sanctions')).json();
    const warning = sanctions.items.find((s: { stage: string }) => s.stage === 'warning_1');
    expect(warning).toMatchObject({ status: 'open' });
    expect(warning.complyBy > '2026-12-07').toBe(true);

    // a monitoring round with results, one proposing supervision
    const rounds = (await h.as(kabid, 'GET', '/api/control/monitoring')).json();
    expect(rounds.total).toBe(1);
    expect(rounds.items[0]).toMatchObject({ status: 'open', recorded: 3, supervision: 1, guidance: 1 });
    expect(rounds.items[0].caseNumber).toMatch(/^SOP-2026-/);
  });
});

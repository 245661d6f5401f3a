import { describe, expect, it } from 'vitest';
import { COMPLAINT_SOP_KEY } from '../complaints/rules';
import {
  COMPLAINT_SOP_STEPS,
  COMPLAINT_STEP,
  FACILITATION_SOP_KEY,
  foreignManagedKeys,
  genericActionAllowed,
  HELPDESK_SOP_KEY,
  HELPDESK_STEP,
  inManagingTeam,
  LKPM_SOP_KEY,
  LKPM_STEP,
  managedByProblems,
  managedSop,
  managedSopProblems,
  ONE_ON_ONE_SOP_KEY,
  VIRTUAL_CONSULTATION_SOP_KEY,
  VIRTUAL_CONSULTATION_STEP,
} from './managed-sops';

describe('SOPs a module manages', () => {
  it('knows the complaint SOP and no generic one', () => {
    expect(managedSop(COMPLAINT_SOP_KEY)?.module).toBe('complaints');
    expect(managedSop('dalak-067-012')).toBeNull();
  });

  it('lets only the complaint team move a complaint task from the case page', () => {
    for (const action of ['claim', 'dispose', 'reassign'] as const) {
      expect(genericActionAllowed(COMPLAINT_SOP_KEY, action, ['complaint_wg_chair']).ok).toBe(true);
      expect(genericActionAllowed(COMPLAINT_SOP_KEY, action, ['complaint_officer']).ok).toBe(true);
      // leaders and administrators outside the team: refused, whatever their rank
      for (const outsider of [['menteri'], ['kepala_dinas'], ['admin'], ['direktur', 'staf']] as const)
        expect(genericActionAllowed(COMPLAINT_SOP_KEY, action, outsider)).toEqual({
          ok: false,
          reason: 'team',
        });
    }
  });

  it('sends completing, pausing and cancelling a complaint step to the complaint page, even for the team', () => {
    for (const action of ['complete', 'saveDraft', 'returnToPrevious', 'pause', 'resume', 'cancel'] as const)
      expect(genericActionAllowed(COMPLAINT_SOP_KEY, action, ['complaint_wg_chair'])).toEqual({
        ok: false,
        reason: 'module',
      });
  });

  it('leaves an unmanaged SOP to the engine’s own rules', () => {
    expect(genericActionAllowed('dalak-067-012', 'dispose', ['staf']).ok).toBe(true);
    expect(inManagingTeam('dalak-067-012', [])).toBe(true);
  });

  it('lists the managed SOPs whose team the user is not on', () => {
    const control = [LKPM_SOP_KEY, HELPDESK_SOP_KEY, VIRTUAL_CONSULTATION_SOP_KEY];
    expect(foreignManagedKeys(['menteri', 'admin'])).toEqual([COMPLAINT_SOP_KEY, ...control]);
    expect(foreignManagedKeys(['complaint_wg_member'])).toEqual([
      ONE_ON_ONE_SOP_KEY,
      FACILITATION_SOP_KEY,
      ...control,
    ]);
    expect(foreignManagedKeys(['tata_usaha'])).toEqual([COMPLAINT_SOP_KEY, ...control]);
    expect(foreignManagedKeys(['verifikator_lkpm'])).toEqual([
      COMPLAINT_SOP_KEY,
      ONE_ON_ONE_SOP_KEY,
      FACILITATION_SOP_KEY,
    ]);
  });

  it('the service-request SOPs are driven by their module: the facilitation on its page only, the one-on-one preparation after the reply still on the case page', () => {
    expect(managedSop(FACILITATION_SOP_KEY)?.module).toBe('service-requests');
    expect(genericActionAllowed(FACILITATION_SOP_KEY, 'complete', ['staf'])).toEqual({
      ok: false,
      reason: 'module',
    });
    expect(genericActionAllowed(FACILITATION_SOP_KEY, 'dispose', ['complaint_officer'])).toEqual({
      ok: false,
      reason: 'team',
    });
    expect(genericActionAllowed(ONE_ON_ONE_SOP_KEY, 'complete', ['pkpm_madya'])).toEqual({ ok: true });
    expect(
      managedSopProblems({ key: FACILITATION_SOP_KEY, steps: [{ id: 's1' }, { id: 's2' }] }).map(
        (p) => p.stepId,
      ),
    ).toEqual(['s3', 's4', 's5', 's6']);
  });
});

describe('the LKPM verification SOP', () => {
  it('is driven by the investment-control module on its page; the control division moves its tasks', () => {
    expect(managedSop(LKPM_SOP_KEY)?.module).toBe('investment-control');
    expect(genericActionAllowed(LKPM_SOP_KEY, 'complete', ['verifikator_lkpm'])).toEqual({
      ok: false,
      reason: 'module',
    });
    expect(genericActionAllowed(LKPM_SOP_KEY, 'dispose', ['kabid']).ok).toBe(true);
    expect(genericActionAllowed(LKPM_SOP_KEY, 'dispose', ['tata_usaha'])).toEqual({
      ok: false,
      reason: 'team',
    });
    expect(managedSopProblems({ key: LKPM_SOP_KEY, steps: [{ id: 's1' }] }).map((p) => p.stepId)).toEqual(
      Object.values(LKPM_STEP).slice(1),
    );
  });
});

describe('the consultation SOPs (067/007 and 067/008)', () => {
  it('are driven by the investment-control module up to the answer; the evaluation, follow-up and archive stay on the case page', () => {
    for (const [key, steps, after] of [
      [HELPDESK_SOP_KEY, HELPDESK_STEP, ['s6', 's7', 's8']],
      [VIRTUAL_CONSULTATION_SOP_KEY, VIRTUAL_CONSULTATION_STEP, ['s7', 's8', 's9']],
    ] as const) {
      expect(managedSop(key)?.module).toBe('investment-control');
      for (const step of Object.values(steps))
        expect(genericActionAllowed(key, 'complete', ['helpdesk_lkpm'], step)).toEqual({
          ok: false,
          reason: 'module',
        });
      for (const step of after)
        expect(genericActionAllowed(key, 'complete', ['analis_kebijakan'], step)).toEqual({ ok: true });
      expect(genericActionAllowed(key, 'dispose', ['tata_usaha'])).toEqual({ ok: false, reason: 'team' });
      expect(genericActionAllowed(key, 'cancel', ['kabid'])).toEqual({ ok: false, reason: 'module' });
    }
  });
});

describe('the permission table as the web reads it', () => {
  it('gives the role lists of role-bound actions and null for actions every staff member has', async () => {
    const { rolesFor } = await import('./policy');
    expect(rolesFor('complaint.handle')).toEqual([
      'complaint_officer',
      'complaint_wg_chair',
      'complaint_wg_member',
    ]);
    expect(rolesFor('task.recover')).toEqual(['admin']);
    expect(rolesFor('complaintDraft.handle')).toEqual(['complaint_officer']);
    expect(rolesFor('letterNumber.read')).toEqual(
      expect.arrayContaining(['tata_usaha', 'admin', 'kabid', 'menteri']),
    );
    expect(rolesFor('org.read')).toBeNull();
  });
});

describe('managedBy in an SOP definition', () => {
  it('must name the module that manages the key, and only then', () => {
    expect(managedByProblems({ key: COMPLAINT_SOP_KEY, managedBy: 'complaints' })).toEqual([]);
    expect(managedByProblems({ key: 'dalak-067-012' })).toEqual([]);
    const [missing] = managedByProblems({ key: COMPLAINT_SOP_KEY });
    expect(missing).toMatchObject({ rule: 'managed-by' });
    expect(missing!.message).toContain('must say managedBy: complaints');
    const [wrong] = managedByProblems({ key: COMPLAINT_SOP_KEY, managedBy: 'promotion' });
    expect(wrong!.message).toContain('(it says promotion)');
    const [claimed] = managedByProblems({ key: 'dalak-067-012', managedBy: 'complaints' });
    expect(claimed!.message).toContain('no module manages an SOP with this key');
  });

  it('names each complaint step once, in the order of the SOP', () => {
    expect(COMPLAINT_SOP_STEPS).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11']);
    expect(new Set(Object.values(COMPLAINT_STEP)).size).toBe(11);
    expect(managedSop(COMPLAINT_SOP_KEY)!.steps).toBe(COMPLAINT_SOP_STEPS);
  });
});

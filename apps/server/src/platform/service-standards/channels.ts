import type { TServiceChannels } from '@sigap/contracts';
import type { AgencyRow } from '../db/repositories/org';

/** The agency's complaint and survey channels (`settings.serviceChannels`); unset ones are null. */
export function serviceChannelsOf(agency: Pick<AgencyRow, 'settings'>): TServiceChannels {
  const s =
    ((agency.settings ?? {}) as { serviceChannels?: Partial<TServiceChannels> }).serviceChannels ?? {};
  return {
    callCentre: s.callCentre ?? null,
    complaintEmail: s.complaintEmail ?? null,
    surveyUrl: s.surveyUrl ?? null,
    laporUrl: s.laporUrl ?? null,
  };
}

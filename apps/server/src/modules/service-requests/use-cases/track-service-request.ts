import type { TPublicServiceRequest, TTrackServiceRequest } from '@sigap/contracts/service-requests';
import type { Ctx } from '../../../platform/use-cases/context';
import { publicServiceRequestView, verifyServiceRequestPin } from '../domain/view';

/** The applicant follows a request with its public code and PIN (throttled like complaints). */
export async function trackServiceRequest(
  { db, now }: Ctx,
  input: TTrackServiceRequest & { client: string; publicUrl: string },
): Promise<TPublicServiceRequest> {
  const r = await verifyServiceRequestPin(db, now, input);
  return publicServiceRequestView(db, r, input.publicUrl);
}

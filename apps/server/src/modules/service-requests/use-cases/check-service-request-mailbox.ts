import type { Ctx } from '../../../platform/use-cases/context';
import { findAgenciesByRequestMailbox } from '../repository/service-request-emails';

/** Whether `address` is some agency's service-request mailbox: the SMTP listener refuses other recipients. */
export async function isServiceRequestMailbox({ db }: Pick<Ctx, 'db'>, address: string): Promise<boolean> {
  return (await findAgenciesByRequestMailbox(db, address)).length > 0;
}

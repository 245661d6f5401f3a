import type { Ctx } from '../../../platform/use-cases/context';
import { findAgenciesByMailbox } from '../repository/inbound-email';

/** Whether `address` is some agency's complaint mailbox: the SMTP listener refuses other recipients. */
export async function isComplaintMailbox({ db }: Pick<Ctx, 'db'>, address: string): Promise<boolean> {
  return (await findAgenciesByMailbox(db, [address])).length > 0;
}

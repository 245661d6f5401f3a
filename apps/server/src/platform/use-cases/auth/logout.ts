import { deleteSession } from '../../db/repositories/sessions';
import type { AuthedCtx } from '../context';

export async function logout({ db, actor }: AuthedCtx): Promise<void> {
  await deleteSession(db, actor.sessionId);
}

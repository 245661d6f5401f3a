import {
  insertRecordUpdate,
  listRecordUpdates,
  type RecordUpdateRow,
} from '../db/repositories/record-updates';
import type { Db } from '../use-cases/context';

export type { RecordUpdateRow };

/**
 * The public timeline of a module record: what its tracking page shows (received, first
 * response, forwarded, answered, closed …). A module writes a step in the same transaction as
 * the record change and the SOP steps it completes, so the tracking page never runs ahead of
 * (or behind) the case. Only `public` steps reach the public, and only texts written for them.
 */
export async function addPublicUpdate(
  tx: Db,
  opts: {
    /** The module's record type (`complaint`). */
    recordType: string;
    recordId: string;
    kind: string;
    at: Date;
    text?: string | null;
    /** Written by the member of the public the record is about. */
    byPublic?: boolean;
    public?: boolean;
  },
): Promise<RecordUpdateRow> {
  return insertRecordUpdate(tx, {
    recordType: opts.recordType,
    recordId: opts.recordId,
    kind: opts.kind,
    occurredAt: opts.at,
    text: opts.text ?? null,
    byPublic: opts.byPublic ?? false,
    public: opts.public ?? true,
  });
}

/** Every step of a record's timeline, public or not, in the order it happened. */
export function listTimeline(db: Db, recordType: string, recordId: string): Promise<RecordUpdateRow[]> {
  return listRecordUpdates(db, recordType, recordId);
}

import { formatLetterNumber, validateClassification } from '@sigap/core';
import { nextCounter } from '../../db/repositories/cases';
import { appendEvent, lockEventChain } from '../../db/repositories/event-log';
import { insertLetterNumber } from '../../db/repositories/letter-numbers';
import { invalidField } from '../../lib/errors';
import { localDate } from '../../lib/local-date';
import type { Db } from '../context';

export interface TakeLetterNumberOptions {
  agencyId: string;
  /** The unit's code as printed in the number, e.g. 'DPMPTSP-DALAK'. */
  unitCode: string;
  /** '067' or a dotted code such as '000.8.3.3'. */
  classification: string;
  subject: string;
  /** The Sigap document being signed; null for a letter made outside Sigap. */
  documentId: string | null;
  userId: string;
  now: Date;
  /** The agency's zone: the year (and month in the number) are local. */
  timeZone: string;
  /** The agency's pattern, e.g. '{classification}/{sequence}/{unit}/{romanMonth}/{year}'. */
  pattern: string;
}

/** The counter of one register: per unit code and classification; the year is the counter row's own column. */
export function letterCounterName(unitCode: string, classification: string): string {
  return `letter:${unitCode}:${classification}`;
}

/**
 * Takes the next number of a register (agency, unit code, classification, local year) and
 * writes it to `letter_numbers`. Gap-free: the counter row is locked until the caller's
 * transaction ends, and the counter, the register row and the event commit or roll back
 * together, so a failed signing leaves no hole. Safe with several server instances: the lock
 * is PostgreSQL's. Call it inside the signing transaction (it opens a savepoint otherwise,
 * or a transaction when given the plain database).
 */
export async function takeLetterNumber(
  tx: Db,
  opts: TakeLetterNumberOptions,
): Promise<{ id: string; number: string; sequence: number }> {
  if (!validateClassification(opts.classification)) throw invalidField('classification', 'classification');
  if (!opts.unitCode.trim()) throw invalidField('unitCode', 'required');
  const date = localDate(opts.now, opts.timeZone);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return tx.transaction(async (t) => {
    // the chain lock first, the counter row second: the order every event writer uses
    await lockEventChain(t, opts.agencyId);
    const sequence = await nextCounter(
      t,
      opts.agencyId,
      letterCounterName(opts.unitCode, opts.classification),
      year,
    );
    const number = formatLetterNumber(opts.pattern, {
      classification: opts.classification,
      sequence,
      unit: opts.unitCode,
      month,
      year,
    });
    const row = await insertLetterNumber(t, {
      agencyId: opts.agencyId,
      unitCode: opts.unitCode,
      classification: opts.classification,
      year,
      sequence,
      number,
      documentId: opts.documentId,
      subject: opts.subject,
      status: 'issued',
      issuedAt: opts.now,
      issuedBy: opts.userId,
    });
    await appendEvent(t, {
      agencyId: opts.agencyId,
      actorUserId: opts.userId,
      entityType: 'letter_number',
      entityId: row.id,
      action: 'letter_number.taken',
      after: {
        number,
        sequence,
        year,
        unitCode: opts.unitCode,
        classification: opts.classification,
        subject: opts.subject,
        documentId: opts.documentId,
      },
      occurredAt: opts.now,
    });
    return { id: row.id, number, sequence };
  });
}

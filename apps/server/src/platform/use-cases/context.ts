import type { TLang } from '@sigap/contracts';
import type { Actor } from '@sigap/core';
import type { Db } from '../db/client';

export type { Database, Db } from '../db/client';

import type { AgencyRow } from '../db/repositories/org';

/** What every use case receives: the database (or the transaction) and the instant it acts at. */
export interface Ctx {
  db: Db;
  now: Date;
}

export interface PositionHeld {
  positionId: string;
  title: string;
  titleEn: string;
  unitId: string;
  unitName: string;
  unitNameEn: string;
  roles: string[];
  kind: 'definitive' | 'plt' | 'plh';
  endsOn: string | null;
  isHead: boolean;
}

/** The logged-in staff member, resolved from the session for one request. */
export interface SessionActor extends Actor {
  user: { id: string; email: string; name: string; language: TLang };
  agency: AgencyRow;
  sessionId: string;
  csrfToken: string;
  positions: PositionHeld[];
}

export interface AuthedCtx extends Ctx {
  actor: SessionActor;
}

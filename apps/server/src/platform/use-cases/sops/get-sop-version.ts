import type { TSopDefinition, TSopDetailResponse, TSopVersionParams } from '@sigap/contracts';
import { assertCan, buildSwimlane } from '@sigap/core';
import { findSopDefinition, type SopDefinitionRow } from '../../db/repositories/sops';
import { notFound } from '../../lib/errors';
import type { AuthedCtx } from '../context';
import { parseDefinitionRow } from './definitions';

/** A published version the agency can see (shipped or its own); anything else is not found. */
export async function loadPublishedVersion(
  { db, actor }: AuthedCtx,
  { key, version }: TSopVersionParams,
): Promise<{ row: SopDefinitionRow; def: TSopDefinition }> {
  assertCan(actor, 'sop.read', { agencyId: actor.agencyId });
  const row = await findSopDefinition(db, actor.agencyId, key, version);
  if (row?.status !== 'published') throw notFound();
  return { row, def: parseDefinitionRow(row) };
}

/** One published version of an SOP with its swimlane model, for the viewer. */
export async function getSopVersion(ctx: AuthedCtx, params: TSopVersionParams): Promise<TSopDetailResponse> {
  const { row, def } = await loadPublishedVersion(ctx, params);
  return {
    id: row.id,
    status: 'published',
    origin: row.origin,
    own: row.agencyId === ctx.actor.agencyId,
    createdAt: row.createdAt.toISOString(),
    definition: def,
    swimlane: buildSwimlane(def),
  };
}

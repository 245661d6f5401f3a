import type { TSopVersionParams } from '@sigap/contracts';
import { buildSwimlane } from '@sigap/core';
import { buildSopPdf } from '../../documents/sop-pdf';
import type { AuthedCtx } from '../context';
import { loadPublishedVersion } from './get-sop-version';

/** The printable SOP (A4 landscape, the official table with the swimlane flowchart). */
export async function getSopPdf(
  ctx: AuthedCtx,
  params: TSopVersionParams,
): Promise<{ filename: string; pdf: Buffer }> {
  const { def } = await loadPublishedVersion(ctx, params);
  const pdf = await buildSopPdf(def, buildSwimlane(def), { agencyName: def.source.agency });
  return { filename: `SOP-${def.key}-v${def.version}.pdf`, pdf };
}

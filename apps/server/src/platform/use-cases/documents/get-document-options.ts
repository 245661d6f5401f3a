import type { TDocumentOptions } from '@sigap/contracts';
import { assertCan } from '@sigap/core';
import { listTemplateRows } from '../../db/repositories/document-templates';
import { peopleWithPositions } from '../../db/repositories/documents';
import { listUnits } from '../../db/repositories/org';
import { localDate } from '../../lib/local-date';
import type { AuthedCtx } from '../context';
import { templateOfRow } from '../document-templates/template-support';

/** What the drafting and submitting forms offer: the templates, the units, and today's office holders. */
export async function getDocumentOptions({ db, now, actor }: AuthedCtx): Promise<TDocumentOptions> {
  assertCan(actor, 'document.create', { agencyId: actor.agencyId });
  const [templates, units, people] = await Promise.all([
    listTemplateRows(db, actor.agencyId),
    listUnits(db, actor.agencyId),
    peopleWithPositions(db, actor.agencyId, localDate(now, actor.agency.timeZone)),
  ]);
  // the newest version of each code; on the same number the agency's own before the shipped one
  const latest = new Map<string, (typeof templates)[number]>();
  for (const t of templates) {
    const cur = latest.get(t.code);
    if (!cur || t.version > cur.version || (t.version === cur.version && t.agencyId)) latest.set(t.code, t);
  }
  const seen = new Set<string>();
  return {
    templates: [...latest.values()].map((t) => {
      const body = templateOfRow(t);
      return {
        code: t.code,
        version: t.version,
        kind: t.kind,
        title: body.title,
        defaultClassification: body.classification ?? null,
        fields: body.fields,
      };
    }),
    units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, nameEn: u.nameEn })),
    people: people
      .filter((p) => p.active && !seen.has(p.userId) && seen.add(p.userId))
      .map((p) => ({
        userId: p.userId,
        name: p.name,
        position: p.position,
        positionEn: p.positionEn,
        unitId: p.unitId,
        unitName: p.unitName,
        isHead: p.isHead,
      })),
    defaultUnitId: actor.unitIds[0] ?? null,
  };
}

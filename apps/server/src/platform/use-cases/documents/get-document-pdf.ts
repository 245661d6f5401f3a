import type { AuthedCtx } from '../context';
import { currentPdf } from './rendering';
import { loadVisibleDocument, sha256Hex } from './support';

/** A file name without characters that trouble a download: the number, else the title. */
export function downloadName(row: { number: string | null; title: string }, ext: string): string {
  const base = (row.number ?? row.title)
    .replace(/[^\w.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  return `${base || 'dokumen'}.${ext}`;
}

/**
 * The PDF as it stands for the reader: the draft rendered now (placeholder number, the
 * initials that stand) or, once signed, the stored signed file byte for byte.
 */
export async function getDocumentPdf({ db, now, actor }: AuthedCtx, id: string) {
  const row = await loadVisibleDocument(db, actor, id);
  const { pdf, signed } = await currentPdf(db, { agency: actor.agency, row, now });
  return { bytes: pdf, sha256: sha256Hex(pdf), signed, filename: downloadName(row, 'pdf') };
}

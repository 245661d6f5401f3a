import type { AuthedCtx } from '../context';
import { downloadName } from './get-document-pdf';
import { renderDocumentWord } from './rendering';
import { verifyUrlOf } from './sign-document';
import { loadVisibleDocument } from './support';

/** The document as an editable Word file (the draft's text; the signed PDF stays the record). */
export async function getDocumentDocx(
  { db, now, actor }: AuthedCtx,
  input: { id: string; publicUrl: string },
) {
  const row = await loadVisibleDocument(db, actor, input.id);
  const verifyUrl = verifyUrlOf(input.publicUrl, row.id);
  const bytes = await renderDocumentWord(db, { agency: actor.agency, row, now, verifyUrl });
  return { bytes, filename: downloadName(row, 'docx') };
}

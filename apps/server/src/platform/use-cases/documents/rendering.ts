import { findCase } from '../../db/repositories/cases';
import { type DocumentRow, findDocumentFile } from '../../db/repositories/documents';
import type { AgencyRow } from '../../db/repositories/org';
import { renderDocument } from '../../documents/render-document';
import { renderDocumentDocx } from '../../documents/render-document-docx';
import { notFound } from '../../lib/errors';
import type { Db } from '../context';
import {
  numberPlaceholderFor,
  type PersonInfo,
  personInfo,
  printedUnitCode,
  reviewOf,
  standingInitials,
  templateVersionOf,
} from './support';

/** The signer block of the final PDF: who signed, when, and where the QR code leads. */
export interface FinalRendering {
  number: string;
  signedAt: Date;
  signer: PersonInfo;
  verifyUrl: string;
}

/** Everything `renderDocument` needs for one document, read in the caller's transaction. */
async function renderInput(
  db: Db,
  opts: { agency: AgencyRow; row: DocumentRow; now: Date; final?: FinalRendering },
) {
  const { agency, row } = opts;
  const template = await templateVersionOf(db, row.agencyId, row.templateCode, row.templateVersion);
  if (!template) throw notFound();
  const caseRow = row.caseId ? await findCase(db, row.caseId) : null;
  const initials = standingInitials(reviewOf(row));
  const people = await personInfo(
    db,
    agency,
    initials.map((r) => r.userId),
    opts.now,
  );
  const unitCode = await printedUnitCode(db, row.agencyId, row.unitId);
  const final = opts.final;
  return {
    template,
    data: row.data as Record<string, unknown>,
    agency: {
      name: agency.name,
      shortName: agency.shortName,
      address: agency.address,
      timeZone: agency.timeZone,
    },
    number: final?.number ?? row.number,
    numberPlaceholder: numberPlaceholderFor(agency, row.classification, unitCode, opts.now),
    date: final?.signedAt ?? row.signedAt,
    caseNumber: caseRow?.number ?? null,
    lang: 'id' as const,
    signature: final
      ? {
          name: final.signer.name,
          position: final.signer.position ?? '',
          nip: final.signer.nip ?? '',
          signedAt: final.signedAt,
          verifyUrl: final.verifyUrl,
        }
      : null,
    initials: initials.map((r) => ({
      name: people.get(r.userId)?.name ?? '',
      position: people.get(r.userId)?.position ?? '',
      at: new Date(r.at),
    })),
  };
}

/**
 * The PDF as it stands: a draft (placeholder number, the reviewers' initials that stand) is
 * rendered afresh each time, so what a reviewer sees is exactly what gets hashed when they
 * initial; with `final` it is the numbered, dated, signed rendering.
 */
export async function renderDocumentPdf(
  db: Db,
  opts: { agency: AgencyRow; row: DocumentRow; now: Date; final?: FinalRendering },
): Promise<{ pdf: Buffer; text: string }> {
  return renderDocument(await renderInput(db, opts));
}

/** The Word rendering; a signed document's carries its number, date and signer block like the PDF. */
export async function renderDocumentWord(
  db: Db,
  opts: { agency: AgencyRow; row: DocumentRow; now: Date; verifyUrl: string },
): Promise<Buffer> {
  const { row } = opts;
  let final: FinalRendering | undefined;
  if (row.number && row.signedAt && row.signerUserId) {
    const signer = (await personInfo(db, opts.agency, [row.signerUserId], row.signedAt)).get(
      row.signerUserId,
    );
    if (signer) final = { number: row.number, signedAt: row.signedAt, signer, verifyUrl: opts.verifyUrl };
  }
  return renderDocumentDocx(await renderInput(db, { ...opts, ...(final ? { final } : {}) }));
}

/** The PDF a reader gets now: the stored signed file once signed, the current draft before. */
export async function currentPdf(
  db: Db,
  opts: { agency: AgencyRow; row: DocumentRow; now: Date },
): Promise<{ pdf: Buffer; signed: boolean }> {
  if (opts.row.pdfSha256) {
    const file = await findDocumentFile(db, opts.row.id, 'signed');
    if (file) return { pdf: file.bytes, signed: true };
  }
  const { pdf } = await renderDocumentPdf(db, opts);
  return { pdf, signed: false };
}

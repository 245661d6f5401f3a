import type { TDocumentTemplate, TTemplateData } from '@sigap/contracts';
import { documentPlainText, type LaidOutDocument, layoutDocument } from '@sigap/core';

/** Everything a document's rendering depends on; the signing code passes the same to both renderers. */
export interface RenderDocumentInput {
  template: TDocumentTemplate;
  data: TTemplateData;
  agency: { name: string; shortName: string; address: string; timeZone: string };
  /** The letter number once signed; `numberPlaceholder` prints until then. */
  number: string | null;
  numberPlaceholder: string;
  /** The date of signing; null prints a dotted line. */
  date: Date | null;
  caseNumber?: string | null;
  lang: 'id' | 'en';
  /** Given once signed: the QR code to `verifyUrl` and the electronic-signature note print in the signature block. */
  signature?: { name: string; position: string; nip: string; signedAt: Date; verifyUrl: string } | null;
  /** The reviewers' initials (paraf); the initials box prints only when this is given. */
  initials?: Array<{ name: string; position: string; at: Date }>;
}

export const TEXTS = {
  id: {
    signedElectronically: 'Ditandatangani secara elektronik',
    verifyNote: (url: string) =>
      `Dokumen ini ditandatangani secara elektronik; periksa keasliannya di ${url}`,
    nip: 'NIP.',
    no: 'No.',
    initialsName: 'Nama / Jabatan',
    initialsAt: 'Paraf',
  },
  en: {
    signedElectronically: 'Signed electronically',
    verifyNote: (url: string) => `This document is signed electronically; verify its authenticity at ${url}`,
    nip: 'NIP',
    no: 'No.',
    initialsName: 'Name / position',
    initialsAt: 'Initialled',
  },
} as const;

/** Lays the document out and adds what only the renderers know: QR code, initials, the verification note. */
export async function prepareDocument(input: RenderDocumentInput): Promise<{
  doc: LaidOutDocument;
  text: string;
}> {
  const doc = layoutDocument(input.template, input.data, {
    lang: input.lang,
    timeZone: input.agency.timeZone,
    agency: input.agency,
    number: input.number,
    numberPlaceholder: input.numberPlaceholder,
    date: input.date,
    caseNumber: input.caseNumber ?? null,
    signer: input.signature
      ? { name: input.signature.name, position: input.signature.position, nip: input.signature.nip }
      : null,
  });
  const t = TEXTS[input.lang];
  const parts = [
    doc.letterhead ? `${input.agency.name}\n${input.agency.address}` : '',
    documentPlainText(doc),
  ];
  if (input.signature) parts.push(t.verifyNote(input.signature.verifyUrl));
  for (const i of input.initials ?? []) parts.push(`${t.initialsAt}: ${i.name} (${i.position})`);
  return { doc, text: parts.filter(Boolean).join('\n') };
}

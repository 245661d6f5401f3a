/**
 * Who applies the signature to the final PDF of an official document.
 *
 * The built-in signer returns the PDF exactly as rendered. Its proof is not a cryptographic
 * signature inside the file but the record around it: the SHA-256 of the signed bytes is
 * stored with the document, printed behind the QR code's verification page
 * (`/verifikasi/<id>`), and every initial and the signature sit in the hash-chained event
 * log with the hash of the PDF each person approved. Anyone holding the file can check it
 * against the agency's record on the verification page.
 *
 * A certified electronic signature (TTE tersertifikasi) from BSrE (Balai Sertifikasi
 * Elektronik, BSSN) plugs in here: an implementation of `DocumentSigner` that sends the
 * rendered PDF and the signer's identity (NIK/NIP and passphrase, collected at signing) to
 * the agency's BSrE signing service and returns the PAdES-signed PDF it answers with. The
 * stored hash is then the hash of BSrE's output, so verification keeps working unchanged.
 */
export interface DocumentSigner {
  /** Stable name recorded with the signature event, e.g. 'builtin' or 'bsre'. */
  id: string;
  sign(pdf: Buffer, who: { userId: string; name: string; nip: string | null }): Promise<Buffer>;
}

/** The default: the PDF as rendered; the hash chain and the verification page are its proof. */
export const builtInSigner: DocumentSigner = {
  id: 'builtin',
  async sign(pdf) {
    return pdf;
  },
};

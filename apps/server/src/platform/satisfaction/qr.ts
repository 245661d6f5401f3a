import type { Content } from 'pdfmake/interfaces';
import QRCode from 'qrcode';

/**
 * The survey link as a QR code, for the receipt and the final letter (seed 000: after the
 * service the user gets a QR code to the satisfaction survey). `surveyQrPng` gives the PNG;
 * `surveyQrBlock` a pdfmake block (the code, the link written out, a line in Indonesian and
 * English) a module puts on its PDF.
 */
export function surveyQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', margin: 2, width: 240, errorCorrectionLevel: 'M' });
}

export async function surveyQrBlock(url: string, size = 110): Promise<Content> {
  const png = await surveyQrPng(url);
  return {
    unbreakable: true,
    columns: [
      { image: `data:image/png;base64,${png.toString('base64')}`, width: size, height: size },
      {
        width: '*',
        margin: [8, 8, 0, 0],
        stack: [
          { text: 'Survei Kepuasan Masyarakat', bold: true },
          { text: 'Public satisfaction survey', italics: true, color: '#555555' },
          {
            text: 'Pindai kode ini atau buka alamat di bawah untuk menilai layanan kami (anonim, 9 pertanyaan).',
            margin: [0, 4, 0, 0],
          },
          {
            text: 'Scan the code or open the address below to rate our service (anonymous, 9 questions).',
            italics: true,
            color: '#555555',
          },
          { text: url, fontSize: 7, margin: [0, 4, 0, 0] },
        ],
      },
    ],
  };
}

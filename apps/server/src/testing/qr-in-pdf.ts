import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';

/** RGBA pixels of an image pdf-parse took out of a PDF (pdf.js hands raw pixels or a PNG). */
function rgbaOf(img: { data: Uint8Array; width: number; height: number }): Uint8ClampedArray {
  const { data, width, height } = img;
  if (data[0] === 0x89 && data[1] === 0x50)
    return new Uint8ClampedArray(PNG.sync.read(Buffer.from(data)).data);
  const px = width * height;
  const out = new Uint8ClampedArray(px * 4);
  if (data.length === px * 4) out.set(data);
  else if (data.length === px * 3)
    for (let i = 0; i < px; i++) out.set([data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!, 255], i * 4);
  else if (data.length === px)
    for (let i = 0; i < px; i++) out.set([data[i]!, data[i]!, data[i]!, 255], i * 4);
  else throw new Error(`unexpected image data: ${data.length} bytes for ${width}x${height}`);
  return out;
}

/**
 * A PDF read back as a reader would: its text, and what every QR code printed in it decodes to
 * (jsQR on the embedded images; an image that is no QR code decodes to null).
 */
export async function readPdfWithQrCodes(pdf: Buffer): Promise<{ text: string; qr: Array<string | null> }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = (await parser.getText()).text;
    const images = (await parser.getImage({ imageBuffer: true, imageDataUrl: false })).pages.flatMap(
      (p) => p.images,
    );
    return { text, qr: images.map((img) => jsQR(rgbaOf(img), img.width, img.height)?.data ?? null) };
  } finally {
    await parser.destroy();
  }
}

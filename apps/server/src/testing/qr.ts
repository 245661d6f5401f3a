import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';

/** RGBA pixels of an image pdf-parse took out of a PDF (pdf.js hands raw pixels or a PNG). */
export function rgbaOf(img: {
  data: Uint8Array;
  width: number;
  height: number;
  kind: number;
}): Uint8ClampedArray {
  const { data, width, height } = img;
  if (data[0] === 0x89 && data[1] === 0x50)
    return new Uint8ClampedArray(PNG.sync.read(Buffer.from(data)).data);
  const px = width * height;
  const out = new Uint8ClampedArray(px * 4);
  if (data.length === px * 4) out.set(data);
  else if (data.length === px * 3)
    for (let i = 0; i < px; i++) {
      out.set([data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!, 255], i * 4);
    }
  else if (data.length === px)
    for (let i = 0; i < px; i++) out.set([data[i]!, data[i]!, data[i]!, 255], i * 4);
  else throw new Error(`unexpected image data: ${data.length} bytes for ${width}x${height}`);
  return out;
}

/** The text of every QR code printed in a PDF (each image decoded with jsQR; images that are not QR codes are left out). */
export async function qrCodesInPdf(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const images = (await parser.getImage({ imageBuffer: true, imageDataUrl: false })).pages.flatMap(
      (p) => p.images,
    );
    return images
      .map((img) => jsQR(rgbaOf(img), img.width, img.height)?.data)
      .filter((x): x is string => !!x);
  } finally {
    await parser.destroy();
  }
}

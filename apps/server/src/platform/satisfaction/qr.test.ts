import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../documents/pdf';
import { surveyUrl } from './invite';
import { surveyQrBlock, surveyQrPng } from './qr';

/** RGBA pixels of an image pdf-parse took out of a PDF (pdf.js hands raw pixels or a PNG). */
function rgbaOf(img: { data: Uint8Array; width: number; height: number; kind: number }): Uint8ClampedArray {
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

describe('survey QR code', () => {
  const link = surveyUrl('https://sigap.example.go.id/', 'AbCdEfGhIjKlMnOpQrStUvWxYz012345');

  it('the PNG decodes to the survey link', async () => {
    const png = PNG.sync.read(await surveyQrPng(link));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(link);
  });

  it('the code printed in a PDF decodes back to the survey link', async () => {
    expect(link).toBe('https://sigap.example.go.id/survei/AbCdEfGhIjKlMnOpQrStUvWxYz012345');
    const pdf = await renderPdf({
      title: 'Tanda terima',
      content: [{ text: 'TANDA TERIMA', style: 'title' }, await surveyQrBlock(link)],
      creationDate: new Date('2026-11-23T03:00:00Z'),
    });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const text = (await parser.getText()).text;
      expect(text).toContain('Survei Kepuasan Masyarakat');
      expect(text).toContain(link);
      const images = (await parser.getImage({ imageBuffer: true, imageDataUrl: false })).pages.flatMap(
        (p) => p.images,
      );
      expect(images).toHaveLength(1);
      const img = images[0]!;
      const code = jsQR(rgbaOf(img), img.width, img.height);
      expect(code?.data).toBe(link);
    } finally {
      await parser.destroy();
    }
  });
});

import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { rgbaOf } from '../../testing/qr';
import { renderPdf } from '../documents/pdf';
import { surveyUrl } from './invite';
import { surveyQrBlock, surveyQrPng } from './qr';

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

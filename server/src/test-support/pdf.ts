import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { createCanvas } from '@napi-rs/canvas';

/** pdf.js for Node (its legacy build: no browser globals needed), loaded once. */
const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

async function open(pdf: Buffer) {
  const { getDocument } = await pdfjs();
  // pdf.js takes ownership of the bytes it is given: a copy keeps the caller's buffer usable.
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** Each page's text, as pdf.js extracts it (what a reader's search or a screen reader finds). */
export async function pdfText(pdf: Buffer): Promise<string[]> {
  const doc = await open(pdf);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join('')
          .replace(/[ \t]+/g, ' '),
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Renders each page to a PNG (`<file>-<page>.png`, at `scale` × 72 dpi); returns the files written. */
export async function renderPdfToPng(pdf: Buffer, file: string, scale = 1.5): Promise<string[]> {
  const doc = await open(pdf);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const written: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      const out = `${file}-${number}.png`;
      await writeFile(out, await canvas.encode('png'));
      written.push(out);
    }
    return written;
  } finally {
    await doc.destroy();
  }
}

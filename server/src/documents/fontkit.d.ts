/** The little of fontkit (pdfkit's own font engine) that pdf-fonts.ts uses: glyph coverage. */
declare module 'fontkit' {
  interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}

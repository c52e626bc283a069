import { openSync } from 'fontkit';

/**
 * The fonts embedded in every PDF (subset by pdfkit), from npm packages so a fresh install has
 * them: Noto Sans for Latin, Greek and Cyrillic, Noto Sans JP for Chinese and Japanese characters,
 * which Noto Sans lacks (and which lacks Polish and Greek accents). Each run of text takes the
 * first font that has its characters.
 */
const FILES = {
  regular: [
    require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  ],
  bold: [
    require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
  ],
} as const;

export type Weight = keyof typeof FILES;

/** Opened once: coverage is read from the regular fonts (the bold ones cover the same characters). */
let coverage: ReturnType<typeof openSync>[] | undefined;

/** The registered font name of each font, by weight, in order of preference. */
export const fontNames = (weight: Weight) => FILES[weight].map((_, index) => `${weight}-${index}`);

/** Registers the fonts on a document. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const weight of Object.keys(FILES) as Weight[]) {
    FILES[weight].forEach((file, index) => doc.registerFont(`${weight}-${index}`, file));
  }
}

/** `text` cut into runs each drawn with one font: the first that has every character of the run. */
export function fontRuns(text: string, weight: Weight): { font: string; text: string }[] {
  coverage ??= FILES.regular.map((file) => openSync(file));
  const fonts = coverage;
  const names = fontNames(weight);
  const runs: { font: string; text: string }[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    // Spaces and the like join the run they are in.
    const index = /\s/.test(char) ? (runs.length ? -1 : 0) : fonts.findIndex((f) => f.hasGlyphForCodePoint(code));
    const font = index === -1 ? (runs.at(-1)?.font ?? (names[0] as string)) : (names[index] as string);
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

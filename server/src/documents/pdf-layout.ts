import PDFDocument from 'pdfkit';

import type { BusinessLook } from '../business/business.service';
import { fontNames, fontRuns, registerFonts, type Weight } from './pdf-fonts';

/** What every document shows at its top: the business, as it looks. */
export interface Letterhead {
  look: BusinessLook;
  /** The uploaded logo's bytes (PNG or JPEG, checked at upload). */
  logo: Buffer | undefined;
}

/**
 * A titled block of label and value rows. The quote and receipt documents take extra ones, drawn
 * after their own content, so other features (a deposit, the customer's acceptance) can add
 * theirs without touching the layout.
 */
export interface DocumentSection {
  title: string;
  rows: readonly (readonly [label: string, value: string])[];
}

const MARGIN = 50;
const GREY = '#555555';
const INK = '#1a1a1a';
const DEFAULT_ACCENT = '#1c7ed6';

/** A document being drawn: pdfkit's, with the business's colour and time zone at hand. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly accent: string;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    private readonly letterhead: Letterhead,
    title: string,
  ) {
    this.doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Author: letterhead.look.name } });
    this.accent = letterhead.look.accentColor ?? DEFAULT_ACCENT;
    registerFonts(this.doc);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  /** Ends the document. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }

  /** `text` at the cursor (or at x, y), wrapped to `width`, each run in a font that has its characters. */
  text(
    text: string,
    options: { weight?: Weight; size?: number; color?: string; x?: number; y?: number; width?: number } = {},
  ): void {
    const { weight = 'regular', size = 10, color = INK } = options;
    const runs = fontRuns(text, weight);
    if (runs.length === 0) runs.push({ font: fontNames(weight)[0] as string, text: '' });
    const x = options.x ?? this.doc.x;
    const y = options.y ?? this.doc.y;
    runs.forEach((run, index) => {
      this.doc.font(run.font).fontSize(size).fillColor(color);
      const wrap = { width: options.width ?? this.width - (x - MARGIN), continued: index < runs.length - 1 };
      if (index === 0) this.doc.text(run.text, x, y, wrap);
      else this.doc.text(run.text, wrap);
    });
    this.doc.x = MARGIN;
  }

  /** The business's logo, name and details, and a rule in its colour. */
  letterheadBlock(): void {
    const { look, logo } = this.letterhead;
    const top = this.doc.y;
    let left = MARGIN;
    if (logo) {
      this.doc.image(logo, MARGIN, top, { fit: [120, 60] });
      left = MARGIN + 135;
    }
    this.text(look.name, {
      weight: 'bold',
      size: 18,
      color: this.accent,
      x: left,
      y: top,
      width: this.width - (left - MARGIN),
    });
    const details = [look.address, look.phone, look.replyTo].filter((d): d is string => !!d);
    for (const line of details) this.text(line, { size: 9, color: GREY, x: left, width: this.width - (left - MARGIN) });
    const bottom = Math.max(this.doc.y, logo ? top + 60 : 0) + 10;
    this.doc
      .moveTo(MARGIN, bottom)
      .lineTo(MARGIN + this.width, bottom)
      .lineWidth(2)
      .strokeColor(this.accent)
      .stroke();
    this.doc.y = bottom + 15;
  }

  heading(text: string): void {
    this.doc.moveDown(0.8);
    this.text(text, { weight: 'bold', size: 12, color: this.accent });
    this.doc.moveDown(0.2);
  }

  /** Label and value rows, values aligned past the widest label. */
  rows(rows: DocumentSection['rows']): void {
    for (const [label, value] of rows) {
      const y = this.doc.y;
      this.text(label, { size: 10, color: GREY, x: MARGIN, y, width: 140 });
      const below = this.doc.y;
      this.text(value, { x: MARGIN + 150, y, width: this.width - 150 });
      this.doc.y = Math.max(below, this.doc.y) + 2;
    }
  }

  section(section: DocumentSection): void {
    this.heading(section.title);
    this.rows(section.rows);
  }

  /**
   * A table: the first column takes what the others leave and wraps; the others are right-aligned.
   * The header row is in the business's colour; a row that would not fit starts a new page.
   */
  table(columns: readonly { title: string; width: number }[], body: readonly (readonly string[])[]): void {
    const first = this.width - columns.slice(1).reduce((sum, c) => sum + c.width, 0);
    const widths = [first, ...columns.slice(1).map((c) => c.width)];
    const row = (cells: readonly string[], weight: Weight, color: string) => {
      if (this.doc.y > this.doc.page.height - MARGIN - 60) this.doc.addPage();
      const y = this.doc.y;
      let x = MARGIN;
      let bottom = y;
      cells.forEach((cell, index) => {
        const width = widths[index] as number;
        if (index === 0) this.text(cell, { weight, color, x, y, width: width - 8 });
        else {
          this.doc
            .font(fontNames(weight)[0] as string)
            .fontSize(10)
            .fillColor(color);
          this.doc.text(cell, x, y, { width, align: 'right' });
        }
        bottom = Math.max(bottom, this.doc.y);
        x += width;
      });
      this.doc.y = bottom + 4;
      this.doc.x = MARGIN;
      this.doc
        .moveTo(MARGIN, this.doc.y - 2)
        .lineTo(MARGIN + this.width, this.doc.y - 2)
        .lineWidth(0.5)
        .strokeColor('#dddddd')
        .stroke();
    };
    row(
      columns.map((c) => c.title),
      'bold',
      this.accent,
    );
    for (const cells of body) row(cells, 'regular', INK);
  }

  /** Right-aligned totals; the last one bold. */
  totals(rows: readonly (readonly [label: string, value: string])[]): void {
    this.doc.moveDown(0.5);
    rows.forEach(([label, value], index) => {
      const weight: Weight = index === rows.length - 1 ? 'bold' : 'regular';
      const y = this.doc.y;
      this.text(label, { weight, x: MARGIN + this.width - 330, y, width: 220 });
      this.doc
        .font(fontNames(weight)[0] as string)
        .fontSize(10)
        .fillColor(INK);
      this.doc.text(value, MARGIN + this.width - 110, y, { width: 110, align: 'right' });
      this.doc.x = MARGIN;
      this.doc.moveDown(0.2);
    });
  }

  /** A date in the business's time zone ("2 December 2026"). */
  date(at: Date): string {
    return new Intl.DateTimeFormat('en-GB', { timeZone: this.letterhead.look.timeZone, dateStyle: 'long' }).format(at);
  }

  /** A moment in the business's time zone, naming it. */
  moment(at: Date): string {
    return momentIn(at, this.letterhead.look.timeZone);
  }
}

/** A moment in `timeZone`, naming it ("2 December 2026 at 14:05 (Europe/Warsaw)"). */
export function momentIn(at: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(at) + ` (${timeZone})`
  );
}

/** The reference customers quote back: the request's id, short. */
export const reference = (requestId: string) => requestId.slice(0, 8).toUpperCase();

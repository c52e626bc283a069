import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../results');

export type Cell = string | number | undefined;

/** One scenario's printed table and the raw numbers behind it. */
export interface ScenarioReport {
  scenario: string;
  title: string;
  /** What the run used (sizes, concurrency), as given by BENCH_* or the defaults. */
  parameters: Record<string, unknown>;
  columns: string[];
  rows: Cell[][];
  notes: string[];
  raw: unknown;
}

export function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    at: new Date().toISOString(),
  };
}

const format = (cell: Cell) =>
  cell === undefined
    ? '—'
    : typeof cell === 'number'
      ? Number.isInteger(cell)
        ? String(cell)
        : cell.toFixed(cell < 10 ? 2 : 1)
      : cell;

/** `a / b` as a ratio cell (`0.83×`), or nothing when either is missing. */
export const ratio = (a: number | undefined, b: number | undefined): Cell =>
  a === undefined || b === undefined || b === 0 ? undefined : `${(a / b).toFixed(2)}×`;

/** A Markdown table (what the README carries), aligned for the terminal too. */
export function renderTable(report: ScenarioReport): string {
  const cells = [report.columns, ...report.rows.map((row) => row.map(format))];
  const widths = report.columns.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? '').length)));
  const line = (row: Cell[]) => `| ${row.map((c, i) => String(c ?? '').padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    `### ${report.title}`,
    '',
    line(report.columns),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
    ...(report.notes.length ? ['', ...report.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}

export function writeReport(report: ScenarioReport): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.scenario}.json`);
  writeFileSync(file, `${JSON.stringify({ machine: machine(), ...report }, null, 2)}\n`);
  return file;
}

/** A positive integer from `BENCH_<name>`, or `fallback`. */
export function sizeFrom(name: string, fallback: number): number {
  const raw = process.env[`BENCH_${name}`];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`BENCH_${name} must be a positive integer, got ${raw}`);
  return value;
}

// The bench's table: each figure beside its goal with PASS / MISS (INFO when there is no goal), printed
// as text and as Markdown (for the README), and saved as JSON.
import * as fs from 'fs';
import * as path from 'path';

export type Verdict = 'PASS' | 'MISS' | 'INFO' | 'n/a';

export interface Row {
  /** Section, e.g. "activation". */
  group: string;
  figure: string;
  value: string;
  goal: string;
  verdict: Verdict;
  /** Why a goal is missed, or how the figure was taken. */
  note?: string;
  /** The raw numbers behind `value`. */
  data?: unknown;
}

export function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'PASS' : 'MISS';
}

export class Table {
  readonly rows: Row[] = [];

  add(row: Row): void {
    this.rows.push(row);
    console.log(`  ${row.verdict.padEnd(4)} ${row.figure}: ${row.value}  (goal: ${row.goal})${row.note ? ` — ${row.note}` : ''}`);
  }

  markdown(): string {
    const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = ['| figure | measured | goal | |', '|---|---|---|---|'];
    for (const r of this.rows) lines.push(`| ${esc(r.figure)} | ${esc(r.value)} | ${esc(r.goal)} | ${r.verdict} |`);
    return lines.join('\n');
  }

  text(): string {
    const widths = [0, 0, 0];
    for (const r of this.rows) {
      widths[0] = Math.max(widths[0], r.figure.length);
      widths[1] = Math.max(widths[1], r.value.length);
      widths[2] = Math.max(widths[2], r.goal.length);
    }
    const line = (a: string, b: string, c: string, d: string) =>
      `${a.padEnd(widths[0])}  ${b.padEnd(widths[1])}  ${c.padEnd(widths[2])}  ${d}`;
    return [line('figure', 'measured', 'goal', ''), ...this.rows.map((r) => line(r.figure, r.value, r.goal, r.verdict))].join('\n');
  }

  save(file: string, meta: Record<string, unknown>): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...meta, rows: this.rows }, null, 2) + '\n');
    fs.writeFileSync(file.replace(/\.json$/, '.md'), this.markdown() + '\n');
  }
}

export const ms = (v: number, digits?: number) => `${v.toFixed(digits ?? (v < 10 ? 1 : 0))} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

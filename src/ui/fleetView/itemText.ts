// What a record's row says (label, description, Markdown tooltip) and the field tables of the tooltips. No vscode import.

export interface ItemText {
  label: string;
  description: string;
  /** Markdown source. */
  tooltip: string;
  /** What a screen reader says, when the row shows less than it means (a product's type is only its icon). */
  spoken?: string;
}

/** A bold title and a two-column table; null and undefined show as *null*. */
export function table(title: string, rows: [string, unknown][]): string {
  const lines = [`**${escapeMarkdown(title)}**`, '', '| field | value |', '|---|---|'];
  for (const [name, value] of rows) {
    lines.push(
      `| ${name} | ${value === null || value === undefined ? '*null*' : escapeMarkdown(typeof value === 'string' ? value : JSON.stringify(value))} |`,
    );
  }
  return lines.join('\n');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

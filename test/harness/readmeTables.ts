// The README's Commands, Settings and Keybindings tables, made from package.json and package.nls.json, so the
// page a user reads in the Extensions view says what the manifest contributes. `npm run readme:tables` rewrites
// them between their <!-- name --> and <!-- /name --> markers; test/unit/readme.test.ts fails when they drift.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export type TableName = 'commands' | 'settings' | 'keybindings';
export const TABLE_NAMES: TableName[] = ['commands', 'settings', 'keybindings'];

type Json = Record<string, any>;

interface MenuEntry {
  command: string;
  when?: string;
}

const VIEW_NAMES: Record<string, string> = { fleet: 'Fleet', queryResults: 'Query Results', queries: 'Queries' };

/** `%key%` replaced by its English text. */
function text(value: unknown, nls: Record<string, string>): string {
  const s = typeof value === 'string' ? value : '';
  return s.replace(/^%([^%]+)%$/, (whole, key: string) => nls[key] ?? whole);
}

/** A table cell: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The flinkey views a `when` clause names (`view == flinkey.fleet`, `view =~ /^flinkey\.(fleet|queryResults)$/`). */
function viewsIn(when: string | undefined): string[] {
  const m = /view (?:==|=~) \/?\^?flinkey\\?\.(?:\(([\w|]+)\)|(\w+))/.exec(when ?? '');
  if (!m) return [];
  return (m[1] ?? m[2]).split('|').map((v) => VIEW_NAMES[v] ?? v);
}

/** Where a user finds a command: the palette, views (title bar or rows), the editor. */
function placesOf(command: string, menus: Record<string, MenuEntry[]>): string {
  const entries = (menu: string) => (menus[menu] ?? []).filter((e) => e.command === command);
  const places: string[] = [];
  if (!entries('commandPalette').some((e) => e.when === 'false')) places.push('Command Palette');
  const views = new Set<string>();
  for (const e of [...entries('view/title'), ...entries('view/item/context')]) viewsIn(e.when).forEach((v) => views.add(v));
  places.push(...Object.values(VIEW_NAMES).filter((v) => views.has(v)));
  if (entries('editor/title').length || entries('editor/context').length) places.push('editor');
  return places.join(', ') || 'a row or a hover link (no menu)';
}

function code(s: string): string {
  return s ? `\`${s}\`` : '';
}

function keyText(key: string | undefined): string {
  return (key ?? '')
    .split(' ')
    .map((chord) =>
      chord
        .split('+')
        .map((k) => (k.length === 1 ? k.toUpperCase() : k.charAt(0).toUpperCase() + k.slice(1)))
        .join('+'),
    )
    .join(' ');
}

export function readmeTables(manifest: Json, nls: Record<string, string>): Record<TableName, string> {
  const contributes = manifest.contributes as Json;
  const titles = new Map<string, string>(
    (contributes.commands as Json[]).map((c) => [c.command as string, `${c.category ? `${c.category}: ` : ''}${text(c.title, nls)}`]),
  );
  const commands = table(
    ['Command', 'ID', 'Where'],
    (contributes.commands as Json[]).map((c) => [titles.get(c.command)!, code(c.command), placesOf(c.command, contributes.menus ?? {})]),
  );
  const properties = (contributes.configuration?.properties ?? {}) as Record<string, Json>;
  const settings = table(
    ['Setting', 'Type', 'Default', 'Description'],
    Object.entries(properties).map(([key, p]) => [
      code(key),
      String(p.type ?? ''),
      code(JSON.stringify(p.default)),
      text(p.markdownDescription ?? p.description, nls),
    ]),
  );
  const keybindings = table(
    ['Keys', 'macOS', 'Command', 'When'],
    ((contributes.keybindings ?? []) as Json[]).map((k) => [
      keyText(k.key),
      keyText(k.mac ?? k.key),
      titles.get(k.command) ?? code(k.command),
      code(k.when ?? ''),
    ]),
  );
  return { commands, settings, keybindings };
}

const marker = (name: string) => new RegExp(`(<!-- ${name} -->)([\\s\\S]*?)(<!-- /${name} -->)`);

/** The text between a table's markers, or undefined when the README lacks them. */
export function tableIn(readme: string, name: TableName): string | undefined {
  return marker(name).exec(readme)?.[2];
}

/** The rows of a Markdown table as trimmed cells, the separator row left out: compares tables whatever their padding. */
export function cellsOf(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    )
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)));
}

/** The targets of a Markdown text's image links, Markdown and HTML. */
export function imageLinks(markdown: string): string[] {
  const md = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const html = [...markdown.matchAll(/<img\s[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  return [...md, ...html];
}

export function readManifestFiles(root: string): { manifest: Json; nls: Record<string, string> } {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(root, name), 'utf8')) as Json;
  return { manifest: read('package.json'), nls: read('package.nls.json') };
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..', '..');
  const file = path.join(root, 'README.md');
  const { manifest, nls } = readManifestFiles(root);
  const tables = readmeTables(manifest, nls);
  let readme = fs.readFileSync(file, 'utf8');
  for (const name of TABLE_NAMES) {
    if (tableIn(readme, name) === undefined) throw new Error(`README.md has no <!-- ${name} --> … <!-- /${name} --> markers`);
    readme = readme.replace(marker(name), (_whole, open: string, _old: string, close: string) => `${open}\n\n${tables[name]}\n\n${close}`);
  }
  fs.writeFileSync(file, readme);
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', file], {
    stdio: 'inherit',
  });
  console.log(`README.md: ${TABLE_NAMES.join(', ')} tables written from package.json`);
}

if (require.main === module) main();

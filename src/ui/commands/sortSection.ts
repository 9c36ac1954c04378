// Sort… on a Fleet section: a quick pick of the section's fields, each ascending or descending, sent as $orderby
// with every page (for groups, sorted here). "Server order" removes the sort; the filter stays as it is.
import * as vscode from 'vscode';
import { SCHEMAS, type FieldSchema } from '../../core/odata/schema';
import { sectionLabel, type GroupKind } from '../fleetView/groupNode';
import type { CommandDeps } from './commandDeps';
import { pickSection, SECTION_ENTITY, sectionOf } from './sectionArg';

interface SortItem extends vscode.QuickPickItem {
  orderby: string;
}

/** The $orderby set ('' for the server's order; undefined when dismissed). Takes { section, orderby } too. */
export async function sortSection(deps: CommandDeps, arg: unknown): Promise<string | undefined> {
  const kind = sectionOf(arg) ?? (await pickSection(vscode.l10n.t('Sort which section?')));
  if (!kind) return undefined;
  const current = deps.tree.group(kind).query();
  const given =
    arg && typeof arg === 'object' && typeof (arg as { orderby?: unknown }).orderby === 'string'
      ? (arg as { orderby: string }).orderby
      : undefined;
  const orderby = given !== undefined ? checked(kind, given) : await pickOrder(kind, current.orderby);
  if (orderby === undefined) return undefined;
  await deps.tree.setQuery(kind, { ...current, orderby: orderby || undefined });
  return orderby;
}

/** "serialNumber", "userData/lastName": the fields a section can be sorted by. */
export function sortFields(kind: GroupKind): string[] {
  const paths = (fields: readonly FieldSchema[], prefix = ''): string[] =>
    fields.flatMap((f) => (f.fields ? paths(f.fields, `${prefix}${f.name}/`) : f.type === 'object' ? [] : [`${prefix}${f.name}`]));
  return paths(SCHEMAS[SECTION_ENTITY[kind]]);
}

function checked(kind: GroupKind, orderby: string): string {
  const text = orderby.trim();
  if (text === '') return '';
  const [field, direction, ...rest] = text.split(/\s+/);
  if (!sortFields(kind).includes(field) || rest.length > 0 || (direction !== undefined && direction !== 'asc' && direction !== 'desc')) {
    throw new Error(
      vscode.l10n.t(
        '{0} cannot be sorted by "{1}": give a field ({2}) and asc or desc.',
        sectionLabel(kind),
        text,
        sortFields(kind).join(', '),
      ),
    );
  }
  return text;
}

async function pickOrder(kind: GroupKind, current: string | undefined): Promise<string | undefined> {
  const items: SortItem[] = [
    { label: `$(list-unordered) ${vscode.l10n.t('Server order')}`, description: vscode.l10n.t('no $orderby'), orderby: '' },
    ...sortFields(kind).flatMap((field) => [
      { label: `$(arrow-up) ${field} asc`, description: vscode.l10n.t('ascending'), orderby: field },
      { label: `$(arrow-down) ${field} desc`, description: vscode.l10n.t('descending'), orderby: `${field} desc` },
    ]),
  ];
  for (const item of items) if (item.orderby === (current ?? '')) item.detail = vscode.l10n.t('current order');
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('flinkey: Sort {0}', sectionLabel(kind)),
    placeHolder: vscode.l10n.t('Field and direction, sent to the server as $orderby'),
    matchOnDescription: true,
  });
  return picked?.orderby;
}

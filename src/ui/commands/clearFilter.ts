// Clear Filter: the section shows every record again, in the server's order (its filter and sort are forgotten
// for this environment and customer).
import * as vscode from 'vscode';
import type { GroupKind } from '../fleetView/groupNode';
import type { CommandDeps } from './commandDeps';
import { pickSection, sectionOf } from './sectionArg';

export async function clearFilter(deps: CommandDeps, arg: unknown): Promise<GroupKind | undefined> {
  const kind = sectionOf(arg) ?? (await pickSection(vscode.l10n.t('Clear the filter of which section?')));
  if (!kind) return undefined;
  await deps.tree.setQuery(kind, {});
  return kind;
}

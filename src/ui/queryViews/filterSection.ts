// Filter… on a Fleet section: an OData $filter typed into an input box that is checked on every keystroke with the
// query box's own checker (fields of the section's records, operators, values), then sent with every page.
// An empty box clears the filter; Escape changes nothing; a filter the server refused comes back with its reason.
import * as vscode from 'vscode';
import type { Entity } from '../../core/odata/schema';
import type { FleetTree } from '../fleetView/fleetTree';
import { sectionLabel, type GroupKind } from '../fleetView/groupNode';
import { pickSection, SECTION_ENTITY, sectionOf } from '../commands/sectionArg';
import { loadQuery } from './loadQuery';

/** Filter examples per section, from the sandbox's fields. */
const EXAMPLES: Record<GroupKind, string> = {
  products: "type eq 'flinkey IQ'",
  services: 'isTerminated eq false',
  cars: "brand eq 'BMW'",
  users: "endswith(emailAddress,'@example.com')",
  groups: "startswith(name,'Pool')",
};

/**
 * The filter set (undefined when the box was dismissed, '' when cleared). Takes a section row, or
 * { section, filter } to set one without the box, or { section, message } to open the box with the server's reason.
 */
export async function filterSection(tree: FleetTree, arg: unknown): Promise<string | undefined> {
  const kind = sectionOf(arg) ?? (await pickSection(vscode.l10n.t('Filter which section?')));
  if (!kind) return undefined;
  const current = tree.group(kind).query();
  const message = stringField(arg, 'message');
  const typed = stringField(arg, 'filter');
  const filter = typed ?? (await askFilter(kind, current.filter ?? '', message));
  if (filter === undefined) return undefined;
  const checked = loadQuery().filterFeedback(filter, SECTION_ENTITY[kind]);
  if (checked.filter === undefined) throw new Error(vscode.l10n.t('Not a filter for {0}: {1}', sectionLabel(kind), checked.message ?? ''));
  await tree.setQuery(kind, { ...current, filter: checked.filter || undefined });
  return checked.filter;
}

function askFilter(kind: GroupKind, value: string, serverMessage: string | undefined): Promise<string | undefined> {
  const entity: Entity = SECTION_ENTITY[kind];
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t('flinkey: Filter {0}', sectionLabel(kind));
  box.placeholder = vscode.l10n.t('e.g. {0} — empty shows all', EXAMPLES[kind]);
  box.value = value;
  box.ignoreFocusOut = true;
  let shownServerMessage = serverMessage;
  const update = (): string | undefined => {
    const feedback = loadQuery().filterFeedback(box.value, entity);
    box.prompt = feedback.prompt;
    if (shownServerMessage) {
      box.validationMessage = { message: shownServerMessage, severity: vscode.InputBoxValidationSeverity.Error };
      return feedback.filter;
    }
    box.validationMessage = feedback.message
      ? {
          message: feedback.message,
          severity: feedback.severity === 'error' ? vscode.InputBoxValidationSeverity.Error : vscode.InputBoxValidationSeverity.Warning,
        }
      : undefined;
    return feedback.filter;
  };
  return new Promise((resolve) => {
    let accepted: string | undefined;
    const subscriptions = [
      box.onDidChangeValue(() => {
        shownServerMessage = undefined;
        update();
      }),
      // Enter with an error keeps the box open and the text as typed.
      box.onDidAccept(() => {
        if (update() === undefined) return;
        accepted = box.value;
        box.hide();
      }),
      // Resolved once the box is gone, so a quick input opened next is not closed by this one's hiding.
      box.onDidHide(() => {
        for (const s of subscriptions) s.dispose();
        box.dispose();
        resolve(accepted);
      }),
    ];
    update();
    box.show();
  });
}

function stringField(arg: unknown, name: 'message' | 'filter'): string | undefined {
  const value = arg && typeof arg === 'object' ? (arg as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

// Load All: the section's remaining pages, one request each, with a cancellable notification; stops at the
// flinkey.loadAll.limit setting, past which the section suggests a filter. Cancelling keeps what has come.
import * as vscode from 'vscode';
import { SETTING } from '../../constants';
import { sectionLabel } from '../fleetView/groupNode';
import type { CommandDeps } from './commandDeps';
import { pickSection, sectionOf } from './sectionArg';

export interface LoadAllResult {
  loaded: number;
  /** More rows follow (the limit was reached, or it was cancelled). */
  more: boolean;
  cancelled: boolean;
}

export async function loadAll(deps: CommandDeps, arg: unknown): Promise<LoadAllResult | undefined> {
  const kind = sectionOf(arg) ?? (await pickSection(vscode.l10n.t('Load all rows of which section?')));
  if (!kind) return undefined;
  const limit = loadAllLimit();
  const group = deps.tree.group(kind);
  const label = sectionLabel(kind);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Loading all {0}', label), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      try {
        const done = await group.loadAll(limit, {
          signal: abort.signal,
          report: (loaded) => {
            progress.report({
              message: vscode.l10n.t('{0} rows (at most {1})', loaded, limit),
              increment: ((loaded - reported) / limit) * 100,
            });
            reported = loaded;
          },
        });
        return { ...done, cancelled: abort.signal.aborted };
      } finally {
        cancel.dispose();
      }
    },
  );
  deps.logger.info(`Load All ${kind}: ${result.loaded} rows${result.more ? ', more follow' : ''}${result.cancelled ? ' (cancelled)' : ''}`);
  await deps.treeView.reveal(group, { expand: true, select: false });
  return result;
}

function loadAllLimit(): number {
  const value = vscode.workspace.getConfiguration(SETTING.section).get<number>(SETTING.loadAllLimit, 5000);
  return Number.isInteger(value) && value >= 1 ? value : 5000;
}

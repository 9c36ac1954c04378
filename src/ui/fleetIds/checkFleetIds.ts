// Check Fleet IDs in File: every identifier in the file is looked up (batched, cancellable, with progress), and
// those the fleet does not know become warnings in the Problems panel. Resolves with what it found.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { findCandidates, type FleetIdResolver, type IdCandidate, type IdLookup, type LookupResult } from '../../core/fleetIds';
import type { FleetIdContext } from './fleetIdContext';
import { unknownText } from './recordText';
import type { StaleIds, StaleEntry } from './staleIds';

export interface FleetIdDeps {
  ids: FleetIdContext;
  stale: StaleIds;
  logger: Logger;
}

export interface CheckSummary {
  uri: string;
  /** Identifiers in the file, repeats included. */
  found: number;
  /** Look-ups made for them (repeats and cached answers cost no request). */
  distinct: number;
  unknown: { line: number; field: string; value: string }[];
  /** Identifiers that could not be checked (network, server …). */
  failed: number;
}

export async function checkFleetIds(deps: FleetIdDeps, arg: unknown): Promise<CheckSummary | undefined> {
  const document = await documentOf(arg);
  const { connection, resolver } = await deps.ids.requireLookups();
  const options = deps.ids.recogniseOptions(document);
  const found: { line: number; candidate: IdCandidate }[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    for (const candidate of findCandidates(document.lineAt(line).text, options)) found.push({ line, candidate });
  }
  const keyOf = (l: IdLookup) => `${l.field}\u0000${l.value}`;
  const distinct = new Map<string, IdLookup>();
  for (const { candidate: c } of found) distinct.set(keyOf(c), { field: c.field, value: c.value });
  const name = vscode.workspace.asRelativePath(document.uri);

  const lookups = [...distinct.values()];
  const results = lookups.length === 0 ? [] : await withProgress(resolver, lookups, name);
  const byKey = new Map<string, LookupResult>(lookups.map((l, i) => [keyOf(l), results[i]]));

  const stale: StaleEntry[] = [];
  const summary: CheckSummary = { uri: document.uri.toString(), found: found.length, distinct: lookups.length, unknown: [], failed: 0 };
  let firstError: string | undefined;
  for (const { line, candidate: c } of found) {
    const result = byKey.get(keyOf(c))!;
    if ('error' in result) {
      summary.failed++;
      firstError ??= result.error.message;
    } else if (result.records.length === 0) {
      stale.push({ line, start: c.start, end: c.end, message: unknownText(connection, c) });
      summary.unknown.push({ line, field: c.field, value: c.value });
    }
  }
  deps.stale.set(document.uri, stale);
  deps.logger.info(`Checked ${found.length} fleet ids in ${name}: ${summary.unknown.length} unknown, ${summary.failed} not checked`);
  report(summary, name, connection.account.customerName, firstError);
  return summary;
}

/** The look-ups behind a cancellable progress notification that counts them. */
function withProgress(resolver: FleetIdResolver, lookups: IdLookup[], name: string): Thenable<LookupResult[]> {
  const title = vscode.l10n.t('Checking fleet ids in {0}', name);
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
    const controller = new AbortController();
    token.onCancellationRequested(() => controller.abort());
    return resolver.resolveAll(lookups, {
      signal: controller.signal,
      onSettled: (n) => progress.report({ increment: 100 / lookups.length, message: vscode.l10n.t('{0} of {1}', n, lookups.length) }),
    });
  });
}

async function documentOf(arg: unknown): Promise<vscode.TextDocument> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const document = vscode.window.activeTextEditor?.document;
  if (!document) throw new Error(vscode.l10n.t('Open a file to check the fleet ids in it.'));
  return document;
}

function report(s: CheckSummary, name: string, customer: string, firstError: string | undefined): void {
  if (s.failed > 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} fleet ids in {1} could not be checked: {2}', s.failed, name, firstError ?? ''),
    );
  }
  if (s.found === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No fleet ids found in {0}.', name));
  } else if (s.unknown.length > 0) {
    const show = vscode.l10n.t('Show Problems');
    const text = vscode.l10n.t('{0} of {1} fleet ids in {2} are unknown to the fleet of {3}.', s.unknown.length, s.found, name, customer);
    void vscode.window.showWarningMessage(text, show).then((chosen) => {
      if (chosen === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  } else if (s.failed === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('All {0} fleet ids in {1} are in the fleet of {2}.', s.found, name, customer));
  }
}

// Hover on a fleet identifier in code: the record from the signed-in customer's fleet, or a plain "no such record".
// Nothing runs while typing: recognition and look-up happen only when VS Code asks for a hover.
import * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import { candidateAt, type FleetRecord, type IdLookup } from '../../core/fleetIds';
import type { FleetIdContext } from './fleetIdContext';
import { failedHover, limitedHover, recordsHover, unknownHover } from './hoverContent';
import { isOwnScheme } from './languages';

/** A pause before asking the server, on top of VS Code's own hover delay: a pointer passing by sends nothing. */
const SETTLE_MS = 100;

export class FleetIdHover implements vscode.HoverProvider {
  constructor(
    private readonly ctx: FleetIdContext,
    private readonly logger: Logger,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (isOwnScheme(document.uri.scheme) || !this.ctx.hoverEnabled()) return undefined;
    const candidate = candidateAt(document.lineAt(position.line).text, position.character, this.ctx.recogniseOptions(document));
    if (!candidate) return undefined;
    const lookups = await this.ctx.lookups();
    if (!lookups || token.isCancellationRequested) return undefined;
    const { connection, resolver } = lookups;
    const range = new vscode.Range(position.line, candidate.start, position.line, candidate.end);
    const lookup: IdLookup = { field: candidate.field, value: candidate.value };
    let records: FleetRecord[] | undefined = resolver.peek(lookup);
    if (!records) {
      const wait = resolver.limitedFor();
      if (wait > 0) return new vscode.Hover(limitedHover(wait), range);
      if (!(await settled(token))) return undefined;
      try {
        records = await resolver.resolveOne(lookup, abortSignal(token));
      } catch (e) {
        if (isFlinkeyError(e, 'cancelled')) return undefined;
        const message = e instanceof Error ? e.message : String(e);
        this.logger.warn(`Hover look-up of ${candidate.field} failed: ${message}`);
        return new vscode.Hover(failedHover(lookup, message), range);
      }
    }
    return new vscode.Hover(records.length > 0 ? recordsHover(records, connection) : unknownHover(connection, lookup), range);
  }
}

/** Waits SETTLE_MS; false when the hover was given up meanwhile. */
function settled(token: vscode.CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(!token.isCancellationRequested);
    }, SETTLE_MS);
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      listener.dispose();
      resolve(false);
    });
  });
}

function abortSignal(token: vscode.CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

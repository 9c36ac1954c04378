// Fetches the one related record of a node (a product's service or car, a service's product) as a row:
// the record's node, a quiet "No car" row for the documented 404, or an error row.
import { isFlinkeyError } from '../../core/api/errors';
import type { NotFoundSubject } from '../../core/api/errors';
import { errorRow } from './errorRow';
import type { FleetNode } from './fleetNode';
import { MessageNode } from './messageNode';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** The row for a settled slot request; `subject` names the 404 that means "none assigned". */
export function slotRow<T>(
  id: string,
  parent: FleetNode,
  result: Settled<T>,
  subject: NotFoundSubject,
  build: (value: T) => FleetNode,
  retry: () => void,
): FleetNode {
  if (result.ok) return build(result.value);
  if (isFlinkeyError(result.error, 'notFound') && result.error.details.subject === subject) {
    return new MessageNode(id, parent, 'empty', `No ${subject}`, { tooltip: result.error.details.reason ?? result.error.message });
  }
  return errorRow(id, parent, result.error, retry);
}

/** Two slots that failed for the same reason (e.g. both 401) deserve one row, not two. */
export function sameFailure(a: Settled<unknown>, b: Settled<unknown>): boolean {
  if (a.ok || b.ok || !isFlinkeyError(a.error) || !isFlinkeyError(b.error)) return false;
  return a.error.kind === b.error.kind && a.error.kind !== 'notFound';
}

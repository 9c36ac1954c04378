// What expanding a car loads: its assignments and the first page of its events in parallel, then the users both
// name in one request (none already known). At most 3 requests in 2 round trips. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import type { Assignment, CarEvent } from '../../core/api/models';
import { newestEvents } from '../documents/carParts';
import type { KnownUsers } from './knownUsers';

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface CarActivity {
  assignments: Settled<Assignment[]>;
  /** The newest `top` events, newest first. */
  events: Settled<CarEvent[]>;
  /** Why the users could not be loaded (the rows then show user ids). */
  usersError?: unknown;
}

export async function loadCarActivity(
  api: FlinkeyApi,
  carId: number,
  eventsTop: number,
  users: KnownUsers,
  signal?: AbortSignal,
): Promise<CarActivity> {
  const [assignments, events] = await Promise.all([
    settle(api.getCarAssignments(carId, { signal })),
    settle(newestEvents(api, carId, 0, eventsTop, signal)),
  ]);
  const named = [...(assignments.ok ? assignments.value : []), ...(events.ok ? events.value : [])];
  try {
    await users.fetch(api, named, signal);
    return { assignments, events };
  } catch (usersError) {
    return { assignments, events, usersError };
  }
}

/** A car's assignments and the users they name, when Access alone is loaded again. */
export async function loadAccess(api: FlinkeyApi, carId: number, users: KnownUsers, signal?: AbortSignal): Promise<Assignment[]> {
  const assignments = await api.getCarAssignments(carId, { signal });
  try {
    await users.fetch(api, assignments, signal);
  } catch {
    // The rows show user ids instead of names.
  }
  return assignments;
}

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

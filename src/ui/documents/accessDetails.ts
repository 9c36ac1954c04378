// Details of a user, an assignment and an event. An assignment or event opened by id must arrive before its car
// and user can be asked for (then both at once); what the opener holds is not asked again. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import { isFlinkeyError } from '../../core/api/errors';
import type { Car, User } from '../../core/api/models';
import { noLinkText } from './carParts';
import type { KnownParts } from './knownParts';

export async function userDetails(
  api: FlinkeyApi,
  id: number,
  signal: AbortSignal | undefined,
  known: KnownParts,
): Promise<Record<string, unknown>> {
  const user = known.user ?? (await api.getUser(id, { signal }));
  return { ...user, cars: noLinkText('userCars') };
}

export async function assignmentDetails(
  api: FlinkeyApi,
  id: number,
  signal: AbortSignal | undefined,
  known: KnownParts,
): Promise<Record<string, unknown>> {
  const assignment = known.assignment ?? (await api.getAssignment(id, { signal }));
  const [car, user] = await Promise.all([carOf(api, assignment.carId, signal, known), userOf(api, assignment.userId, signal, known)]);
  return { ...assignment, car, user };
}

export async function eventDetails(
  api: FlinkeyApi,
  id: number,
  signal: AbortSignal | undefined,
  known: KnownParts,
): Promise<Record<string, unknown>> {
  const event = known.event ?? (await api.getEvent(id, { signal }));
  const [car, user] = await Promise.all([carOf(api, event.carId, signal, known), userOf(api, event.userId, signal, known)]);
  return { ...event, car, user };
}

function carOf(api: FlinkeyApi, carId: number, signal: AbortSignal | undefined, known: KnownParts): Promise<Car> {
  return known.car?.id === carId ? Promise.resolve(known.car) : api.getCar(carId, { signal });
}

/** The user named by userId; null for none, or for one the API no longer knows. */
async function userOf(api: FlinkeyApi, userId: number | null, signal: AbortSignal | undefined, known: KnownParts): Promise<User | null> {
  if (userId === null) return null;
  if (known.user && known.user.id === userId) return known.user;
  const loaded = known.users?.get(userId);
  if (loaded) return loaded;
  try {
    return await api.getUser(userId, { signal });
  } catch (e) {
    if (isFlinkeyError(e, 'notFound') && e.details.subject === 'user') return null;
    throw e;
  }
}

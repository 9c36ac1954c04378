// A car's details: the car, the product it was reached through, who may open it (assignments with their users),
// its newest events and which flinkey Box fits its key. Each part is asked as soon as what it depends on is in
// hand, so a car opened by id takes two round trips (the car, its assignments and events; then users and keys).
import type { FlinkeyApi } from '../../core/api/api';
import type { Car, CarEvent, Product, User } from '../../core/api/models';
import { usersOfAssignments } from '../../core/api/userIds';
import { keyCatalogue, newestEvents, noLinkText } from './carParts';
import type { FleetRef } from './fleetRef';
import type { KnownParts } from './knownParts';

/** Events a car's details show: the newest page of this size. */
export const DETAILS_EVENTS = 20;

export type CarRef = Extract<FleetRef, { kind: 'car' }>;

export async function carDetails(
  api: FlinkeyApi,
  ref: CarRef,
  signal: AbortSignal | undefined,
  known: KnownParts,
): Promise<Record<string, unknown>> {
  const opts = { signal };
  const car: Promise<Car> = known.car
    ? Promise.resolve(known.car)
    : ref.productId !== undefined
      ? api.getProductCar(ref.productId, opts)
      : api.getCar(ref.id, opts);
  const carId = known.car ? known.car.id : ref.id;
  const idOfCar = carId !== undefined ? Promise.resolve(carId) : car.then((c) => c.id);
  const product: Promise<Product | undefined> =
    ref.productId === undefined
      ? Promise.resolve(undefined)
      : known.product
        ? Promise.resolve(known.product)
        : api.getProduct(ref.productId, opts);
  const assignments = known.assignments ? Promise.resolve(known.assignments) : idOfCar.then((id) => api.getCarAssignments(id, opts));
  const events: Promise<CarEvent[]> = known.events
    ? Promise.resolve(known.events.slice(0, DETAILS_EVENTS))
    : idOfCar.then((id) => newestEvents(api, id, 0, DETAILS_EVENTS, signal));
  const keys = car.then((c) => keyCatalogue(api, c.brand, signal));
  // The users of both lists in one request (none when all are known).
  const users = Promise.all([assignments, events]).then(([a, e]) => usersOfAssignments(api, [...a, ...e], known.users, signal));
  const [c, p, a, e, k, u] = await Promise.all([car, product, assignments, events, keys, users]);
  const userOf = (id: number | null): User | null => (id === null ? null : (u.get(id) ?? null));
  return {
    ...c,
    products: p ? [p] : noLinkText('carProducts'),
    assignments: a.map((x) => ({ ...x, user: userOf(x.userId) })),
    latestEvents: e.map((x) => ({ ...x, user: userOf(x.userId) })),
    keyCatalogue: k,
  };
}

// Deterministic fleet generator shared by the sandbox server and the tests: same seed (and anchor), same fleet.
// Products, services and the cars' own fields come from the main stream, as before cars had users and events;
// everything added since comes from a second stream, so a seed still makes the same products and services.
import type { Car, Customer, Group, Product, Service, User } from '../api/models';
import { planActivity, type Activity } from './activity';
import { looseCarCount, pairCars } from './carLinks';
import { makeGroups } from './groups';
import { makeKeyCatalogue, type KeyCatalogue } from './keys';
import * as names from './names';
import { makeUsers } from './people';
import { createRandom, mixSeed, randomInt, type Random } from './random';
import { makeCar, makeProduct, makeService } from './rows';

export interface CustomerFleet {
  customer: Customer;
  /** The same id as customer.id, as a number (the wire format sends integers). */
  customerId: number;
  products: Product[];
  /** Every service, with productId (null for services without a box). */
  services: Service[];
  cars: Car[];
  /** For products[k]: the index of its service in `services`, or -1. Typed arrays keep 200k rows lean. */
  serviceIndex: Int32Array;
  /** For products[k]: the index of its car in `cars`, or -1. A car holds at most two products, of different types. */
  carIndex: Int32Array;
  /** The customer's users; every assignment and event names one of them. */
  users: User[];
  groups: Group[];
  /** For groups[g]: indexes into `cars`, ascending. */
  groupCars: Int32Array[];
  /** How many assignments and events each car has; the rows are made on demand (activity.ts, events.ts). */
  activity: Activity;
}

export interface Fleet {
  seed: number;
  /** Epoch ms the fleet is built around: assignments are past, current or future relative to it. */
  anchor: number;
  customers: CustomerFleet[];
  /** The key-fob catalogue, the same for every customer. */
  keys: KeyCatalogue;
}

export interface FleetOptions {
  seed: number;
  /** Products of the first customer, 0 to 200,000. */
  products: number;
  /** Number of customers, default 2. Later customers get a smaller fleet. */
  customers?: number;
  /** Epoch ms to build the fleet around; default the start of today (UTC), so "current" access is current today. */
  now?: number;
}

export const MAX_PRODUCTS = 200_000;

/** Separate id ranges per entity kind, so a product id used as a service id is a miss, not a silent hit. */
interface IdCounters {
  product: number;
  service: number;
  car: number;
  user: number;
  group: number;
  assignment: number;
  event: number;
}

const DAY = 86_400_000;

export function generateFleet(opts: FleetOptions): Fleet {
  const count = opts.products;
  if (!Number.isInteger(count) || count < 0 || count > MAX_PRODUCTS) {
    throw new RangeError(`products must be an integer from 0 to ${MAX_PRODUCTS}, got ${count}`);
  }
  const customerCount = opts.customers ?? 2;
  if (!Number.isInteger(customerCount) || customerCount < 1) {
    throw new RangeError(`customers must be a positive integer, got ${customerCount}`);
  }
  const anchor = opts.now ?? Math.floor(Date.now() / DAY) * DAY;
  const rand = createRandom(opts.seed);
  const extra = createRandom(mixSeed(opts.seed, 0x666c74));
  const ids: IdCounters = {
    product: 10_000,
    service: 3_000_000,
    car: 7_000_000,
    user: 12_000_000,
    group: 500,
    assignment: 20_000_000,
    event: 100_000_000,
  };
  const customers: CustomerFleet[] = [];
  let customerId = randomInt(rand, 100, 999);
  for (let c = 0; c < customerCount; c++) {
    const base = names.CUSTOMER_NAMES[c % names.CUSTOMER_NAMES.length];
    const round = Math.floor(c / names.CUSTOMER_NAMES.length);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    const size = c === 0 ? count : Math.max(5, Math.floor(count / 10));
    const fleet = generateCustomerFleet(rand, ids, customerId, name, size);
    customers.push(growFleet(fleet, extra, ids, opts.seed, anchor));
    customerId += randomInt(rand, 1, 40);
  }
  return { seed: opts.seed, anchor, customers, keys: makeKeyCatalogue() };
}

export function findCustomer(fleet: Fleet, customerId: number): CustomerFleet | undefined {
  return fleet.customers.find((c) => c.customerId === customerId);
}

export function findProduct(fleet: CustomerFleet, productId: number): Product | undefined {
  const k = indexById(fleet.products, productId);
  return k < 0 ? undefined : fleet.products[k];
}

export function findService(fleet: CustomerFleet, serviceId: number): Service | undefined {
  const k = indexById(fleet.services, serviceId);
  return k < 0 ? undefined : fleet.services[k];
}

export function serviceOfProduct(fleet: CustomerFleet, productId: number): Service | undefined {
  const k = indexById(fleet.products, productId);
  return k < 0 || fleet.serviceIndex[k] < 0 ? undefined : fleet.services[fleet.serviceIndex[k]];
}

export function carOfProduct(fleet: CustomerFleet, productId: number): Car | undefined {
  const k = indexById(fleet.products, productId);
  return k < 0 || fleet.carIndex[k] < 0 ? undefined : fleet.cars[fleet.carIndex[k]];
}

/** Binary search: rows are generated in ascending id order. */
export function indexById(rows: readonly { id: number }[], id: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = rows[mid].id;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function nextId(rand: Random, ids: IdCounters, kind: keyof IdCounters): number {
  // Small random gaps, as in a real database where rows were deleted.
  ids[kind] += rand() < 0.9 ? 1 : randomInt(rand, 2, 5);
  return ids[kind];
}

type SeedFleet = Pick<CustomerFleet, 'customer' | 'customerId' | 'products' | 'services' | 'cars' | 'serviceIndex' | 'carIndex'>;

/** The products, services and one car per product of a customer, from the main stream. */
function generateCustomerFleet(rand: Random, ids: IdCounters, customerId: number, name: string, size: number): SeedFleet {
  const fleet: SeedFleet = {
    customer: { id: String(customerId), name },
    customerId,
    products: [],
    services: [],
    cars: [],
    serviceIndex: new Int32Array(size).fill(-1),
    carIndex: new Int32Array(size).fill(-1),
  };
  const addService = (productId: number | null, i: number) => {
    fleet.services.push(makeService(rand, nextId(rand, ids, 'service'), productId, i, fleet.services.length));
  };
  for (let i = 0; i < size; i++) {
    // The first rows cover every shape (no car, no service, terminated, orphan service) even in tiny fleets.
    if (i === 1 || rand() < 0.02) addService(null, i);
    const product = makeProduct(rand, nextId(rand, ids, 'product'), i);
    fleet.products.push(product);
    const hasService = i === 2 ? false : i < 5 ? true : rand() < 0.88;
    if (hasService) {
      fleet.serviceIndex[i] = fleet.services.length;
      addService(product.id, i);
    }
    const hasCar = i === 1 ? false : i < 5 ? true : rand() < 0.8;
    if (hasCar) {
      fleet.carIndex[i] = fleet.cars.length;
      fleet.cars.push(makeCar(rand, nextId(rand, ids, 'car'), i, fleet.cars.length));
    }
  }
  return fleet;
}

/** Adds, from the second stream: cars with two products and cars with none, users, groups and their activity. */
function growFleet(seedFleet: SeedFleet, rand: Random, ids: IdCounters, seed: number, anchor: number): CustomerFleet {
  const { products, carIndex } = seedFleet;
  const cars = pairCars(rand, products, seedFleet.cars, carIndex);
  const looseFrom = cars.length;
  const loose = looseCarCount(products.length);
  for (let n = 0; n < loose; n++) cars.push(makeCar(rand, nextId(rand, ids, 'car'), -1, cars.length));
  const userCount = cars.length === 0 ? 0 : Math.max(8, Math.round(cars.length * 0.45));
  const users = makeUsers(rand, () => nextId(rand, ids, 'user'), userCount, seedFleet.customer.name);
  const { groups, groupCars } = makeGroups(rand, () => nextId(rand, ids, 'group'), cars.length);
  const activity = planActivity(seed, anchor, cars, looseFrom, [ids.assignment + 1, ids.event + 1]);
  // The next customer's ids start after a gap, so neighbouring ranges never touch.
  ids.assignment += activity.assignmentStart[cars.length] + randomInt(rand, 10, 1000);
  ids.event += activity.eventStart[cars.length] + randomInt(rand, 10, 1000);
  return { ...seedFleet, cars, users, groups, groupCars, activity };
}

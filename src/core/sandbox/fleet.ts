// Deterministic fleet generator shared by the sandbox server and the tests: same seed, same fleet.
import type { Car, Customer, Product, Service } from '../api/models';
import { createRandom, pick, randomDigits, randomHex, randomInt, type Random } from './random';
import * as names from './names';

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
  /** For products[k]: the index of its car in `cars`, or -1. */
  carIndex: Int32Array;
}

export interface Fleet {
  seed: number;
  customers: CustomerFleet[];
}

export interface FleetOptions {
  seed: number;
  /** Products of the first customer, 0 to 200,000. */
  products: number;
  /** Number of customers, default 2. Later customers get a smaller fleet. */
  customers?: number;
}

export const MAX_PRODUCTS = 200_000;

/** Separate id ranges per entity kind, so a product id used as a service id is a miss, not a silent hit. */
interface IdCounters {
  product: number;
  service: number;
  car: number;
}

export function generateFleet(opts: FleetOptions): Fleet {
  const count = opts.products;
  if (!Number.isInteger(count) || count < 0 || count > MAX_PRODUCTS) {
    throw new RangeError(`products must be an integer from 0 to ${MAX_PRODUCTS}, got ${count}`);
  }
  const customerCount = opts.customers ?? 2;
  if (!Number.isInteger(customerCount) || customerCount < 1) {
    throw new RangeError(`customers must be a positive integer, got ${customerCount}`);
  }
  const rand = createRandom(opts.seed);
  const ids: IdCounters = { product: 10_000, service: 3_000_000, car: 7_000_000 };
  const customers: CustomerFleet[] = [];
  let customerId = randomInt(rand, 100, 999);
  for (let c = 0; c < customerCount; c++) {
    const base = names.CUSTOMER_NAMES[c % names.CUSTOMER_NAMES.length];
    const round = Math.floor(c / names.CUSTOMER_NAMES.length);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    const size = c === 0 ? count : Math.max(5, Math.floor(count / 10));
    customers.push(generateCustomerFleet(rand, ids, customerId, name, size));
    customerId += randomInt(rand, 1, 40);
  }
  return { seed: opts.seed, customers };
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
function indexById(rows: readonly { id: number }[], id: number): number {
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

function generateCustomerFleet(rand: Random, ids: IdCounters, customerId: number, name: string, size: number): CustomerFleet {
  const fleet: CustomerFleet = {
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

function makeProduct(rand: Random, id: number, i: number): Product {
  const isBox = rand() < 0.6;
  const dongle = i === 2 || rand() < 0.1;
  return {
    id,
    uniqueId: randomHex(rand, 16),
    // Serial numbers embed the id so they stay unique across 200k rows.
    serialNumber: isBox
      ? `FB${randomInt(rand, 20, 25)}-${String(id).padStart(7, '0')}`
      : `IQ-${randomHex(rand, 2)}${String(id).padStart(8, '0')}`,
    sapNumber: (isBox ? '701' : '702') + randomDigits(rand, 5),
    dongleTerminationTimeStamp: dongle ? randomTimestamp(rand, 2024, 2027) : null,
    type: isBox ? 'flinkey Box' : 'flinkey IQ',
  };
}

/** `i` is the product row, `n` the number of services made so far (the first few get the special names). */
function makeService(rand: Random, id: number, productId: number | null, i: number, n: number): Service {
  // Row 0 stays active and rows 1 and 3 are terminated, so tiny fleets show both.
  const terminated = i === 0 ? false : i === 1 || i === 3 || rand() < 0.15;
  let name: string;
  if (n < names.SPECIAL_SERVICE_NAMES.length) name = names.SPECIAL_SERVICE_NAMES[n];
  else if (rand() < 0.03) name = pick(rand, names.SPECIAL_SERVICE_NAMES);
  else name = `${pick(rand, names.CITIES)} ${pick(rand, names.SERVICE_KINDS)} ${randomInt(rand, 1, 999)}`;
  return {
    id,
    name,
    productId,
    isTerminated: terminated,
    terminationDate: terminated ? randomTimestamp(rand, 2023, 2025) : null,
    terminationCause: terminated ? pick(rand, names.TERMINATION_CAUSES) : null,
  };
}

function makeCar(rand: Random, id: number, i: number, n: number): Car {
  // Row 3 has every nullable field null; otherwise each is null now and then.
  const bare = i === 3;
  const [brand, model] = pick(rand, names.BRAND_MODELS);
  const hasBrand = !bare && rand() < 0.92;
  let name: string;
  if (n < names.SPECIAL_CAR_NAMES.length) name = names.SPECIAL_CAR_NAMES[n];
  else if (rand() < 0.03) name = pick(rand, names.SPECIAL_CAR_NAMES);
  else name = hasBrand ? `${brand} ${model} ${randomInt(rand, 1, 99)}` : `Fahrzeug ${id}`;
  return {
    id,
    name,
    description: !bare && rand() < 0.6 ? pick(rand, names.CAR_DESCRIPTIONS) : null,
    vin: !bare && rand() < 0.85 ? randomVin(rand) : null,
    licensePlate: !bare && rand() < 0.9 ? randomPlate(rand) : null,
    brand: hasBrand ? brand : null,
    model: hasBrand && rand() < 0.95 ? model : null,
  };
}

function randomTimestamp(rand: Random, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const seconds = Math.floor((from + rand() * (to - from)) / 1000);
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function randomVin(rand: Random): string {
  let vin = '';
  for (let k = 0; k < 17; k++) vin += names.VIN_CHARS[Math.floor(rand() * names.VIN_CHARS.length)];
  return vin;
}

function randomPlate(rand: Random): string {
  const letters = String.fromCharCode(65 + randomInt(rand, 0, 25)) + (rand() < 0.7 ? String.fromCharCode(65 + randomInt(rand, 0, 25)) : '');
  return `${pick(rand, names.PLATE_DISTRICTS)}-${letters} ${randomInt(rand, 1, 9999)}${rand() < 0.05 ? 'E' : ''}`;
}

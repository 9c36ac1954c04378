// The rows of the seed endpoints: products, services and cars, each from the fleet's main stream.
import type { Car, Product, Service } from '../api/models';
import * as names from './names';
import { pick, randomDigits, randomHex, randomInt, type Random } from './random';

export function makeProduct(rand: Random, id: number, i: number): Product {
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
export function makeService(rand: Random, id: number, productId: number | null, i: number, n: number): Service {
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

export function makeCar(rand: Random, id: number, i: number, n: number): Car {
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

export function randomTimestamp(rand: Random, fromYear: number, toYear: number): string {
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

// Reshapes the one-car-per-product start of a fleet: some cars get a second product (of the other type, as the
// API allows at most one of each), and some cars get none yet. Runs on its own stream, so products and services
// stay exactly what the seed made before cars had these shapes.
import type { Car, Product } from '../api/models';
import type { Random } from './random';

/** The first rows keep their own car: they carry the shapes every fleet must show (a bare car, special names). */
const KEEP_OWN_CAR = 4;

const typeOf = (p: Product): 'iq' | 'box' => (p.type === 'flinkey IQ' ? 'iq' : 'box');

/**
 * Moves some products into the car of an earlier product of the other type and drops their own car. The first
 * chance is always taken, so every fleet that can have a car with two products has one. `carIndex` is updated.
 */
export function pairCars(rand: Random, products: readonly Product[], cars: Car[], carIndex: Int32Array): Car[] {
  const dropped = new Uint8Array(cars.length);
  /** The latest car holding just one product, of each type. */
  const single = { iq: -1, box: -1 };
  let paired = 0;
  for (let i = 0; i < products.length; i++) {
    const own = carIndex[i];
    if (own < 0) continue;
    const type = typeOf(products[i]);
    const partner = single[type === 'iq' ? 'box' : 'iq'];
    if (i >= KEEP_OWN_CAR && partner >= 0 && (paired === 0 || rand() < 0.07)) {
      dropped[own] = 1;
      carIndex[i] = partner;
      single[type === 'iq' ? 'box' : 'iq'] = -1;
      paired++;
    } else {
      single[type] = own;
    }
  }
  if (paired === 0) return cars;
  const moved = new Int32Array(cars.length);
  const kept: Car[] = [];
  cars.forEach((car, k) => {
    moved[k] = kept.length;
    if (!dropped[k]) kept.push(car);
  });
  for (let i = 0; i < carIndex.length; i++) if (carIndex[i] >= 0) carIndex[i] = moved[carIndex[i]];
  return kept;
}

/** How many cars without a product a fleet of `products` gets: about one per 25 products, at least one. */
export function looseCarCount(products: number): number {
  return products === 0 ? 0 : Math.max(1, Math.round(products / 25));
}

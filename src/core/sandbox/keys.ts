// The key-fob catalogue: which flinkey Box fits a key of each brand. One catalogue for every customer, the same
// for every seed (it is the vendor's list, not part of a fleet); it covers every brand the cars have.
import { ASSUMPTIONS } from '../api/assumptions';
import type { Key } from '../api/models';
import { BRAND_MODELS } from './names';
import { BOX_NAMES, EXTRA_BRANDS, KEY_FORMS } from './fleetNames';
import { createRandom, pick, randomDigits, randomInt } from './random';

export interface KeyCatalogue {
  /** As GET /brands answers them. */
  brands: string[];
  /** Keys by brand, in id order; a brand may have none. */
  keys: Map<string, Key[]>;
}

const CATALOGUE_SEED = 0x6b657973;

export function makeKeyCatalogue(): KeyCatalogue {
  const rand = createRandom(CATALOGUE_SEED);
  const brands = [...new Set([...BRAND_MODELS.map(([brand]) => brand), ...EXTRA_BRANDS])];
  const keys = new Map<string, Key[]>();
  let id = 400;
  brands.forEach((brand, b) => {
    const last = b === brands.length - 1;
    const count = last ? 0 : randomInt(rand, 1, 4);
    const list: Key[] = [];
    for (let n = 0; n < count; n++) {
      const [formId, formName] = pick(rand, KEY_FORMS);
      // Now and then the catalogue knows the key but no box for it yet.
      const known = n === 0 || rand() < 0.85;
      list.push({
        id: ++id,
        brand,
        boxName: known ? pick(rand, BOX_NAMES) : null,
        boxSapNumber: known && rand() < 0.9 ? `701${randomDigits(rand, 5)}` : null,
        keyForm: { id: formId, name: formName, imageUrl: `https://images.flinkey.example/keyforms/${formId}.png` },
      });
    }
    keys.set(brand, list);
  });
  return { brands, keys };
}

/** The brand as the catalogue spells it, matched without regard to case (an assumption, see api/assumptions.ts). */
export function findBrand(catalogue: KeyCatalogue, name: string): string | undefined {
  const fold = (s: string) => (ASSUMPTIONS.brandMatchIgnoresCase ? s.toLowerCase() : s);
  const wanted = fold(name);
  return catalogue.brands.find((b) => fold(b) === wanted);
}

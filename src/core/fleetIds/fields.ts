// What a fleet identifier in code can be, the keys that announce one, and the shapes a value must have.
// The documentation gives no formats for serial numbers, unique ids or plates, so shapes stay loose; ids are int32.

/** The identifier kinds recognised in text. `any` comes from a user pattern without a field. */
export const ID_FIELDS = ['serialNumber', 'uniqueId', 'productId', 'vin', 'licensePlate', 'carId', 'serviceId', 'userId', 'any'] as const;
export type IdField = (typeof ID_FIELDS)[number];

/** Key names (lower case, without `_` and `-`) and the field each announces. Plurals name lists. */
const KEYS: Record<string, IdField> = {
  serialnumber: 'serialNumber',
  serialnumbers: 'serialNumber',
  serialno: 'serialNumber',
  uniqueid: 'uniqueId',
  uniqueids: 'uniqueId',
  productid: 'productId',
  productids: 'productId',
  vin: 'vin',
  vins: 'vin',
  licenseplate: 'licensePlate',
  licenceplate: 'licensePlate',
  licenseplates: 'licensePlate',
  licenceplates: 'licensePlate',
  numberplate: 'licensePlate',
  carid: 'carId',
  carids: 'carId',
  serviceid: 'serviceId',
  serviceids: 'serviceId',
  userid: 'userId',
  userids: 'userId',
};

/** Longest first, so `productIds` is tried before a shorter key could match its tail. */
const KEY_NAMES = Object.keys(KEYS).sort((a, b) => b.length - a.length);

/**
 * The field a key names, or undefined. The key may carry a prefix (`FLINKEY_VIN`, `expectedProductId`,
 * `setSerialNumber`) as long as the known name starts a word there: `carVin` counts, `kevin` does not.
 */
export function fieldOfKey(key: string): IdField | undefined {
  const letters: { c: string; at: number }[] = [];
  for (let i = 0; i < key.length; i++) if (key[i] !== '_' && key[i] !== '-') letters.push({ c: key[i].toLowerCase(), at: i });
  const flat = letters.map((l) => l.c).join('');
  for (const name of KEY_NAMES) {
    if (!flat.endsWith(name)) continue;
    const first = letters[letters.length - name.length].at;
    if (startsWord(key, first)) return KEYS[name];
  }
  return undefined;
}

/** A word starts at the key's start, after `_`/`-`/`.`, or at a lower-to-upper case change. */
function startsWord(key: string, at: number): boolean {
  if (at === 0) return true;
  const before = key[at - 1];
  if (before === '_' || before === '-' || before === '.') return true;
  return /[a-z0-9]/.test(before) && /[A-Z]/.test(key[at]);
}

/** Largest int32: the API's ids are int32. */
const MAX_ID = 2_147_483_647;

export function isNumericField(field: IdField): boolean {
  return field === 'productId' || field === 'carId' || field === 'serviceId' || field === 'userId';
}

/** VIN alphabet: digits and capitals without I, O and Q (ISO 3779). */
export const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;

/**
 * Whether `value` has the shape of an identifier of this field; no request is made for anything else.
 * Placeholders (`<serial>`, `TODO`, `${SERIAL}`, `xxx`) fail because they hold no digit.
 */
export function hasIdShape(field: IdField, value: string): boolean {
  if (isNumericField(field)) {
    if (!/^[1-9]\d{0,9}$/.test(value)) return false;
    return Number(value) <= MAX_ID;
  }
  if (!/\d/.test(value)) return false;
  switch (field) {
    case 'vin':
      return VIN_SHAPE.test(value) && /[A-Z]/.test(value);
    case 'licensePlate':
      // Letters of any script (DÜW, ŁÓD), digits, and the separators plates are written with.
      return value.length >= 2 && value.length <= 16 && /^[\p{L}\d][\p{L}\d .·-]*$/u.test(value);
    default:
      return value.length <= 64 && /^[\w.:/#+-]+$/.test(value);
  }
}

/** An identifier found in a line of text. */
export interface IdCandidate {
  field: IdField;
  value: string;
  /** Offsets of the value in the line (quotes excluded), end exclusive. */
  start: number;
  end: number;
  /** Where it came from: a key, a user pattern, or the VIN shape. Earlier ones win an overlap. */
  source: 'key' | 'pattern' | 'shape';
}

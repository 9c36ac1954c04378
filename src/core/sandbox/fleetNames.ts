// Word lists for the people, groups, events and key catalogue of the generated fleet. Mixed on purpose:
// umlauts, diacritics, CJK and apostrophes, so encoding and quoting bugs show up in the sandbox.

export const FIRST_NAMES = [
  'Anna',
  'Jürgen',
  'Zoë',
  'Łukasz',
  'Søren',
  'Ana-María',
  'Mehmet',
  'Chloé',
  'Sven',
  'Hana',
  '陽翔',
  'Dörte',
  'Jean-Luc',
  'Fatima',
  'Björn',
  'Lukas',
  'Sophie',
  'Noah',
];

export const LAST_NAMES = [
  'Müller',
  "O'Neil",
  'Schmidt',
  'Łęcka',
  'Dvořák',
  'Nguyễn',
  "D'Angelo",
  'Weiß',
  'Yılmaz',
  '佐藤',
  'Fischer',
  'García',
  'Schäfer',
  'Jensen',
  'Becker',
  'Kowalski',
];

/** The first users of every customer cover the awkward shapes: no names, non-ASCII, quotes. */
export const SPECIAL_USERS: readonly (readonly [string | null, string | null])[] = [
  ['Anna', 'Schmidt'],
  [null, 'Weiß'],
  ['Lukas', null],
  [null, null],
  ['Zoë', 'Müller-Łęcka'],
  ['Sinéad', "O'Neil"],
  ['"Sunny"', "D'Angelo"],
  ['陽翔', '佐藤'],
];

export const GROUP_KINDS = ['Pool', 'Vorstand', 'Werkstatt', 'Außendienst', 'Car Sharing', 'Langzeitmiete', 'Kurier'];
export const SPECIAL_GROUP_NAMES = ["O'Neil's Fahrer", 'Größe XL Transporter', '東京 Team', 'Leasing "Premium"'];

export const USER_AGENTS = [
  'flinkey-app/4.2.0 (iOS 17.4)',
  'flinkey-app/4.1.3 (Android 14)',
  'flinkey-app/3.9.8 (Android 12)',
  'flinkey Portal/2.7 (Windows NT 10.0; Win64; x64)',
  'flinkey-api-client/1.0',
];

/** Home positions of cars (latitude, longitude), near the cities of names.ts. */
export const PLACES: readonly (readonly [number, number])[] = [
  [48.1372, 11.5756],
  [50.9375, 6.9603],
  [51.2277, 6.7735],
  [47.3769, 8.5417],
  [48.2082, 16.3738],
  [50.0755, 14.4378],
  [51.7592, 19.456],
  [55.605, 13.0038],
  [35.6762, 139.6503],
  [53.5511, 9.9937],
];

/** Key forms of the catalogue: [id, name]. */
export const KEY_FORMS: readonly (readonly [number, string])[] = [
  [11, 'Klappschlüssel, 3 Tasten'],
  [12, 'Klappschlüssel, 4 Tasten'],
  [13, 'Funkschlüssel, 2 Tasten'],
  [14, 'Keyless-Go Karte'],
  [15, 'Smart Key, oval'],
  [16, "Fob 'Comfort Access'"],
  [17, 'Schlüssel mit Notbart'],
];

/** Catalogue brands beyond those of the cars; the last one has no keys at all. */
export const EXTRA_BRANDS = ['Audi', 'Opel', 'Peugeot', 'Kia', 'Dacia', 'Lada'];

export const BOX_NAMES = ['flinkey Box 3.0', 'flinkey Box 3.1', 'flinkey Box 3.1 Plus', 'flinkey Box Compact'];
